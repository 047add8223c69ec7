// The workbench tool: a consultant's model of one client. Mounted when first opened: its markup,
// its words (tools/workbench/i18n/), its own wasm module (the workbench family), then one answer
// loop per part of the dashboard. If the engine cannot start, one message says so in the
// user's language and the rest of the page keeps working.
import { t, addCatalogue } from '../../i18n/i18n.js';
import { byTestId } from '../../ui/dom.js';
import { until } from '../../app/store.js';
import { describeForms } from './descriptors.js';
import { describeTables } from './tables.js';
import { prune } from './codec.js';
import { knownNames } from './known.js';
import { createLayout, translateLayout } from './views/layout.js';
import { createUnitEconomics } from './unit-economics.js';
import { wireHead } from './head.js';
import { createPrint } from './views/print.js';
import { mountSections } from './sections.js';
import { setWorkbench } from './slice.js';

function showEngineFailure(root, error) {
  const box = byTestId(root, 'wb-engine-error');
  box.hidden = false;
  box.textContent = `${t('ui', 'engine_failed')} (${error.message})`;
  root.querySelector('.wb-grid').hidden = true;  // empty cards would pose as a dashboard
}

// The tool's stylesheet, found from the page (this file may be bundled elsewhere); resolves once
// it applies (or failed: the dashboard still works, unstyled).
function loadStyles(doc) {
  const link = doc.createElement('link');
  link.rel = 'stylesheet';
  link.href = new URL('tools/workbench/workbench.css', doc.baseURI).href;
  const loaded = new Promise((resolve) => { link.onload = resolve; link.onerror = resolve; });
  doc.head.append(link);
  return loaded;
}

async function describe(engine) {
  await engine.ready;
  const described = await engine.evaluate({ version: 1, calculation: 'describe' });
  if (!described.ok) throw new Error(described.problems.map((p) => p.code).join(', '));
  return described.result;
}

// app: {doc, store, engines, shell, notify, noteIgnored(parts), writeNow}. Resolves once the
// first dashboard is on screen (or the engine failed).
export async function mount(app) {
  const { doc, store } = app;
  const engine = app.engines.get('workbench');
  const styled = loadStyles(doc);
  const root = createLayout(doc, store.get().tool === 'workbench');
  await Promise.all([addCatalogue('tools/workbench/i18n/').catch(() => {}), styled]);
  translateLayout(root);
  store.watch((s) => s.words, () => translateLayout(root));
  let described;
  try {
    described = await describe(engine);
  } catch (error) {
    showEngineFailure(root, error);
    return;
  }
  const calcs = describeForms(described);
  calcs.tables = describeTables(calcs.byName);
  const pruned = prune(store.get().workbench, knownNames(calcs));
  setWorkbench(store, () => pruned.slice);
  app.noteIgnored(pruned.ignored);
  const print = createPrint(root);
  const ue = createUnitEconomics({ root, store, engine, calcs, notify: app.notify,
                                   hooks: { onAnswer: (state) => print.render(state, ue.calc) } });
  store.watch((s) => [s.workbench.client, s.words], () => print.render(store.get(), ue.calc));
  const sections = mountSections({ root, store, engine, heavyEngine: app.engines.get('workbench', 'worker'), calcs, notify: app.notify });
  wireHead({ root, store, calcs, notify: app.notify, writeNow: app.writeNow,
             current: () => ({ ue: ue.current(), ...sections.current() }) });
  await ue.first;
  await until(store, (s) => s.words === s.lang);
}
