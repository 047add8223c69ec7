// The summary the core made: the customer count, summary statistics, the conventions it followed
// (in sentences), its warnings, the bad rows (all counted, the first ones with line numbers and
// reasons), the first customers' rows with a CSV download, and the cohort retention table.
import { t } from '../../../i18n/i18n.js';
import { h } from '../../../ui/dom.js';
import { warningText } from '../../../ui/messages.js';

// Statistic -> how it is shown (unit of ui/format.js); in this order.
const STATISTICS = [['repeat_customers', 'count'], ['purchases', 'count'], ['rows_used', 'count'], ['rows_merged', 'count'],
  ['return_rows', 'count'], ['total_spend', 'money'], ['mean_frequency', 'count'], ['max_frequency', 'count'],
  ['mean_recency', 'unit'], ['mean_T', 'unit'], ['mean_monetary_value', 'money'], ['customers_first_seen_in_holdout', 'count'],
  ['holdout_purchases', 'count'], ['holdout_spend', 'money']];
export const CUSTOMER_COLUMNS = ['id', 'frequency', 'recency', 'T', 'monetary_value', 'total_spend'];
export const SHOWN_CUSTOMERS = 10;

const numberText = (fmt, unit, value, timeUnit) => {
  if (unit === 'money') return fmt.value('money', value);
  if (unit === 'unit') return `${fmt.plain(value, 2)} ${t('data_choice', `unit_plural.${timeUnit}`)}`;
  return fmt.plain(value, 2);
};

function statistics(result, fmt) {
  const unit = result.conventions.time_unit;
  const rows = STATISTICS.filter(([name]) => result.statistics[name] !== null && result.statistics[name] !== undefined)
    .filter(([name]) => !/holdout/.test(name) || result.conventions.calibration_end)
    .map(([name, kind]) => h('div.result-row', [h('dt', t('data_stat', name)),
      h('dd', { dataset: { testid: `data-stat-${name}` }, textContent: numberText(fmt, kind, result.statistics[name], unit) })]));
  return h('dl.result-list', rows);
}

function conventions(c, fmt) {
  const lines = [t('data_convention', 'frequency'), t('data_convention', 'monetary_value'),
    t('data_convention', `merged_${c.grouping}`, { unit: t('data_choice', `time_unit.${c.time_unit}`), days: fmt.plain(c.days_per_unit, 4) }),
    t('data_convention', 'T', { end: c.calibration_end ?? c.observation_end }),
    t('data_convention', `returns_${c.returns}`),
    t('data_convention', 'span', { first: c.first_purchase_date, last: c.last_purchase_date, end: c.observation_end })];
  if (c.calibration_end) lines.push(t('data_convention', 'holdout', { calibration: c.calibration_end, end: c.observation_end }));
  return h('ul.data-conventions', { dataset: { testid: 'data-conventions' } }, lines.map((line) => h('li', line)));
}

function badRows(report, fmt) {
  const wrap = h('div.bad-rows', { dataset: { testid: 'data-bad-rows' } });
  wrap.append(h('p', { dataset: { testid: 'data-bad-total' }, textContent: t('data', report.total ? 'bad_rows_total' : 'bad_rows_none', { n: fmt.plain(report.total, 0) }) }));
  if (!report.total) return wrap;
  wrap.append(h('ul.notes.warnings', Object.entries(report.by_reason).map(([reason, n]) =>
    h('li', `${t('data_reason', reason)}: ${fmt.plain(n, 0)}`))));
  const head = h('tr', ['line', 'reason', 'column', 'text'].map((c) => h('th', { scope: 'col', textContent: t('data', `bad_${c}`) })));
  const rows = report.first.map((row) => h('tr', [h('td', fmt.plain(row.line, 0)), h('td', t('data_reason', row.reason)),
    h('td', fmt.plain(row.column + 1, 0)), h('td.text-cell', row.text)]));
  wrap.append(h('div.table-wrap', [h('table.period-table.data-table', { dataset: { testid: 'data-bad-table' } }, [h('thead', [head]), h('tbody', rows)])]));
  return wrap;
}

