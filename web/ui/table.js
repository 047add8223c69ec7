// A period-by-period table the core returns (discounted and retention-based CLV), with columns
// in the core's order and each cell formatted by its unit (`columns`: {name: unit}, from the
// core's description). Rows are updated in place: a keystroke rewrites numbers, not the table.
import { t } from '../i18n/i18n.js';
import { h, setText } from './dom.js';

function cellText(unit, value, fmt) {
  if (unit === 'count') return fmt.plain(value, 2);
  if (unit === 'money') return fmt.inFormula('money', value);
  if (unit === 'periods') return fmt.plain(value, 2);
  return fmt.value(unit, value);
}

// A scrollable region holding the table; `region.update(rows, fmt)` refreshes it.
export function periodTable(columns, period, testid) {
  const names = Object.keys(columns);
  const table = h('table.period-table');
  if (testid) table.dataset.testid = testid;
  table.append(h('thead', [h('tr', names.map((c) => h('th', { scope: 'col', textContent: t('column', c, { period: t('period', period) }) })))]), h('tbody'));
  const region = h('div.table-wrap', { tabIndex: 0, attrs: { role: 'region', 'aria-label': t('ui', 'table_title') } }, [table]);
  region.update = (rows, fmt) => {
    const body = table.tBodies[0];
    while (body.rows.length > rows.length) body.lastElementChild.remove();
    while (body.rows.length < rows.length) body.append(h('tr', names.map(() => h('td'))));
    rows.forEach((row, i) => {
      const cells = body.rows[i].cells;
      names.forEach((c, k) => setText(cells[k], cellText(columns[c], row[c], fmt)));
    });
  };
  return region;
}
