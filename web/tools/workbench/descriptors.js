// The workbench's forms as the page shows them. Only presentation lives here: which group a field
// sits in, which KPI tiles the dashboard leads with, the demo client's numbers and how
// alternatives are offered. Every domain fact (fields, kinds, units, limits, choices, defaults)
// comes from the workbench module's {"calculation": "describe"}, merged in by describeForms().

// A form-only choice (as the calculator's): which alternative of a one_of the form shows.
const retentionSource = { name: 'retention_source', options: { constant: ['retention_rate'], list: ['retention_rates'] } };

// Fields no form shows: the page's Period switch sets `period`; the KPI card's convention
// switch sets `convention` (the one the dashboard leads with).
export const HIDDEN_FIELDS = new Set(['period', 'convention']);
export const INLINE_FIELDS = new Set(['discount_rate_period']);
export const FOLLOWS_PERIOD = new Set(['discount_rate_period']);

// The dashboard's input groups, in order: a field goes to the first group naming it or the
// object holding it; a field no group names goes to the last.
export const UE_GROUPS = [
  { id: 'acquisition', fields: ['acquisition_spend', 'new_customers'] },
  { id: 'retention', fields: ['retention_spend', 'customers_retained'] },
  { id: 'purchase', fields: ['average_order_value', 'orders_per_period', 'gross_margin_rate'] },
  { id: 'rates', fields: ['retention_source', 'retention_rate', 'retention_rates', 'discount_rate', 'discount_rate_period',
                          'horizon_periods', 'customers'] },
];

// The demo client: an online retailer (a year's figures). Texts as a person would type them.
export const DEMO = {
  ue: {
    'acquisition_spend.advertising': '120000', 'acquisition_spend.marketing_events': '30000',
    'acquisition_spend.sales_team': '40000', 'acquisition_spend.sales_tools': '10000', new_customers: '2000',
    'retention_spend.customer_service': '36000', 'retention_spend.loyalty_programme': '24000',
    'retention_spend.satisfaction_surveys': '6000', customers_retained: '6000',
    average_order_value: '60', orders_per_period: '5', gross_margin_rate: '40%',
    retention_rate: '75%', retention_rates: '60% 75% 80%', discount_rate: '10%', customers: '8000',
  },
  sg: { discount_rate: '10%' },
  sens: { change: '10%' },
  // The cost structure: this period's acquisition and retention items and its customers come
  // from the dashboard (LINKS); the other families and the previous period are the demo's own.
  cs: {
    'families.churn_management.churn_analysis': '8000', 'families.churn_management.win_back_offers': '12000',
    'families.churn_management.reactivation': '5000', 'families.data_management.collection': '6000',
    'families.data_management.storage': '4000', 'families.data_management.analysis': '10000',
    'families.training.courses': '5000', 'families.training.materials': '2000', 'families.training.trainers': '8000',
    'previous_families.acquisition.advertising': '100000', 'previous_families.acquisition.marketing_events': '30000',
    'previous_families.acquisition.sales_team': '35000', 'previous_families.acquisition.sales_tools': '8000',
    'previous_families.retention.customer_service': '32000', 'previous_families.retention.loyalty_programme': '15000',
    'previous_families.retention.satisfaction_surveys': '5000', 'previous_families.churn_management.churn_analysis': '6000',
    'previous_families.churn_management.win_back_offers': '8000', 'previous_families.churn_management.reactivation': '4000',
    'previous_families.data_management.collection': '5000', 'previous_families.data_management.storage': '3000',
    'previous_families.data_management.analysis': '6000', 'previous_families.training.courses': '5000',
    'previous_families.training.materials': '2000', 'previous_families.training.trainers': '6000',
  },
  // The retailer's members' club (as the issue's car-rental club: a $25 fee a year); the
  // customers' behaviour without the club is the dashboard's (LINKS).
  // One of the retailer's loyal customers: three years' margins so far, what cross-selling,
  // referrals and growing spend could add, and the retailer's share of their category spend.
  vc: { historical_margins: '100 110 120', history: 'carried_to_today', cross_sell_margin_per_period: '20',
        cross_sell_adoption_rate: '25%', referrals_per_period: '0.1', referred_customer_value: '150', spend_growth_rate: '2%',
        category_spend_per_period: '800', target_share_of_wallet: '60%', product_lines_used: '2', product_lines_offered: '5' },
  // The demo's lapsed segment ("Bargain hunters", 1,500 customers) sent a $15 offer.
  wb: { lapsed_customers: '1500', offer_cost_per_customer: '15', win_back_rate: '12%', regained_customer_value: '200' },
  lp: { members: '2500', annual_fee: '25', annual_cost_per_member: '30', retention_uplift: '5%', frequency_uplift: '20%',
        spend_uplift: '5%' },
};

