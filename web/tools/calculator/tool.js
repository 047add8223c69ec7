// The calculator tool: mounts its views on the page's markup, waits for the engine to describe
// its calculations, then answers every change. Before the engine is ready the sidebar and the
// heading already work (a choice made then is answered when the engine arrives); if the engine
// cannot start, one message says so in the user's language and nothing else breaks.
import { t } from '../../i18n/i18n.js';
import { byTestId } from '../../ui/dom.js';
import { describeCalculations, FOLLOWS_PERIOD } from './descriptors.js';
import { prune } from './codec.js';
import { createController } from './controller.js';
import { clearedInputs } from './answer.js';
import { createSidebar } from './views/sidebar.js';
import { createHeading } from './views/heading.js';
import { createInputs } from './views/inputs.js';
import { createResults } from './views/results.js';
import { createSolution } from './views/solution.js';
import { createCheck } from './views/check.js';
import { createAnswerBar } from './views/answer-bar.js';
import { createPrintHead } from './views/print.js';
import { wireActions } from './actions.js';

// An element of the live page: never one of the first screen's prerendered copies, which
// carry the same classes (they have no test ids, so byTestId needs no such care).
const live = (doc, selector) => doc.querySelector(`${selector}:not(.prerender *)`);

const setSlice = (store, change) => store.update((s) => {
  const next = change(s.calculator);
  return next === s.calculator ? s : { ...s, calculator: next };
});

function createViews(doc, store, hooks) {
  const setCheck = (patch) => setSlice(store, (c) => ({ ...c, check: { ...c.check, [c.calc]: { ...c.check[c.calc], ...patch } } }));
  const sidebar = createSidebar(doc, {
    onCalculation: (id) => {
      setSlice(store, (c) => (c.calc === id ? c : { ...c, calc: id, checked: false, preset: null }));
      byTestId(doc, 'calc-title').scrollIntoView?.({ block: 'nearest' });
    },
    onPreset: (preset) => hooks.loadPreset(preset),
  });
  byTestId(doc, 'clear-inputs').addEventListener('click', () => hooks.clear());
  return {
    sidebar,
    chrome: createHeading(doc, { sidebar, setPeriodEnabled: hooks.setPeriodEnabled }),
    main: live(doc, 'main'),
    inputs: createInputs(byTestId(doc, 'inputs-form'), {
      onInput: (name, text) => setSlice(store, (c) => {
        // A rate period chosen equal to the page's Period is no choice of its own: it follows.
        const kept = FOLLOWS_PERIOD.has(name) && text === store.get().period ? '' : text;
        return { ...c, inputs: { ...c.inputs, [c.calc]: { ...c.inputs[c.calc], [name]: kept } } };
      }),
    }),
    results: createResults(byTestId(doc, 'results'), { onConvention: (convention) => setCheck({ convention }) }),
    steps: createSolution(live(doc, '.solution-card')),
    check: createCheck(live(doc, '.check-card'), {
      onAnswer: (answer) => setCheck({ answer }),
      onCheck: () => setSlice(store, (c) => (c.checked ? c : { ...c, checked: true })),
      onResult: (result) => setCheck({ result }),
    }),
    answerBar: createAnswerBar(byTestId(doc, 'answer-bar'), live(doc, '.headline')),
    print: createPrintHead(doc),
    exampleNote: byTestId(doc, 'example-note'),
  };
}

// When the page's Period switch moves, every rate period the user set by hand follows it again
// (a link that sets both at once keeps its own).
function followPeriodSwitch(store) {
  store.subscribe((state, previous) => {
    if (state.period === previous.period || state.calculator.inputs !== previous.calculator.inputs) return;
    const inputs = Object.fromEntries(Object.entries(state.calculator.inputs).map(([id, texts]) =>
      [id, Object.fromEntries(Object.entries(texts).filter(([name]) => !FOLLOWS_PERIOD.has(name)))]));
    setSlice(store, (c) => ({ ...c, inputs }));
  });
}

function showEngineFailure(doc, error) {
  const box = byTestId(doc, 'engine-error');
  box.hidden = false;
  box.textContent = `${t('ui', 'engine_failed')} (${error.message})`;
}

// app: {doc, store, engines, shell, notify, noteIgnored(parts), writeNow, dropPrerender()}.
// Resolves once the first answer is on screen (or the engine failed).
export async function mount(app) {
  const { doc, store } = app;
  const engine = app.engines.get('calculator');
  // Filled once the presets and exports are wired (actions.js); the sidebar works before that.
  const hooks = { loadPreset: () => {}, presets: () => [], clear: () => {}, setPeriodEnabled: app.shell.setPeriodEnabled };
  const views = createViews(doc, store, hooks);
  const showHeading = () => views.chrome.show(store.get(), null);
  const unwatch = store.watch((s) => [s.words, s.calculator.calc, s.calculator.preset], showHeading);
  showHeading();
  views.sidebar.translate([], store.get().calculator.calc);
  let calcs;
  try {
    await engine.ready;
    const described = await engine.evaluate({ version: 1, calculation: 'describe' });
    if (!described.ok) throw new Error(described.problems.map((p) => p.code).join(', '));
    calcs = describeCalculations(described.result);
  } catch (error) {
    app.dropPrerender();  // its answer would pose as live
    showEngineFailure(doc, error);
    return;
  }
  unwatch();
  byTestId(doc, 'engine-version').textContent = await engine.version();
  const pruned = prune(store.get().calculator, calcs);
  setSlice(store, () => pruned.slice);
  app.noteIgnored(pruned.ignored);
  hooks.clear = () => setSlice(store, (c) => ({ ...c, preset: null,
    inputs: { ...c.inputs, [c.calc]: { ...c.inputs[c.calc], ...clearedInputs(calcs.byId[c.calc]) } } }));
  followPeriodSwitch(store);  // before the controller listens, so a switch is answered once
  const controller = createController({ store, engine, calcs, views, notify: app.notify });
  store.watch((s) => s.words, () => views.sidebar.translate(hooks.presets(), store.get().calculator.calc));
  await controller.rebuild();
  wireActions({ ...app, engine, calcs, controller, views, hooks, live: (selector) => live(doc, selector) });
}
