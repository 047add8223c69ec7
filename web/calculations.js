// One description per calculation: the fields its form shows, their kinds and defaults, which
// result is the headline, and whether it takes the shared `period`. Names are the JSON keys of
// the core's request/response (README "Calculations"); labels live in i18n/*.json.
//
// Field kinds: money, rate (fraction, "5%" accepted), count, periods, number, choice, list (of
// itemKind). Cost-structure fields carry their family and item names for grouping and labels.
// `ui: true` marks a form-only choice (which alternative to send); `when` shows a field only
// while that choice holds the given value. Defaults are the shared worked examples' inputs.
// `tableRows`: rows asked for when the horizon is infinite (see request.js).

const money = (name, extra = {}) => ({ name, kind: 'money', ...extra });
const rate = (name, extra = {}) => ({ name, kind: 'rate', ...extra });
const choice = (name, options, extra = {}) => ({ name, kind: 'choice', options, default: options[0], ...extra });
const rateBasis = choice('discount_rate_period', ['year', 'month'], { inline: true });

const costItems = {
  acquisition: ['advertising', 'marketing_events', 'sales_team', 'sales_tools', 'other'],
  retention: ['customer_service', 'loyalty_programme', 'satisfaction_surveys', 'other'],
  churn_management: ['churn_analysis', 'win_back_offers', 'reactivation', 'other'],
  data_management: ['collection', 'storage', 'analysis', 'other'],
  training: ['courses', 'materials', 'trainers', 'other'],
};
const structureDefaults = {
  'families.acquisition.advertising': '30000', 'families.acquisition.sales_team': '45000',
  'families.retention.customer_service': '12000', 'families.retention.loyalty_programme': '8000',
  'families.churn_management.win_back_offers': '5000', 'families.data_management.storage': '3000',
  'families.training.courses': '2000',
};