// Fields a section takes from the dashboard's form (ue) while the consultant has not typed
// them there: {form: {field: ue field}}. So the same spend, customers and behaviour are never
// typed twice, and a lever moved on the dashboard moves every section built on it.
const itemLinks = (family, from, items) => Object.fromEntries(items.map((i) => [`families.${family}.${i}`, `${from}.${i}`]));
export const LINKS = {
  cs: { ...itemLinks('acquisition', 'acquisition_spend', ['advertising', 'marketing_events', 'sales_team', 'sales_tools', 'other']),
        ...itemLinks('retention', 'retention_spend', ['customer_service', 'loyalty_programme', 'satisfaction_surveys', 'other']),
        new_customers: 'new_customers', customers_retained: 'customers_retained' },
  vc: Object.fromEntries(['average_order_value', 'orders_per_period', 'gross_margin_rate', 'retention_source', 'retention_rate',
                          'retention_rates', 'discount_rate', 'discount_rate_period', 'horizon_periods'].map((n) => [n, n])),
  lp: Object.fromEntries(['average_order_value', 'orders_per_period', 'gross_margin_rate', 'retention_rate', 'discount_rate',
                          'discount_rate_period', 'horizon_periods'].map((n) => [n, n])),
};

const historySource = { name: 'history_source', options: { list: ['historical_margins', 'history'], total: ['historical_margin_total'] } };
const VC_GROUPS = [
  { id: 'history', fields: ['history_source', 'historical_margins', 'history', 'historical_margin_total'] },
  { id: 'today', fields: ['average_order_value', 'orders_per_period', 'gross_margin_rate', 'retention_source', 'retention_rate',
                              'retention_rates', 'discount_rate', 'discount_rate_period', 'horizon_periods'] },
  { id: 'potential', fields: ['cross_sell_margin_per_period', 'cross_sell_adoption_rate', 'referrals_per_period', 'referred_customer_value',
                              'spend_growth_rate'] },
  { id: 'wallet', fields: [] },
];

const LP_GROUPS = [
  { id: 'programme', fields: ['members', 'annual_fee', 'annual_cost_per_member'] },
  { id: 'uplift', fields: ['retention_uplift', 'frequency_uplift', 'spend_uplift'] },
  { id: 'behaviour', fields: [] },
];

// The forms, by their link key (codec.js FORMS): the calculation each one asks.
// A page with a `section` is drawn by form-section.js in that section of the dashboard.
export const FORM_PAGES = [
  { form: 'ue', id: 'unit_economics', alternatives: [retentionSource], groups: UE_GROUPS },
  { form: 'sg', id: 'segments', hide: ['segments'] },  // the table's other inputs (table-section.js)
  { form: 'sens', id: 'sensitivity', hide: ['base'] },
  // The two periods' items as one grid (cost-structure.js draws it, not form-section.js).
  { form: 'cs', id: 'cost_structure_periods', view: 'cost_structure' },
  { form: 'lp', id: 'loyalty_programme', section: 'loyalty', groups: LP_GROUPS },
  { form: 'vc', id: 'value_composition', section: 'value_composition', alternatives: [historySource, retentionSource], groups: VC_GROUPS },
  { form: 'wb', id: 'win_back', section: 'win_back' },
];

// The KPI tiles of unit economics: [tile id, where its number is in the result, unit]. A path
// starting with 'lead.' reads the convention the dashboard leads with.
export const UE_TILES = [
  ['cac', 'cac', 'money'],
  ['retention_cost_per_customer', 'retention_cost_per_customer', 'money'],
  ['clv', 'lead.clv', 'money'],
  ['profit', 'lead.profit', 'money'],
  ['ltv_to_cac', 'lead.ltv_to_cac', 'ratio'],
  ['payback_period', 'lead.payback_period', 'periods'],
];

