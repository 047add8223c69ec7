// Period-by-period views: retention-based CLV's three conventions side by side (value, cash-flow
// timeline, own worked steps, table) and discounted CLV's schedule; plus the chart's data. Cards
// are built once for a calculation and language and updated in place on every answer.
import { t, language } from '../../../i18n/i18n.js';
import { h, setText, syncChildren } from '../../../ui/dom.js';
import { periodTable } from '../../../ui/table.js';
import { renderSteps } from '../../../ui/steps.js';
import { createTimeline } from './timeline.js';

// Series colours: one per convention (the chart module stays unloaded until a chart is drawn).
export const palette = ['#2f6fde', '#0f9b8e', '#d4860b', '#8b5cf6'];

// The table is built when first opened (hundreds of cells nobody may look at); `refresh` keeps
// an open one in step with the answer.
function tableDetails(columns, period, testid, open) {
  const details = h('details.table-details', [h('summary', t('ui', 'table_title'))]);
  let table = null;
  let latest = null;
  details.buildTable = () => {
    if (table) return;
    table = periodTable(columns, period, testid);
    details.append(table);
    if (latest) table.update(...latest);
  };
  details.refresh = (rows, fmt) => {
    latest = [rows, fmt];
    table?.update(rows, fmt);
  };
  details.addEventListener('toggle', () => { if (details.open) details.buildTable(); });
  if (open) {
    details.buildTable();
    details.open = true;
  }
  return details;
}

function conventionCard(convention, period) {
  const p = { period: t('period', period) };
  const value = h('span.big', { dataset: { testid: `result-clv.${convention}` } });
  const limitValue = h('span', { dataset: { testid: `result-limit.${convention}` } });
  const limit = h('div.limit', [`${t('name', 'limit')}: `, limitValue]);
  const timeline = createTimeline(period);
  const steps = h('ol.steps', { dataset: { testid: `steps-${convention}` } });
  const card = h('article.convention-card', { dataset: { testid: `convention-${convention}` } }, [
    h('h3', t('convention_short', convention, p)), h('p.convention-sentence', t('convention', convention, p)),
    h('div.card-value', [value]), limit, timeline, steps]);
  card.fill = (c, fmt, selected) => {
    card.classList.toggle('selected', c.convention === selected);
    setText(value, fmt.money(c.clv));
    limit.hidden = c.limit === undefined;
    setText(limitValue, fmt.money(c.limit));
    timeline.update(c.table ?? [], fmt);
    renderSteps(steps, c.steps ?? [], fmt, period, 4);
  };
  return card;
}

// The chosen convention's table, full width under the three cards so that every column reads
// without scrolling (issue 14); closed until opened, and printed only when open.
function conventionTable(columns, period) {
  const title = h('h3.table-title');
  const details = tableDetails(columns, period, 'table', false);
  const section = h('section.convention-table', [title, details]);
  section.fill = (c, fmt) => {
    setText(title, `${t('ui', 'table_title')} · ${t('convention_short', c.convention, { period: t('period', period) })}`);
    details.refresh(c.table ?? [], fmt);
  };
  return section;
}

function conventionsView(root, { calc, result, fmt, period, convention, conventions }) {
  const list = [...(result.conventions ?? [])].sort((a, b) => conventions.indexOf(a.convention) - conventions.indexOf(b.convention));
  const words = `${language()}|${period}`;
  let grid = root.querySelector(':scope > .convention-grid');
  let table = root.querySelector(':scope > .convention-table');
  if (!grid || table?.dataset.key !== words) {
    grid = h('div.convention-grid');
    table = conventionTable(calc.columns, period);
    table.dataset.key = words;
    root.replaceChildren(grid, table);
  }
  syncChildren(grid, list, (c) => `${words}|${c.convention}`, (c) => conventionCard(c.convention, period),
               (card, c) => card.fill(c, fmt, convention));
  const chosen = list.find((c) => c.convention === convention) ?? list[0];
  if (chosen) table.fill(chosen, fmt);
  const rows = list[0]?.table ?? [];
  if (!rows.length) return null;
  const p = { period: t('period', period) };
  const series = [];
  list.forEach((c, k) => {
    const label = t('convention_short', c.convention, p);
    series.push({ label, values: rows.map((_, i) => c.table?.[i]?.cumulative_present_value ?? null), color: palette[k] });
    if (c.limit !== null && c.limit !== undefined) {
      series.push({ label: `${label} · ${t('name', 'limit')}`, values: rows.map(() => c.limit), color: palette[k], dash: [6, 4] });
    }
  });
  return { x: rows.map((r) => r.period), series };
}

function scheduleCard(calc, period) {
  const sentence = h('p.convention-sentence');
  const timeline = createTimeline(period);
  const details = tableDetails(calc.columns, period, 'table', true);
  const card = h('article.schedule-card', [sentence, timeline, details]);
  card.fill = (result, fmt) => {
    setText(sentence, t('convention', `timing_${result.timing}`, { period: t('period', period) }));
    timeline.update(result.table, fmt);
    details.refresh(result.table, fmt);
  };
  return card;
}

function tableView(root, { calc, result, fmt, period }) {
  const key = `${language()}|${period}|${calc.id}`;
  let card = root.firstElementChild;
  if (card?.dataset.key !== key) {
    card = scheduleCard(calc, period);
    card.dataset.key = key;
    root.replaceChildren(card);
  }
  card.fill(result, fmt);
  const p = { period: t('period', period) };
  const series = [{ label: t('name', 'cumulative_present_value', p), values: result.table.map((r) => r.cumulative_present_value), color: palette[0] }];
  if (result.horizon === 'finite' && result.perpetuity_clv !== null && result.perpetuity_clv !== undefined) {
    series.push({ label: t('name', 'perpetuity_clv', p), values: result.table.map(() => result.perpetuity_clv), color: palette[2], dash: [6, 4] });
  }
  return { x: result.table.map((r) => r.period), series };
}

// Fills `root` and returns the chart spec (null when there is nothing to draw).
// ctx: {calc, result, fmt, period, convention (the chosen one), conventions (the core's order)}
export function renderSchedule(root, ctx) {
  const { calc, result, fmt, period } = ctx;
  let spec = null;
  if (result && calc.conventions) spec = conventionsView(root, ctx);
  else if (result && calc.table && result.table?.length) spec = tableView(root, ctx);
  else root.replaceChildren();
  if (!spec) return null;
  const p = { period: t('period', period) };
  return { ...spec, fmt, xLabel: t('column', 'period', p), yLabel: t('name', 'cumulative_present_value', p) };
}
