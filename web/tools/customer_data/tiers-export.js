// The A/B/C tiers of predicted value as the workbench's segments take them: one row per tier
// with the workbench's column names (web/tools/workbench/tables.js), as a CSV file or straight
// into the workbench's segments table. The numbers are the core's (predict's distribution);
// what the prediction cannot know (retention rate, acquisition and retention cost) is left
// blank for the user to fill, and the workbench names each blank. Pure but for openInWorkbench.

export const SEGMENT_COLUMNS = ['name', 'customers', 'average_order_value', 'orders_per_period', 'gross_margin_rate',
  'retention_rate', 'acquisition_cost', 'retention_cost_per_customer'];

// Six significant digits as plain text (no grouping, a dot): what a table cell holds as typed.
const plainText = (v) => (typeof v === 'number' && Number.isFinite(v) ? String(Number(v.toPrecision(6))) : '');

// tiers: predict's distribution.tiers; name(tier) gives a tier's name in the page's language;
// margin: the margin as the user typed it. Empty tiers are left out.
export function tierSegmentRows(tiers, name, margin) {
  return tiers.filter((tier) => tier.customers > 0).map((tier) => ({
    name: name(tier.tier), customers: plainText(tier.customers), average_order_value: plainText(tier.mean_expected_spend),
    orders_per_period: plainText(tier.expected_purchases_per_year), gross_margin_rate: String(margin ?? '').trim(),
    retention_rate: '', acquisition_cost: '', retention_cost_per_customer: '',
  }));
}

const cell = (v) => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

export function segmentsCsv(rows) {
  return `${[SEGMENT_COLUMNS.join(','), ...rows.map((row) => SEGMENT_COLUMNS.map((c) => cell(row[c] ?? '')).join(','))].join('\n')}\n`;
}

// The workbench opened with `rows` as its segments table (its slice keeps rows as typed text).
export function openInWorkbench(store, rows) {
  store.update((s) => ({ ...s, tool: 'workbench',
    workbench: { ...s.workbench, tables: { ...s.workbench.tables, segments: rows.map((row) => ({ ...row })) } } }));
}