// The page's kind of a described field: how its control reads text (as the calculator's).
function pageKind(field) {
  if (field.kind === 'choice') return 'choice';
  if (field.kind === 'list') return 'list';
  if (field.unit === 'money') return 'money';
  if (field.unit === 'rate' || field.unit === 'share') return 'rate';
  if (field.unit === 'periods') return 'periods';
  if (field.unit === 'count') return field.kind === 'whole' ? 'count' : 'number';
  return 'number';
}

// A described field as a form field; `object` names the object it is a member of (a cost item).
export function formField(field, name, { object, alternative } = {}) {
  const out = { name, kind: pageKind(field), unit: field.unit, optional: !field.required && !alternative,
                min: field.min, max: field.max };
  if (object) out.item = field.name;
  if (field.kind === 'choice') {
    out.options = field.choices;
    out.default = field.default ?? field.choices[0];
  }
  if (field.kind === 'list') out.itemKind = pageKind(field.item);
  return out;
}

// Every described field flattened: an object's members as dotted names (cost items), nested
// objects too (families.acquisition.advertising); `parent` is the object a member sits in.
function flatFields(described) {
  const alternatives = new Set((described.one_of ?? []).flat());
  const out = [];
  const walk = (field, top, prefix, parent) => {
    if (field.kind === 'list' && field.item?.kind === 'object') return;  // a table (tables.js), not a form field
    if (field.kind === 'object') {
      for (const member of field.fields) walk(member, top, `${prefix}${field.name}.`, field.name);
    } else if (parent) out.push({ top, parent, field: formField(field, `${prefix}${field.name}`, { object: parent }) });
    else out.push({ top, field: formField(field, field.name, { alternative: alternatives.has(field.name) }) });
  };
  for (const field of described.fields) walk(field, field.name, '', null);
  return out;
}

// The form's fields in order of its groups (each field's `family` is its group, so the form
// draws a fieldset per group), each form-only choice before the fields it shows.
function groupedFields(page, described) {
  const when = new Map();
  const entries = [];
  for (const alt of page.alternatives ?? []) {
    const options = Object.keys(alt.options);
    entries.push({ top: alt.name, field: { name: alt.name, kind: 'choice', ui: true, options, default: options[0] } });
    for (const [option, names] of Object.entries(alt.options)) for (const n of names) when.set(n, { [alt.name]: option });
  }
  // `hide`: fields the page fills itself (the base request of a sensitivity).
  entries.push(...flatFields(described).filter((e) => !HIDDEN_FIELDS.has(e.field.name) && !(page.hide ?? []).includes(e.top)));
  const groups = page.groups ?? [{ id: 'inputs', fields: [] }];
  const groupOf = (top) => (groups.find((g) => g.fields.includes(top)) ?? groups[groups.length - 1]).id;
  const order = (top) => groups.flatMap((g) => g.fields).indexOf(top);
  const ranked = entries.map((e, k) => ({ ...e, k, group: groups.findIndex((g) => g.id === groupOf(e.top)) }))
    .sort((a, b) => a.group - b.group || (order(a.top) - order(b.top)) || a.k - b.k);
  return ranked.map(({ top, parent, field }) => {
    const out = { ...field, family: page.groups ? groupOf(top) : parent };
    if (INLINE_FIELDS.has(out.name)) out.inline = true;
    if (FOLLOWS_PERIOD.has(out.name)) out.followsPeriod = true;
    if (when.has(out.name)) out.when = when.get(out.name);
    return out;
  });
}

// The forms' descriptors (the calculator's shape, so its form view and request builder serve
// them): {byForm: {form: calc}, described: {name: spec}}. Throws when the core lacks one.
export function describeForms(describe) {
  const byName = new Map(describe.calculations.map((c) => [c.name, c]));
  const byForm = {};
  for (const page of FORM_PAGES) {
    const described = byName.get(page.id);
    if (!described) continue;  // the core has not got it yet: the dashboard shows what it has
    byForm[page.form] = { ...page, fields: groupedFields(page, described), defaults: DEMO[page.form] ?? {},
                          period: described.fields.some((f) => f.name === 'period'), warnings: described.warnings,
                          conventions: describe.conventions, links: LINKS[page.form] ?? {} };
  }
  // A linked field's text falls back to the dashboard's (answer.js formTexts).
  for (const calc of Object.values(byForm)) if (calc !== byForm.ue) calc.linkFrom = byForm.ue;
  if (!byForm.ue) throw new Error('the engine does not describe unit_economics');
  return { byForm, byName, conventions: describe.conventions ?? [] };
}
