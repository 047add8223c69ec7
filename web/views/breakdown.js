// Where the money goes: each cost item's share as a bar (acquisition and retention cost) and
// the cost-structure families with their items. Shares come from the core.
import { t } from '../i18n.js';

const h = (tag, className, text) => {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
};

function bars(entries, fmt) {
  const list = h('ul', 'share-bars');
  for (const { key, label, share, amount } of entries) {
    const li = h('li');
    const bar = h('span', 'bar');
    bar.style.setProperty('--share', String(Math.max(0, Math.min(1, share ?? 0))));
    li.append(h('span', 'bar-label', label), h('span', 'bar-track'), h('span', 'bar-value', amount === undefined ? fmt.pct(share) : `${fmt.money(amount)} · ${fmt.pct(share)}`));
    li.children[1].append(bar);
    li.dataset.item = key;
    list.append(li);
  }
  return list;
}

function familiesTable(families, fmt) {
  const table = h('table', 'period-table families-table');
  table.dataset.testid = 'families-table';
  const head = h('tr');
  for (const c of ['family', 'total', 'share', 'cost_per_customer']) head.append(h('th', '', t('column', c)));
  table.append(h('thead'), h('tbody'));
  table.tHead.append(head);
  for (const f of families) {
    const row = h('tr', 'family-row');
    row.append(h('th', '', t('family', f.family)), h('td', '', fmt.money(f.total)), h('td', '', fmt.pct(f.share)), h('td', '', fmt.money(f.cost_per_customer)));
    row.firstChild.scope = 'row';
    table.tBodies[0].append(row);
    for (const item of f.items ?? []) {
      if (!item.amount) continue;
      const sub = h('tr', 'item-row');
      sub.append(h('td', '', t('item', item.item)), h('td', '', fmt.money(item.amount)), h('td', '', fmt.pct(item.share_of_total)), h('td', '', ''));
      table.tBodies[0].append(sub);
    }
  }
  const wrap = h('div', 'table-wrap');
  wrap.tabIndex = 0;  // scrollable region reachable by keyboard
  wrap.setAttribute('role', 'region');
  wrap.setAttribute('aria-label', t('ui', 'families_table'));
  wrap.append(table);
  return wrap;
}

// Fills `root` for the calculation; returns true when there was something to show.
export function renderBreakdown(root, { calc, result, fmt }) {
  const parts = [];
  if (calc.shares && result?.[calc.shares] && Object.keys(result[calc.shares]).length) {
    const order = calc.fields.map((f) => f.name);
    const entries = Object.entries(result[calc.shares])
      .sort(([a], [b]) => order.indexOf(a) - order.indexOf(b))
      .map(([key, share]) => ({ key, label: t('item', key), share }));
    parts.push(bars(entries, fmt));
  }
  if (calc.families && result?.families) {
    parts.push(bars(result.families.map((f) => ({ key: f.family, label: t('family', f.family), share: f.share, amount: f.total })), fmt));
    parts.push(familiesTable(result.families, fmt));
  }
  root.replaceChildren(...parts);
  return parts.length > 0;
}
