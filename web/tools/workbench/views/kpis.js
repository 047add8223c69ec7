// The KPI card: the convention the dashboard leads with, one tile per key number (CAC,
// retention cost per customer, CLV, profit, LTV:CAC, payback), the other figures of the answer,
// warnings, problems that belong to no field, and the stale marker. Tiles are kept by id and
// rewritten in place; every number is the core's.
import { t, language } from '../../../i18n/i18n.js';
import { h, byTestId, setText, syncChildren } from '../../../ui/dom.js';
import { warningText, problemText } from '../../../ui/messages.js';
import { NONE } from '../../../ui/format.js';
import { UE_TILES } from '../descriptors.js';
import { tileValue, leadOf } from '../answer.js';

const p = (period) => ({ period: t('period', period) });

// The figures below the tiles: [key, label, unit, value] from the result (per customer and
// totals) that no tile shows.
const MORE = [['acquisition_spend', 'money'], ['retention_spend', 'money'], ['revenue_per_period', 'money'],
  ['margin_per_period', 'money'], ['expected_lifetime_periods', 'periods'], ['simple_payback_periods', 'periods'],
  ['customers', 'count'], ['total_clv', 'money'], ['total_profit', 'money']];
const LEAD_MORE = [['margin_multiple', 'factor'], ['retention_cost_over_lifetime', 'money']];

function moreRows(result, lead) {
  if (!result) return [];
  const rows = MORE.filter(([k]) => k in result && result[k] !== null).map(([k, unit]) => [k, unit, result[k]]);
  for (const [k, unit] of LEAD_MORE) if (lead && lead[k] !== undefined && lead[k] !== null) rows.push([k, unit, lead[k]]);
  return rows;
}

export function createKpis(root, { onLead }) {
  const tiles = byTestId(root, 'wb-tiles');
  const more = byTestId(root, 'wb-more');
  const stale = byTestId(root, 'wb-stale');
  const warnings = byTestId(root, 'wb-warnings');
  const problems = byTestId(root, 'wb-problems');
  const lead = byTestId(root, 'wb-lead');
  const leadPrinted = byTestId(root, 'wb-lead-chosen');
  lead.addEventListener('change', () => onLead(lead.value));

  function leadChoice(conventions, period, chosen) {
    const key = `${language()}|${period}`;
    if (lead.dataset.key !== key) {
      lead.dataset.key = key;
      lead.replaceChildren(...conventions.map((c) => h('option', { value: c, textContent: t('convention_short', c, p(period)) })));
    }
    lead.value = chosen;
    setText(leadPrinted, t('convention_short', chosen, p(period)));
  }

  // ctx: {response (last good or null), isStale, general problems, fmt, period, convention, conventions}
  function render(ctx) {
    const { response, fmt, period, convention } = ctx;
    const result = response?.result ?? null;
    root.classList.toggle('is-stale', Boolean(ctx.isStale));
    stale.hidden = !ctx.isStale;
    leadChoice(ctx.conventions, period, convention);
    syncChildren(tiles, UE_TILES, ([id]) => `${language()}|${period}|${id}`,
      ([id]) => h('div.wb-tile', { dataset: { tile: id } }, [h('dt', t('wb_tile', id, p(period))),
        h('dd', { dataset: { testid: `wb-kpi-${id}` } }), h('p.wb-tile-note')]),
      (tile, [id, path, unit]) => {
        const value = tileValue(result, convention, path);
        setText(tile.children[1], result ? fmt.value(unit, value) : NONE);
        setText(tile.children[2], result && value === null ? t('wb', `none_${id}`) : '');
        tile.classList.toggle('is-negative', typeof value === 'number' && value < 0);
      });
    const rows = moreRows(result, leadOf(result, convention));
    syncChildren(more, rows, ([k]) => `${language()}|${period}|${k}`,
      ([k]) => h('div.result-row', [h('dt', t('name', k, p(period))), h('dd', { dataset: { testid: `wb-result-${k}` } })]),
      (row, [, unit, value]) => setText(row.lastElementChild, fmt.value(unit, value)));
    const shown = response?.warnings ?? [];
    syncChildren(warnings, shown, (w) => `${language()}|${w.code}`, (w) => h('li.warning', { dataset: { code: w.code } }),
      (li, w) => setText(li, warningText(w, fmt, convention)));
    warnings.hidden = shown.length === 0;
    syncChildren(problems, ctx.general, (x) => `${language()}|${x.problem.code}|${x.problem.field}`,
      (x) => h('li.problem', { dataset: { code: x.problem.code } }), (li, x) => setText(li, problemText(x, null, fmt)));
    problems.hidden = ctx.general.length === 0;
  }

  return { render, text: (id) => byTestId(tiles, `wb-kpi-${id}`)?.textContent ?? '' };
}
