// The calculator's ten calculations as the page shows them. Only presentation lives here: which
// sidebar group, which result is the headline, how alternatives are offered (a form-only choice),
// the example numbers a calculation opens with, and how many table rows an infinite horizon
// asks for. Every domain fact (fields, their kinds, units, limits, choices, defaults; result
// units; cost families and items) comes from the core's {"calculation": "describe"}, merged in by
// describeCalculations(); tests/node/descriptors.test.mjs fails if the two ever disagree.

// A form-only choice: which alternative of a one_of (or an excludes pair) the form shows.
// `options` maps each choice to the fields it shows; the first option is the default.
const cashSource = { name: 'cash_source', options: { constant: ['cash_flow_per_period', 'periods'], list: ['cash_flows'] } };
const retentionSource = { name: 'retention_source', options: { constant: ['retention_rate'], list: ['retention_rates'] } };
const spendSource = { name: 'spend_source', options: { total: ['retention_spend'], items: ['customer_service', 'loyalty_programme', 'satisfaction_surveys', 'other'] } };

// Fields the form never shows: the page's Period switch sets `period`; `table_periods` is sent
// by the page itself (request.js).
export const HIDDEN_FIELDS = new Set(['period', 'table_periods']);
// Choice fields drawn beside the field before them ("10% per [year]").
export const INLINE_FIELDS = new Set(['discount_rate_period']);
// A rate's own period follows the page's Period switch unless the user chose otherwise for the
// field (issue 14: a remembered "per year" read a monthly exercise's 1 % as a yearly rate).
export const FOLLOWS_PERIOD = new Set(['discount_rate_period']);

export const CALCULATOR_PAGES = [
  { id: 'acquisition_cost', group: 'cost', headline: 'cac',
    examples: { advertising: '30000', marketing_events: '12000', sales_team: '45000', sales_tools: '3000', new_customers: '600' } },
  { id: 'retention_cost', group: 'cost', headline: 'retention_cost_per_customer', alternatives: [spendSource],
    examples: { retention_spend: '20000', customer_service: '12000', loyalty_programme: '8000', customers_retained: '400' } },
  { id: 'retention_rate', group: 'retention', headline: 'retention_rate',
    examples: { customers_at_start: '1000', new_customers: '150', customers_at_end: '950' } },
  { id: 'simple_clv', group: 'clv', headline: 'clv',
    examples: { average_purchase: '100', purchases_per_period: '4', lifespan_periods: '5' } },
  { id: 'simple_clv_totals', group: 'clv', headline: 'clv',
    examples: { total_revenue: '50000', total_purchases: '1000', customers: '200', total_lifespan_periods: '800' } },
  { id: 'discounted_clv', group: 'clv', headline: 'clv', tableRows: 20, alternatives: [cashSource],
    examples: { cash_flow_per_period: '1000', cash_flows: '1000 1200 1300', discount_rate: '5%', periods: '5' } },
  { id: 'retention_clv', group: 'clv', headline: 'clv', tableRows: 20, alternatives: [retentionSource],
    examples: { margin_per_period: '100', retention_rate: '80%', retention_rates: '60% 70% 80%', discount_rate: '10%' } },
  { id: 'expected_lifetime', group: 'retention', headline: 'expected_lifetime_periods', alternatives: [retentionSource],
    examples: { retention_rate: '80%', retention_rates: '60% 85%' } },
  { id: 'convert_rate', group: 'retention', headline: 'converted_rate',
    examples: { rate_kind: 'discount', rate: '10%', from_period: 'year', to_period: 'month' } },
  { id: 'profitability', group: 'cost', headline: 'profit', headlineWithout: { field: 'lifetime_value', result: 'payback_periods' },
    examples: { lifetime_value: '3000', acquisition_cost: '500', retention_cost: '200' } },
  { id: 'cost_structure', group: 'cost', headline: 'cost_per_customer',
    examples: { 'families.acquisition.advertising': '30000', 'families.acquisition.sales_team': '45000',
                'families.retention.customer_service': '12000', 'families.retention.loyalty_programme': '8000',
                'families.churn_management.win_back_offers': '5000', 'families.data_management.storage': '3000',
                'families.training.courses': '2000', customers: '500' } },
];

export const GROUPS = ['clv', 'retention', 'cost'];
export const DEFAULT_CALCULATION = 'retention_clv';
const pages = new Map(CALCULATOR_PAGES.map((p) => [p.id, p]));

// True for a calculation id the page offers (never an Object.prototype key from a link).
export const isCalculation = (id) => typeof id === 'string' && pages.has(id);
export const pageOf = (id) => pages.get(id);

// The page's kind of a described field: how its control reads text.
function pageKind(field) {
  if (field.kind === 'choice') return 'choice';
  if (field.kind === 'list') return 'list';
  if (field.unit === 'money') return 'money';
  if (field.unit === 'rate' || field.unit === 'share') return 'rate';
  if (field.unit === 'periods') return 'periods';
  if (field.unit === 'count') return field.kind === 'whole' ? 'count' : 'number';
  return 'number';
}

