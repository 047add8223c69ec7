// A summary brought as a file, as the core read it (read_summary): how many customers (weights
// counted), its statistics, the columns found, the rows that could not be read, the first rows.
import { t } from '../../../i18n/i18n.js';
import { h } from '../../../ui/dom.js';
import { warningText } from '../../../ui/messages.js';

const STATISTICS = ['rows', 'repeat_customers', 'mean_frequency', 'mean_recency', 'mean_T', 'mean_monetary_value'];
const COLUMNS = ['id', 'frequency', 'recency', 'T', 'monetary_value', 'weight'];
const SHOWN = 10;

function badRows(report, fmt) {
  const wrap = h('div.bad-rows', { dataset: { testid: 'data-bad-rows' } }, [
    h('p', { dataset: { testid: 'data-bad-total' }, textContent: t('data', report.total ? 'bad_rows_total' : 'bad_rows_none', { n: fmt.plain(report.total, 0) }) })]);
  if (!report.total) return wrap;
  const head = h('tr', ['line', 'reason', 'column', 'text'].map((c) => h('th', { scope: 'col', textContent: t('data', `bad_${c}`) })));
  const rows = report.first.map((row) => h('tr', [h('td', fmt.plain(row.line, 0)), h('td', t('data_reason', row.reason)),
    h('td', fmt.plain(row.column + 1, 0)), h('td.text-cell', row.text)]));
  wrap.append(h('div.table-wrap', [h('table.period-table.data-table', { dataset: { testid: 'data-bad-table' } }, [h('thead', [head]), h('tbody', rows)])]));
  return wrap;
}

function firstRows(customers, fmt) {
  const names = COLUMNS.filter((c) => customers[c] !== null);
  const head = h('tr', names.map((c) => h('th', { scope: 'col', textContent: t('data_column', c) })));
  const count = Math.min(SHOWN, customers.id.length);
  const rows = Array.from({ length: count }, (_, i) => h('tr', names.map((c) => h('td', {
    textContent: c === 'id' ? customers.id[i] : fmt.plain(customers[c][i], 2) }))));
  return h('div.table-wrap', [h('table.period-table.data-table', { dataset: { testid: 'data-customers-table' } }, [h('thead', [head]), h('tbody', rows)])]);
}

// The summary's time unit, which the file does not say: predictions and the SQL use it.
function timeUnit(slice, choices, onChange) {
  const control = h('select', { dataset: { testid: 'data-brought-time_unit' } },
    (choices.time_unit ?? [slice.time_unit]).map((u) => h('option', { value: u, textContent: t('data_choice', `time_unit.${u}`) })));
  control.value = slice.time_unit;
  control.addEventListener('change', () => onChange({ time_unit: control.value }));
  return h('div.data-grid', [h('label.data-field', [h('span.data-label', t('data', 'brought_time_unit')), control])]);
}

// handlers: {onChange(patch)}
export function createBrought(root, handlers = {}) {
  function render(response, fmt, slice, choices = {}) {
    root.hidden = !response;
    if (!response) { root.replaceChildren(); return; }
    const r = response.result;
    const stats = STATISTICS.filter((name) => r.statistics[name] !== null).map((name) => h('div.result-row', [
      h('dt', t('data_stat', name)),
      h('dd', { dataset: { testid: `data-stat-${name}` }, textContent: name === 'mean_monetary_value' ? fmt.value('money', r.statistics[name]) : fmt.plain(r.statistics[name], 2) })]));
    const found = Object.entries(r.read.columns).filter(([, c]) => c !== null).sort((a, b) => a[1] - b[1])
      .map(([role, c]) => `${t('data_column', role)} → ${t('data', 'column_n', { n: c + 1 })}`).join(t('ui', 'list_separator'));
    const warnings = response.warnings.map((w) => h('li', warningText(w, fmt)));
    root.replaceChildren(
      h('h2.card-title', t('data', 'brought_title')),
      h('div.headline', [h('p.headline-label', t('data_stat', 'customers')),
        h('p.headline-value', { dataset: { testid: 'data-customers' }, textContent: fmt.plain(r.statistics.customers, 0) })]),
      h('dl.result-list', stats),
      h('p.hint', { dataset: { testid: 'data-columns-found' }, textContent: `${t('data', 'columns_found')} ${found}` }),
      timeUnit(slice, choices, handlers.onChange),
      h('ul.notes.warnings', { hidden: warnings.length === 0, dataset: { testid: 'data-warnings' } }, warnings),
      h('h3.table-title', t('data', 'bad_rows_title')), badRows(r.bad_rows, fmt),
      h('h3.table-title', t('data', 'customers_title', { n: fmt.plain(Math.min(SHOWN, r.customers.id.length), 0) })),
      firstRows(r.customers, fmt),
    );
  }
  return { render };
}