// `held`: a big file's summary kept in the engine ({customers, shown}): only its first rows came
// to the page; the download asks the engine for the CSV of all of them.
function customersTable(customers, fmt, onDownload, held) {
  const head = h('tr', CUSTOMER_COLUMNS.map((c) => h('th', { scope: 'col', textContent: t('data_column', c) })));
  const count = Math.min(SHOWN_CUSTOMERS, customers.id.length);
  const rows = Array.from({ length: count }, (_, i) => h('tr', CUSTOMER_COLUMNS.map((c) => h('td', {
    textContent: c === 'id' ? customers.id[i] : c.endsWith('value') || c === 'total_spend' ? fmt.inFormula('money', customers[c][i]) : fmt.plain(customers[c][i], 2) }))));
  const table = h('div.table-wrap', [h('table.period-table.data-table', { dataset: { testid: 'data-customers-table' } }, [h('thead', [head]), h('tbody', rows)])]);
  const actions = h('div.data-actions', [h('button.button', { type: 'button', dataset: { testid: 'data-download-summary' }, textContent: t('data', 'download_summary'), onclick: onDownload })]);
  if (held) return [table, h('p.hint', { dataset: { testid: 'data-summary-held' }, textContent: t('data', 'summary_held', { n: fmt.plain(held.customers, 0) }) }), actions];
  return [table, actions];
}

function cohortTable(cohorts, fmt) {
  const width = Math.max(0, ...cohorts.map((c) => c.retention.length));
  const head = h('tr', [h('th', { scope: 'col', textContent: t('data', 'cohort_month') }), h('th', { scope: 'col', textContent: t('data', 'cohort_customers') }),
    ...Array.from({ length: width }, (_, k) => h('th', { scope: 'col', textContent: t('data', 'cohort_offset', { n: k }) }))]);
  const rows = cohorts.map((c) => h('tr', [h('th', { scope: 'row', textContent: c.first_month }), h('td', fmt.plain(c.customers, 0)),
    ...Array.from({ length: width }, (_, k) => h('td', { textContent: k < c.retention.length ? fmt.share(c.retention[k]) : '' }))]));
  return h('div.table-wrap', [h('table.period-table.data-table.cohort-table', { dataset: { testid: 'data-cohorts' } }, [h('thead', [head]), h('tbody', rows)])]);
}

// handlers: {onDownload()}
export function createSummary(root, handlers) {
  function render(response, fmt, { stale = false } = {}) {
    root.hidden = !response;
    if (!response) { root.replaceChildren(); return; }
    const r = response.result;
    const warnings = response.warnings.map((w) => h('li', warningText(w, fmt)));
    root.replaceChildren(
      h('div.card-head', [h('h2.card-title', t('data', 'summary_title')),
        h('span.stale-badge', { hidden: !stale, dataset: { testid: 'data-summary-stale' }, textContent: t('data', 'summary_stale') })]),
      h('div.headline', [h('p.headline-label', t('data_stat', 'customers')),
        h('p.headline-value', { dataset: { testid: 'data-customers' }, textContent: fmt.plain(r.statistics.customers, 0) })]),
      statistics(r, fmt),
      h('ul.notes.warnings', { hidden: warnings.length === 0, dataset: { testid: 'data-warnings' } }, warnings),
      h('h3.table-title', t('data', 'conventions_title')), conventions(r.conventions, fmt),
      h('h3.table-title', t('data', 'bad_rows_title')), badRows(r.bad_rows, fmt),
      h('h3.table-title', t('data', 'customers_title', { n: fmt.plain(Math.min(SHOWN_CUSTOMERS, r.customers.id.length), 0) })),
      ...customersTable(r.customers, fmt, handlers.onDownload, r.dataset && r.dataset.shown < r.dataset.customers ? r.dataset : null),
      h('h3.table-title', t('data', 'cohorts_title')), cohortTable(r.cohorts, fmt),
    );
  }
  return { render };
}
