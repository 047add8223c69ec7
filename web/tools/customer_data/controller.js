// The customer data tool's loop: a file (dropped, picked, a sample, or one kept in this
// browser) is read, previewed by the core, mapped by the user and summarised in the engine's
// Worker, with progress and Cancel (the steps: flows.js). What the user loaded is kept in
// IndexedDB; the settings live in the store (and so in the link). Every number shown comes from
// a core response.
import { t } from '../../i18n/i18n.js';
import { makeFormat } from '../../ui/format.js';
import { summariseRequest } from './requests.js';
import { summaryCsv, download } from './csv.js';
import { dataProblemText } from './views/problems.js';
import { createSqlPanel } from './sql-panel.js';
import * as flows from './flows.js';
import { createFitPanel, PURCHASE_MODELS } from './fit-panel.js';
import { createValidationPanel } from './validation-panel.js';
import { createRetentionPanel } from './retention-panel.js';
import { createDiscretePanel } from './discrete-panel.js';

const OPTION_KEYS = ['columns', 'date_format', 'returns', 'time_unit', 'grouping', 'observation_end', 'calibration_end'];

function renderAll(c) {
  const { model, views } = c;
  const s = c.store.get();
  const source = c.slice().source;
  const own = model.file?.kind === source;  // the file open is of the kind chosen
  views.load.render({ source, file: model.file && { ...model.file, decodedFrom: model.decodedFrom }, kept: model.kept, lang: s.lang });
  views.mapping.render(own && source === 'transactions' ? model.preview?.result ?? null : null, c.slice(), c.choices);
  // Problems are kept as the core sent them (or as a word of the catalogue), worded when shown.
  const fileName = model.problemFile ?? model.file?.name;
  views.problems.show(model.problems.map((p) => (p.word ? t('data', p.word, p.params) : dataProblemText(p, c.fmt(), fileName))));
  const settings = model.head ? flows.settingsOf(summariseRequest(c.slice(), '', model.preview?.result)) : null;
  views.summary.render(own && source === 'transactions' ? model.summary : null, c.fmt(), { stale: Boolean(model.summary) && model.summarySettings !== settings });
  views.brought.render(own && source === 'summary' ? model.brought : null, c.fmt(), c.slice(), c.choices);
  c.sql?.render();
  c.fit?.render();
  c.validation?.render(c.fit?.purchaseModel());
  c.retention?.render();
  c.discrete?.render();
}

// Runs one piece of work with the progress bar and Cancel; a new piece cancels the last.
async function run(c, phase, work) {
  if (c.job) { c.job.superseded = true; c.job.abort(); }
  const controller = new AbortController();
  c.job = controller;
  c.views.progress.show(phase);
  try {
    return await work(controller.signal, (next, fraction) => c.views.progress.show(next, fraction));
  } catch (error) {
    if (error?.name === 'AbortError') {
      if (!controller.superseded) c.notify.toast(t('data', 'cancelled'));
      return null;
    }
    c.model.problems = [{ word: 'engine_failed', params: { message: error?.message ?? String(error) } }];
    c.render();
    return null;
  } finally {
    if (c.job === controller) { c.job = null; c.views.progress.hide(); }
  }
}

// The summary's CSV: written here from the columns on screen, or (a big file's summary, kept
// in the engine) by the core, slice by slice, in the Worker.
function downloadSummary(c) {
  if (!c.model.summary) return null;
  const name = `${String(c.model.file?.name ?? 'transactions').replace(/\.[^.]*$/, '')}-summary.csv`;
  if (!c.model.dataset) return download(c.doc, name, summaryCsv(c.model.summary.result));
  return run(c, 'saving', async (signal) => {
    const blob = await c.engine.summaryCsv(c.model.dataset, { signal });
    if (blob) download(c.doc, name, blob);
    else c.notify.toast(t('data', 'csv_gone'));
  });
}

export function createController({ app, engine, views, shelf, choices, defaults }) {
  const { store } = app;
  const c = {
    store, engine, views, shelf, choices, notify: app.notify, doc: app.doc, job: null,
    model: { file: null, bytes: null, blob: null, head: null, dataset: null, text: null, decodedFrom: null, preview: null, summary: null,
             summarySettings: null, brought: null, kept: [], problems: [], fits: {}, prediction: null, fitsFor: null, validation: null },
    slice: () => store.get().customer_data,
    setSlice: (patch) => store.update((s) => ({ ...s, customer_data: { ...s.customer_data, ...patch } })),
    fmt: () => makeFormat(store.get().lang, store.get().currency, store.get().period),
    render: () => renderAll(c),
  };
  c.sql = createSqlPanel({ engine, views, store, setSlice: c.setSlice, defaults, dialects: choices.dialect, notify: c.notify, fmt: c.fmt });
  // The models offered: the core's, those a customer summary can be fitted to (not the sBG's curve).
  const models = (choices.model ?? []).filter((m) => PURCHASE_MODELS.includes(m) || m === 'gamma_gamma');
  c.fit = createFitPanel(c, run, models);
  c.validation = createValidationPanel(c);
  // The models fitted to data of their own: the sBG's survivor curve, the BG/BB's histories.
  c.retention = createRetentionPanel(c, run);
  c.discrete = createDiscretePanel(c, run);
  const openDataset = (id) => run(c, 'opening', (signal, progress) => flows.openDataset(c, id, signal, progress));
  // Opens the file `id` with the settings `patch`; the summary is asked for again by the user.
  function open(id, patch = {}) {
    const same = c.slice().dataset === id;
    c.setSlice({ ...patch, dataset: id, summarised: false });
    if (same) openDataset(id);  // else the watch below opens it
  }
  store.watch((s) => s.customer_data.dataset, (id) => { if (id && id !== c.model.file?.id) openDataset(id); });
  store.watch((s) => OPTION_KEYS.map((k) => s.customer_data[k]), () => c.render());
  store.watch((s) => [s.words, s.currency, s.customer_data.source, s.customer_data.model], () => c.render());
  return {
    start: async () => { await flows.refreshKept(c); c.render(); if (c.slice().dataset) await openDataset(c.slice().dataset); },
    loadFile: (file) => run(c, 'reading', (signal, progress) => flows.loadFile(c, file, signal, progress)),
    summarise: () => c.model.head && run(c, 'summarising', (signal, progress) => flows.summariseNow(c, signal, progress)),
    open, openDataset,
    downloadSummary: () => downloadSummary(c),
    forget: (id) => flows.forget(c, id),
    cancel: () => c.job?.abort(),
    fit: c.fit, retention: c.retention, discrete: c.discrete,
    context: c,
  };
}
