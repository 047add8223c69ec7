// The workbench's tables (segments, satisfaction indicators), as the page shows them: which
// calculation's list field each one fills, which section draws it, and the demo rows in each
// language. Columns, their units and limits come from the core's description (describeTables).
import { formField } from './descriptors.js';

const SEGMENT_NAMES = {
  en: ['Loyal regulars', 'Mainstream', 'Occasional buyers', 'Bargain hunters'],
  'zh-CN': ['忠实常客', '主流客户', '偶尔购买者', '折扣猎手'],
};
// The demo retailer's four segments (a year's figures), texts as typed; `name` per language.
const SEGMENT_ROWS = [
  { customers: '400', average_order_value: '120', orders_per_period: '10', gross_margin_rate: '45%', retention_rate: '90%',
    acquisition_cost: '150', retention_cost_per_customer: '60', lifecycle_stage: 'mature' },
  { customers: '2500', average_order_value: '60', orders_per_period: '5', gross_margin_rate: '40%', retention_rate: '75%',
    acquisition_cost: '100', retention_cost_per_customer: '12', lifecycle_stage: 'mature' },
  { customers: '4000', average_order_value: '35', orders_per_period: '2', gross_margin_rate: '35%', retention_rate: '50%',
    acquisition_cost: '80', retention_cost_per_customer: '5', lifecycle_stage: 'new' },
  { customers: '1500', average_order_value: '25', orders_per_period: '3', gross_margin_rate: '15%', retention_rate: '40%',
    acquisition_cost: '90', retention_cost_per_customer: '8', lifecycle_stage: 'lapsed' },
];

const INDICATOR_NAMES = {
  en: ['Service', 'Price', 'Delivery', 'Product quality'],
  'zh-CN': ['服务', '价格', '配送', '产品质量'],
};
// The demo retailer's survey: answers at the seven levels (very dissatisfied … very satisfied).
// The weights sum to 1.3, so the core's note that it normalised them shows in the demo.
const INDICATOR_ROWS = [
  { weight: '0.4', counts: [2, 3, 5, 10, 20, 40, 20] }, { weight: '0.3', counts: [5, 5, 10, 30, 25, 15, 10] },
  { weight: '0.4', counts: [0, 0, 5, 15, 30, 30, 20] }, { weight: '0.2', counts: [1, 2, 4, 13, 30, 35, 15] },
];

export const TABLE_PAGES = [
  { table: 'segments', id: 'segments', field: 'segments', section: 'segments', form: 'sg',
    demo: (lang) => SEGMENT_ROWS.map((row, k) => ({ name: (SEGMENT_NAMES[lang] ?? SEGMENT_NAMES.en)[k], ...row })) },
  // `spread`: a list column shown as one column per item (counts_1 … counts_7).
  { table: 'indicators', id: 'satisfaction_index', field: 'indicators', section: 'satisfaction', form: 'si', spread: ['counts'],
    demo: (lang) => INDICATOR_ROWS.map((row, k) => ({ name: (INDICATOR_NAMES[lang] ?? INDICATOR_NAMES.en)[k], weight: row.weight,
                                                      ...Object.fromEntries(row.counts.map((n, i) => [`counts_${i + 1}`, String(n)])) })) },
];

// A list column spread into one column per item: `<name>_<k>`, each of the item's kind, with
// `spreads` naming the list it is part of (table-request.js gathers them back).
function spreadColumns(f) {
  const n = f.max_items ?? f.min_items ?? 0;
  return Array.from({ length: n }, (_, k) => ({ ...formField(f.item, `${f.name}_${k + 1}`), optional: true, spreads: f.name, index: k }));
}

// A table's columns as form fields (the list's item fields), text columns as kind 'text'.
function columnsOf(item, spread = []) {
  return (item.fields ?? []).flatMap((f) => (spread.includes(f.name) && f.kind === 'list' ? spreadColumns(f)
    : f.kind === 'text' ? [{ name: f.name, kind: 'text', optional: !f.required }] : [formField(f, f.name)]));
}

// {table: {page, spec (the calculation's description), columns, other (the calculation's other
// fields)}} for each table whose calculation the core describes.
export function describeTables(byName) {
  const out = {};
  for (const page of TABLE_PAGES) {
    const spec = byName.get(page.id);
    const list = spec?.fields.find((f) => f.name === page.field);
    if (!list?.item) continue;
    out[page.table] = { page, spec, columns: columnsOf(list.item, page.spread), other: spec.fields.filter((f) => f.name !== page.field) };
  }
  return out;
}

// The rows a table shows: the slice's, or the demo's in the page's language while untouched.
export const tableRows = (slice, page, lang) => slice.tables[page.table] ?? page.demo(lang);
