// The period-by-period table the core returns (discounted and retention-based CLV), with
// columns in the core's order and each cell formatted by what it holds.
import { t } from '../i18n.js';

export const columnUnits = {
  period: 'count', time: 'count', cash_flow: 'money', retention_rate: 'rate', survival: 'share',
  discount_factor: 'factor', expected_margin: 'money', present_value: 'money',
  cumulative_present_value: 'money',
};

const h = (tag, text, className) => {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
};

export function periodTable(rows, fmt, period, testid) {
  // JSON objects arrive with sorted keys: use the reading order of columnUnits instead.
  const columns = rows.length ? Object.keys(columnUnits).filter((k) => k in rows[0]) : [];
  const table = h('table', undefined, 'period-table');
  if (testid) table.dataset.testid = testid;
  const head = h('tr');
  for (const c of columns) {
    const th = h('th', t('column', c, { period: t('period', period) }));
    th.scope = 'col';
    head.append(th);
  }
  table.append(h('thead'), h('tbody'));
  table.tHead.append(head);
  const body = table.tBodies[0];
  for (const row of rows) {
    const tr = h('tr');
    for (const c of columns) {
      const unit = columnUnits[c];
      tr.append(h('td', unit === 'count' ? fmt.plain(row[c], 2)
        : unit === 'money' ? fmt.inFormula('money', row[c]) : fmt.value(unit, row[c])));
    }
    body.append(tr);
  }
  const wrap = h('div', undefined, 'table-wrap');
  wrap.tabIndex = 0;  // scrollable region reachable by keyboard
  wrap.setAttribute('role', 'region');
  wrap.setAttribute('aria-label', t('ui', 'table_title'));
  wrap.append(table);
  return wrap;
}
