// The parts of the dashboard after unit economics, each mounted when the engine has its
// calculation (a part whose calculation has not landed stays hidden): the form sections
// (descriptors.js FORM_PAGES with a `section`), segments, sensitivity and break-even, scenarios.
import { t } from '../../i18n/i18n.js';
import { h, byTestId } from '../../ui/dom.js';
import { download, stamp } from './files.js';
import { FORM_PAGES } from './descriptors.js';
import { createFormSection } from './form-section.js';
import { createTableSection } from './table-section.js';
import { createPareto } from './views/pareto.js';
import { leadConvention } from './answer.js';
import { mountSensitivity } from './sensitivity.js';
import { mountCostStructure } from './cost-structure.js';
import { mountLoyalty } from './loyalty.js';
import { mountValueComposition } from './value-composition.js';
import { mountSatisfaction } from './satisfaction.js';
import { mountScenarios } from './scenarios.js';

// The sections with a view of their own (the others: form-section.js).
const VIEWS = {
  cost_structure: (ctx) => mountCostStructure(ctx),
  loyalty: (ctx) => mountLoyalty(ctx),
  value_composition: (ctx) => mountValueComposition(ctx),
};

// The per-segment numbers shown beside each row, in this order.
const SEGMENT_OUTPUTS = ['clv', 'profit_per_customer', 'total_profit', 'share_of_profit', 'tier', 'loss_reason'];

function mountSegments({ root, store, engine, calcs }) {
  const table = calcs.tables.segments;
  const rowSpec = table.spec.results.find((r) => r.name === 'segments').fields;
  const pareto = createPareto('wb-pareto');
  const section = byTestId(root, 'wb-section-segments');
  const png = h('button.button.small.wb-png', { type: 'button', textContent: t('ui', 'export_png'), dataset: { testid: 'wb-pareto-png' } });
  png.addEventListener('click', async () => {
    const blob = await pareto.toPng(t('wb', 'pareto_title'));
    if (blob) download(`workbench-pareto-${stamp()}.png`, blob);
  });
  store.watch((s) => s.words, () => { png.textContent = t('ui', 'export_png'); });
  section.querySelector('.card-head').append(png);
  return createTableSection({
    section, store, engine, table, calc: calcs.byForm.sg,
    rowResults: SEGMENT_OUTPUTS.map((name) => rowSpec.find((f) => f.name === name)).filter(Boolean),
    outputs: (result) => result.segments,
    isLoss: (row) => typeof row.profit_per_customer === 'number' && row.profit_per_customer < 0,
    skip: ['segments', 'pareto', 'convention'],
    // The segments follow the convention the dashboard leads with.
    extend: (state, request) => ({ ...request, inputs: { ...request.inputs, convention: leadConvention(state.workbench, calcs.conventions) } }),
    extendKey: (state) => [state.workbench.choices.lead],
    chart: { node: pareto.node,
             render: (state, good, fmt) => pareto.render({ points: good?.result?.pareto, topShare: good?.result?.top_share_of_profit, fmt }) },
  });
}

// Mounts one part; a calculation of a shape this page does not know yet keeps its section
// hidden instead of stopping the dashboard.
function attempt(section, mount) {
  try {
    return mount();
  } catch {
    if (section) section.hidden = true;
    return null;
  }
}

// heavyEngine: the Worker's, for sensitivity and break-even (dozens of evaluations each), so the
// dashboard's own answers never wait behind them.
export function mountSections({ root, store, engine, heavyEngine = engine, calcs }) {
  const parts = {};
  for (const page of FORM_PAGES) {
    const calc = calcs.byForm[page.form];
    const id = page.view ?? page.section;
    if (!id || !calc) continue;
    const section = byTestId(root, `wb-section-${id}`);
    const mount = VIEWS[id] ?? (() => createFormSection({ section, store, engine, calc, resultSpecs: calcs.byName.get(page.id).results }));
    const part = attempt(section, () => mount({ section, store, engine, calc, calcs }));
    if (part) parts[page.form] = part;
  }
  if (calcs.tables.indicators) {
    const section = byTestId(root, 'wb-section-satisfaction');
    const part = attempt(section, () => mountSatisfaction({ section, store, engine, table: calcs.tables.indicators }));
    if (part) parts.satisfaction = part;
  }
  if (calcs.tables.segments) {
    const part = attempt(byTestId(root, 'wb-section-segments'), () => mountSegments({ root, store, engine, calcs }));
    if (part) parts.segments = part;
  }
  if (calcs.byName.has('scenarios')) {
    const section = byTestId(root, 'wb-section-scenarios');
    const part = attempt(section, () => mountScenarios({ section, store, engine, calcs }));
    if (part) parts.scenarios = part;
  }
  if (calcs.byForm.sens && calcs.byName.has('break_even')) {
    const sens = attempt(byTestId(root, 'wb-section-sensitivity'),
      () => mountSensitivity({ section: byTestId(root, 'wb-section-sensitivity'), store, engine: heavyEngine, calcs }));
    if (sens) {
      parts.sensitivity = { current: () => sens.current().sensitivity };
      parts.break_even = { current: () => sens.current().break_even };
    }
  }
  return { current: () => Object.fromEntries(Object.entries(parts).map(([k, p]) => [k, p.current()])) };
}
