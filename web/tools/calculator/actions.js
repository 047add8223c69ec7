// What the calculator offers beside its answer, wired once the first answer is on screen: the
// worked-example presets, and keep and share (JSON, CSV, chart PNG, print, opening a file).
// Neither is needed for the first answer, so both load after it.
import { t } from '../../i18n/i18n.js';
import { exportDocument, fromRequest, importDocument } from './document.js';
import { until } from '../../app/store.js';

// app: {doc, store, engine, calcs, controller, views, notify, writeNow, hooks, live(selector)}
export function wireActions(app) {
  const { store, calcs, notify } = app;
  let presets = [];

  app.hooks.loadPreset = (preset) => {
    let next;
    try {
      next = fromRequest(preset.request, store.get(), calcs, preset.raw);
    } catch { return; }
    const slice = next.calculator;
    if (preset.convention) slice.check = { ...slice.check, [slice.calc]: { ...slice.check[slice.calc], convention: preset.convention } };
    store.update(() => ({ ...next, calculator: { ...slice, preset: preset.id } }));
    notify.toast(t('ui', 'preset_loaded', { name: t('preset', preset.id) }));
  };
  app.hooks.presets = () => presets;

  fetch(new URL('tools/calculator/presets.json', document.baseURI)).then((r) => r.json())
    .then((d) => { presets = d.presets ?? []; app.views.sidebar.translate(presets, store.get().calculator.calc); })
    .catch(() => { /* the page works without presets */ });

  // The toast speaks the opened file's language, so it waits for its words.
  async function importText(text) {
    let next;
    try {
      next = importDocument(text, store.get(), calcs);
    } catch (e) {
      notify.toast(t('ui', `import_${e.message}`));
      return;
    }
    store.update(() => next);
    await until(store, (s) => s.words === next.lang);
    notify.toast(t('ui', 'imported'));
  }

  // The file of what is on screen: the request and the engine's answer to it.
  function currentDocument() {
    app.writeNow();
    const { calc, request, response } = app.controller.current();
    return exportDocument(store.get(), calc, request, response);
  }

  import('./views/export.js').then(({ createExport }) => {
    const exporter = createExport(app.live('.export-card'), {
      document: currentDocument,
      calc: () => calcs.byId[store.get().calculator.calc],
      chartPng: () => app.controller.extras.chartPng(),
      onImport: importText,
      notify: notify.toast,
    });
    exporter.setChartAvailable(app.controller.extras.hasChart());
    app.controller.extras.onChart((yes) => exporter.setChartAvailable(yes));
  });
}
