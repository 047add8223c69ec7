// Period-by-period views: retention-based CLV's three conventions side by side (value, cash-flow
// timeline, own worked steps, table) and discounted CLV's schedule; plus the chart data.
import { t } from '../i18n.js';
import { conventionNames } from '../calculations.js';
import { timeline } from './timeline.js';
import { periodTable } from './table.js';
import { renderSteps } from './steps.js';

// Series colours: one per convention (the chart module stays unloaded until a chart is drawn).
export const palette = ['#2f6fde', '#0f9b8e', '#d4860b', '#8b5cf6'];

const h = (tag, className, children = []) => {
  const node = document.createElement(tag);
  if (className) node.className = className;
  node.append(...children);
  return node;
};
const withTestid = (node, id) => { node.dataset.testid = id; return node; };

// The table is built when first opened (hundreds of cells nobody may look at); `buildTable`
// lets printing build it synchronously.
function tableDetails(rows, fmt, period, testid, open) {
  const details = h('details', 'table-details', [h('summary', '', [t('ui', 'table_title')])]);
  details.buildTable = () => {
    if (!details.buildTable) return;
    details.buildTable = null;
    details.append(periodTable(rows, fmt, period, testid));
  };
  details.addEventListener('toggle', () => { if (details.open) details.buildTable?.(); });
  if (open) {
    details.buildTable();
    details.open = true;
  }
  return details;
}

function conventionCard(c, fmt, period, selected) {
  const p = { period: t('period', period) };
  const card = withTestid(h('article', `convention-card${c.convention === selected ? ' selected' : ''}`), `convention-${c.convention}`);
  const steps = withTestid(h('ol', 'steps'), `steps-${c.convention}`);
  renderSteps(steps, c.steps ?? [], fmt, period, 4);
  const limitText = c.limit === undefined ? [] : [h('div', 'limit', [
    `${t('name', 'limit')}: `, withTestid(h('span', '', [fmt.money(c.limit)]), `result-limit.${c.convention}`)])];
  card.append(
    h('h3', '', [t('convention_short', c.convention, p)]),
    h('p', 'convention-sentence', [t('convention', c.convention, p)]),
    h('div', 'card-value', [withTestid(h('span', 'big', [fmt.money(c.clv)]), `result-clv.${c.convention}`)]),
    ...limitText,
    timeline(c.table ?? [], fmt, period),
    steps,
    tableDetails(c.table ?? [], fmt, period, `table-${c.convention}`, false));
  return card;
}

// Fills `root`; returns the chart spec (or null when there is nothing to draw).
export function renderSchedule(root, { calc, result, fmt, period, convention }) {
  if (!result) { root.replaceChildren(); return null; }
  const p = { period: t('period', period) };
  const xLabel = t('column', 'period', p);
  const yLabel = t('name', 'cumulative_present_value', p);
  if (calc.conventions) {
    const list = [...(result.conventions ?? [])].sort((a, b) => conventionNames.indexOf(a.convention) - conventionNames.indexOf(b.convention));
    root.replaceChildren(h('div', 'convention-grid', list.map((c) => conventionCard(c, fmt, period, convention))));
    const rows = list[0]?.table ?? [];
    if (!rows.length) return null;
    const series = [];
    list.forEach((c, k) => {
      const label = t('convention_short', c.convention, p);
      series.push({ label, values: rows.map((_, i) => c.table?.[i]?.cumulative_present_value ?? null), color: palette[k] });
      if (c.limit !== null && c.limit !== undefined) {
        series.push({ label: `${label} · ${t('name', 'limit')}`, values: rows.map(() => c.limit), color: palette[k], dash: [6, 4] });
      }
    });
    return { x: rows.map((r) => r.period), series, fmt, xLabel, yLabel };
  }
  if (calc.table && result.table?.length) {
    root.replaceChildren(h('article', 'schedule-card', [
      h('p', 'convention-sentence', [t('convention', `timing_${result.timing}`, p)]),
      timeline(result.table, fmt, period),
      tableDetails(result.table, fmt, period, 'table', true)]));
    const series = [{ label: yLabel, values: result.table.map((r) => r.cumulative_present_value), color: palette[0] }];
    if (result.horizon === 'finite' && result.perpetuity_clv !== null && result.perpetuity_clv !== undefined) {
      series.push({ label: t('name', 'perpetuity_clv', p), values: result.table.map(() => result.perpetuity_clv), color: palette[2], dash: [6, 4] });
    }
    return { x: result.table.map((r) => r.period), series, fmt, xLabel, yLabel };
  }
  root.replaceChildren();
  return null;
}
