// Where the money goes: each cost item's share as a bar (acquisition and retention cost) and the
// cost-structure families with their items. Shares come from the core; bars and rows are kept
// by name and updated in place.
import { t, language } from '../../../i18n/i18n.js';
import { h, setText, syncChildren } from '../../../ui/dom.js';

function syncBars(list, entries, fmt) {
  syncChildren(list, entries, (e) => `${language()}|${e.key}`,
    (e) => h('li', { dataset: { item: e.key } }, [h('span.bar-label', e.label), h('span.bar-track', [h('span.bar')]), h('span.bar-value')]),
    (li, e) => {
      li.querySelector('.bar').style.setProperty('--share', String(Math.max(0, Math.min(1, e.share ?? 0))));
      setText(li.lastElementChild, e.amount === undefined ? fmt.share(e.share) : `${fmt.money(e.amount)} · ${fmt.share(e.share)}`);
    });
}

// One row per family, then one per item the user gave (an amount other than 0).
function familyRows(families) {
  const rows = [];
  for (const f of families) {
    rows.push({ key: `f.${f.family}`, head: true, label: t('family', f.family), total: f.total, share: f.share, perCustomer: f.cost_per_customer });
    for (const item of f.items ?? []) {
      if (item.amount) rows.push({ key: `i.${f.family}.${item.item}`, label: t('item', item.item), total: item.amount, share: item.share_of_total });
    }
  }
  return rows;
}

function familiesTable() {
  const table = h('table.period-table.families-table', { dataset: { testid: 'families-table' } }, [
    h('thead', [h('tr', ['family', 'total', 'share', 'cost_per_customer'].map((c) => h('th', t('column', c))))]), h('tbody')]);
  const wrap = h('div.table-wrap', { tabIndex: 0, attrs: { role: 'region', 'aria-label': t('ui', 'families_table') } }, [table]);
  wrap.update = (families, fmt) => syncChildren(table.tBodies[0], familyRows(families), (r) => r.key,
    (r) => (r.head ? h('tr.family-row', [h('th', { scope: 'row', textContent: r.label }), h('td'), h('td'), h('td')])
      : h('tr.item-row', [h('td', r.label), h('td'), h('td'), h('td')])),
    (tr, r) => {
      setText(tr.cells[1], fmt.money(r.total));
      setText(tr.cells[2], fmt.share(r.share));
      setText(tr.cells[3], r.head ? fmt.money(r.perCustomer) : '');
    });
  return wrap;
}

// Fills `root` for the calculation; returns true when there was something to show.
export function renderBreakdown(root, { calc, result, fmt }) {
  const key = `${language()}|${calc.id}`;
  if (root.dataset.key !== key) {
    root.dataset.key = key;
    root.replaceChildren(h('ul.share-bars'), ...(calc.families ? [familiesTable()] : []));
  }
  const bars = root.firstElementChild;
  let entries = [];
  if (calc.shares && result?.[calc.shares]) {
    const order = calc.fields.map((f) => f.name);
    entries = Object.entries(result[calc.shares]).sort(([a], [b]) => order.indexOf(a) - order.indexOf(b))
      .map(([k, share]) => ({ key: k, label: t('item', k), share }));
  }
  if (calc.families && result?.families) {
    entries = result.families.map((f) => ({ key: f.family, label: t('family', f.family), share: f.share, amount: f.total }));
    root.lastElementChild.update(result.families, fmt);
  }
  syncBars(bars, entries, fmt);
  return entries.length > 0;
}