// A described field (nested objects flattened to dotted names) as the form's field.
function formField(field, name, extra) {
  const { alternative, ...rest } = extra ?? {};
  const out = { name, kind: pageKind(field), unit: field.unit, optional: !field.required && !alternative,
                min: field.min, max: field.max, ...rest };
  if (field.kind === 'choice') {
    out.options = field.choices;
    out.default = field.default ?? field.choices[0];
  }
  if (field.kind === 'list') out.itemKind = pageKind(field.item);
  return out;
}

// A field of a one_of group is required as the alternative shown, so never marked optional.
function flatFields(described) {
  const out = [];
  const alternatives = new Set(described.one_of.flat());
  for (const field of described.fields) {
    if (field.kind !== 'object') {
      out.push(formField(field, field.name, { alternative: alternatives.has(field.name) }));
      continue;
    }
    for (const family of field.fields) {
      for (const item of family.fields) {
        out.push(formField(item, `${field.name}.${family.name}.${item.name}`, { family: family.name, item: item.name }));
      }
    }
  }
  return out;
}

// The form's fields in order: each form-only choice first, then the described fields with
// `when` saying which choice shows them; hidden fields left out, inline ones marked.
function formFields(page, described) {
  const fields = [];
  const when = new Map();
  for (const alt of page.alternatives ?? []) {
    const options = Object.keys(alt.options);
    fields.push({ name: alt.name, kind: 'choice', ui: true, options, default: options[0] });
    for (const [option, names] of Object.entries(alt.options)) for (const n of names) when.set(n, { [alt.name]: option });
  }
  for (const field of flatFields(described)) {
    if (HIDDEN_FIELDS.has(field.name)) continue;
    if (INLINE_FIELDS.has(field.name)) field.inline = true;
    if (FOLLOWS_PERIOD.has(field.name)) field.followsPeriod = true;
    if (when.has(field.name)) field.when = when.get(field.name);
    fields.push(field);
  }
  return fields;
}

// Top-level number results as {name: unit}, and the page features the result's shape implies.
function resultFacts(described) {
  const results = {};
  const text = [];
  const features = {};
  for (const r of described.results) {
    if (r.kind === 'number') results[r.name] = r.unit;
    else if (r.kind === 'choice' && r.name !== 'period') text.push(r.name);
    else if (r.kind === 'map') features.shares = r.name;
    else if (r.kind === 'list' && r.name === 'conventions') features.conventions = true;
    else if (r.kind === 'list' && r.name === 'table') features.table = true;
    else if (r.kind === 'list' && r.name === 'families') features.families = true;
  }
  return { results, text, ...features };
}

// The units of a period table's columns, in the core's order of the row.
export function tableColumns(described) {
  const list = described.results.find((r) => r.name === 'table')
    ?? described.results.find((r) => r.name === 'conventions')?.fields.find((r) => r.name === 'table');
  return list ? Object.fromEntries(list.fields.map((c) => [c.name, c.unit])) : {};
}

// The page's descriptors: presentation above + the core's facts. `describe` is the result of
// {"calculation": "describe"}. Throws when the core does not know a calculation the page offers.
export function describeCalculations(describe) {
  const byName = new Map(describe.calculations.map((c) => [c.name, c]));
  const list = CALCULATOR_PAGES.map((page) => {
    const described = byName.get(page.id);
    if (!described) throw new Error(`the engine does not describe ${page.id}`);
    const hasField = (name) => described.fields.some((f) => f.name === name);
    return { ...page, ...resultFacts(described), fields: formFields(page, described),
             period: hasField('period'), defaults: page.examples, columns: tableColumns(described),
             warnings: described.warnings };
  });
  return { list, byId: Object.fromEntries(list.map((c) => [c.id, c])), conventions: describe.conventions,
           periods: describe.periods, costFamilies: describe.cost_families };
}

// The fields currently shown, given the raw values of the form-only choices.
export function visibleFields(calc, raw) {
  return calc.fields.filter((f) => !f.when || Object.entries(f.when)
    .every(([k, v]) => (raw[k] ?? fieldDefault(calc, k)) === v));
}

// The text a field starts with: the page's example, else a choice's default, else ''.
export function fieldDefault(calc, name) {
  if (calc.defaults[name] !== undefined) return calc.defaults[name];
  const field = calc.fields.find((f) => f.name === name);
  return field?.kind === 'choice' ? field.default : '';
}

// Every field name the page may hold text for (the link's and the file's `in.<name>`), known
// without the engine: the examples, the alternatives' fields and choices. The form shows more
// (every described field); a name outside both is dropped from links.
export function knownFieldNames(page, calc) {
  if (calc) return new Set(calc.fields.map((f) => f.name));
  const names = new Set(Object.keys(page.examples));
  for (const alt of page.alternatives ?? []) {
    names.add(alt.name);
    for (const list of Object.values(alt.options)) list.forEach((n) => names.add(n));
  }
  return names;
}