export const calculations = [
  {
    id: 'acquisition_cost', headline: 'cac', group: 'cost',
    fields: [
      ...costItems.acquisition.map((n) => money(n, { optional: true })),
      { name: 'new_customers', kind: 'count' },
    ],
    defaults: { advertising: '30000', marketing_events: '12000', sales_team: '45000', sales_tools: '3000', new_customers: '600' },
    results: { acquisition_spend: 'money', cac: 'money' },
    shares: 'shares',
  },
  {
    id: 'retention_cost', headline: 'retention_cost_per_customer', group: 'cost',
    fields: [
      choice('spend_source', ['items', 'total'], { ui: true }),
      ...costItems.retention.map((n) => money(n, { optional: true, when: { spend_source: 'items' } })),
      money('retention_spend', { when: { spend_source: 'total' } }),
      { name: 'customers_retained', kind: 'count' },
    ],
    defaults: { spend_source: 'total', retention_spend: '20000', customer_service: '12000', loyalty_programme: '8000', customers_retained: '400' },
    results: { retention_spend: 'money', retention_cost_per_customer: 'money' },
    shares: 'shares',
  },
  {
    id: 'retention_rate', headline: 'retention_rate', group: 'retention', period: true,
    fields: [
      { name: 'customers_at_start', kind: 'count' },
      { name: 'new_customers', kind: 'count' },
      { name: 'customers_at_end', kind: 'count' },
    ],
    defaults: { customers_at_start: '1000', new_customers: '150', customers_at_end: '950' },
    results: { customers_retained: 'count', retention_rate: 'rate', churn_rate: 'rate', expected_lifetime_periods: 'periods' },
  },
  {
    id: 'simple_clv', headline: 'clv', group: 'clv', period: true,
    fields: [
      money('average_purchase'),
      { name: 'purchases_per_period', kind: 'number' },
      { name: 'lifespan_periods', kind: 'periods' },
      rate('gross_margin_rate', { optional: true, share: true }),
    ],
    defaults: { average_purchase: '100', purchases_per_period: '4', lifespan_periods: '5' },
    results: { revenue_value: 'money', clv: 'money' },
    text: ['basis'],
  },
  {
    id: 'discounted_clv', headline: 'clv', group: 'clv', period: true, table: true, tableRows: 20,
    fields: [
      choice('cash_source', ['constant', 'list'], { ui: true }),
      money('cash_flow_per_period', { when: { cash_source: 'constant' } }),
      { name: 'cash_flows', kind: 'list', itemKind: 'money', when: { cash_source: 'list' } },
      rate('discount_rate'), rateBasis,
      { name: 'periods', kind: 'periods', optional: true, when: { cash_source: 'constant' } },
      choice('timing', ['end', 'start']),
    ],
    defaults: { cash_source: 'constant', cash_flow_per_period: '1000', cash_flows: '1000 1200 1300', discount_rate: '5%', periods: '5', timing: 'end' },
    results: { clv: 'money', perpetuity_clv: 'money', discount_rate_per_period: 'rate', periods: 'periods' },
    text: ['timing', 'horizon'],
  },
  {
    id: 'retention_clv', headline: 'clv', group: 'clv', period: true, conventions: true, tableRows: 20,
    fields: [
      money('margin_per_period'),
      choice('retention_source', ['constant', 'list'], { ui: true }),
      rate('retention_rate', { when: { retention_source: 'constant' } }),
      { name: 'retention_rates', kind: 'list', itemKind: 'rate', when: { retention_source: 'list' } },
      rate('discount_rate'), rateBasis,
      { name: 'periods', kind: 'periods', optional: true },
      money('retention_spend_per_period', { optional: true }),
    ],
    defaults: { margin_per_period: '100', retention_source: 'constant', retention_rate: '80%', retention_rates: '60% 70% 80%', discount_rate: '10%' },
    results: { net_margin_per_period: 'money', discount_rate_per_period: 'rate', periods: 'periods' },
    text: ['horizon'],
  },
  {
    id: 'expected_lifetime', headline: 'expected_lifetime_periods', group: 'retention', period: true,
    fields: [rate('retention_rate')],
    defaults: { retention_rate: '80%' },
    results: { churn_rate: 'rate', expected_lifetime_periods: 'periods' },
  },
  {
    id: 'convert_rate', headline: 'converted_rate', group: 'retention',
    fields: [
      choice('rate_kind', ['discount', 'retention']),
      rate('rate'),
      choice('from_period', ['year', 'month']),
      choice('to_period', ['month', 'year']),
    ],
    defaults: { rate_kind: 'discount', rate: '10%', from_period: 'year', to_period: 'month' },
    results: { converted_rate: 'rate' },
    text: ['rate_kind', 'from_period', 'to_period'],
  },
  {
    id: 'profitability', headline: 'profit', group: 'cost', period: true,
    fields: [
      money('lifetime_value'), money('acquisition_cost'), money('retention_cost', { optional: true }),
      money('revenue_per_period', { optional: true }),
      rate('gross_margin_rate', { optional: true, share: true }),
      { name: 'lifetime_periods', kind: 'periods', optional: true },
    ],
    defaults: { lifetime_value: '3000', acquisition_cost: '500', retention_cost: '200' },
    results: { profit: 'money', ltv_to_cac: 'ratio', margin_per_period: 'money', payback_periods: 'periods' },
  },
  {
    id: 'cost_structure', headline: 'cost_per_customer', group: 'cost',
    fields: [
      ...Object.entries(costItems).flatMap(([family, items]) =>
        items.map((item) => money(`families.${family}.${item}`, { optional: true, family, item }))),
      { name: 'customers', kind: 'count' },
    ],
    defaults: { ...structureDefaults, customers: '500' },
    results: { total: 'money', cost_per_customer: 'money' },
    families: true,
  },
];

export const byId = Object.fromEntries(calculations.map((c) => [c.id, c]));
export const defaultCalculation = 'retention_clv';
export const conventionNames = ['end_retained', 'start', 'end_first_certain'];

// The fields currently shown, given the raw values of the form-only choices.
export function visibleFields(calc, raw) {
  return calc.fields.filter((f) => !f.when || Object.entries(f.when)
    .every(([k, v]) => (raw[k] ?? fieldDefault(calc, k)) === v));
}

// The text a field starts with: the calculation's default, else a choice's first option, else ''.
export function fieldDefault(calc, name) {
  if (calc.defaults[name] !== undefined) return calc.defaults[name];
  const field = calc.fields.find((f) => f.name === name);
  return field?.kind === 'choice' ? field.default : '';
}
