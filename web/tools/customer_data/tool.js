// The customer data tool: its words (i18n/) and styles load when it is first opened, its engine
// (the clvcalc-data module) starts in a Worker, and its views are built inside the page's
// [data-tool="customer_data"] root. The choices it offers come from the core's description.
import { addCatalogue, t } from '../../i18n/i18n.js';
import { h, byTestId } from '../../ui/dom.js';
import { createLoad } from './views/load.js';
import { createMapping } from './views/mapping.js';
import { createProgress } from './views/progress.js';
import { createProblems } from './views/problems.js';
import { createSummary } from './views/summary.js';
import { createSql } from './views/sql.js';
import { createController } from './controller.js';
import { createShelf, SAMPLE_ID, SAMPLE_SUMMARY_ID } from './shelf.js';
import { createBrought } from './views/brought.js';
import { createFit } from './views/fit.js';
import { createValidation } from './views/validation.js';
import { createRetention } from './views/retention.js';
import { createDiscrete } from './views/discrete.js';
import { prune } from './codec.js';

const FOLDER = 'tools/customer_data/';

function loadStyles(doc) {
  if (doc.querySelector('link[data-tool-styles="customer_data"]')) return;
  doc.head.append(h('link', { rel: 'stylesheet', href: `${FOLDER}data.css`, dataset: { toolStyles: 'customer_data' } }),
                  h('link', { rel: 'stylesheet', href: `${FOLDER}models.css`, dataset: { toolStyles: 'customer_data_models' } }));
}

function layout(root) {
  const part = (tag, testid) => h(tag, { dataset: { testid } });
  const parts = {
    title: h('h1', { dataset: { testid: 'data-title' } }), about: h('p.calc-about'),
    load: part('section.card.load-card', 'data-load'), problems: h('ul.notes.problems', { hidden: true, dataset: { testid: 'data-problems' }, attrs: { role: 'alert' } }),
    progress: part('div.card.progress-card', 'data-progress'), mapping: part('section.card', 'data-mapping'),
    summary: part('section.card', 'data-summary'), brought: part('section.card', 'data-brought'),
    fit: part('section.card', 'data-fit-card'), validation: part('section.card', 'data-validation-card'), sql: part('section.card', 'data-sql-card'),
    retention: part('section.card', 'data-sbg-card'), discrete: part('section.card', 'data-bgbb-card'),
  };
  const main = h('main.data-main', [h('div.calc-head', [parts.title, parts.about]), parts.load, parts.problems, parts.progress,
                                    parts.mapping, parts.summary, parts.brought, parts.fit, parts.validation, parts.discrete, parts.retention, parts.sql]);
  root.replaceChildren(main);
  return parts;
}

// {name: [allowed words]} of the choice fields, and the summary_sql names' default words.
function described(result) {
  const byName = Object.fromEntries(result.calculations.map((c) => [c.name, c]));
  const choices = {};
  const defaults = {};
  for (const calc of ['summarise_transactions', 'summary_sql', 'fit_model']) {
    for (const field of byName[calc]?.fields ?? []) {
      if (field.kind === 'choice') choices[field.name] = field.allowed ?? field.choices;
      if (field.kind === 'text' && typeof field.default === 'string') defaults[field.name] = field.default;
    }
  }
  return { choices, defaults };
}

export async function mount(app) {
  const { doc, store } = app;
  const root = byTestId(doc, 'data-tool');
  loadStyles(doc);
  await addCatalogue(`${FOLDER}i18n/`);
  const parts = layout(root);
  const words = () => { parts.title.textContent = t('tool', 'customer_data'); parts.about.textContent = t('data', 'about'); };
  words();
  store.watch((s) => s.words, words);
  const engine = app.engines.get('customer_data', 'worker');
  let info;
  try {
    await engine.ready;
    const response = await engine.evaluate({ version: 1, calculation: 'describe' });
    if (!response.ok) throw new Error(response.problems.map((p) => p.code).join(', '));
    info = described(response.result);
  } catch (error) {
    parts.problems.hidden = false;
    parts.problems.replaceChildren(h('li', { dataset: { testid: 'data-engine-error' }, textContent: `${t('ui', 'engine_failed')} (${error.message})` }));
    return;
  }
  const pruned = prune(store.get().customer_data, info.choices);
  store.update((s) => ({ ...s, customer_data: pruned.slice }));
  app.noteIgnored(pruned.ignored);
  const setSlice = (patch) => store.update((s) => ({ ...s, customer_data: { ...s.customer_data, ...patch } }));
  let controller = null;
  const views = {
    load: createLoad(parts.load, {
      onFile: (file) => controller.loadFile(file),
      onSample: (kind) => controller.open(kind === 'summary' ? SAMPLE_SUMMARY_ID : SAMPLE_ID,
        { source: kind, columns: { customer: null, date: null, amount: null, quantity: null }, date_format: 'auto' }),
      onOpen: (id) => controller.open(id),
      onForget: (id) => controller.forget(id),
      onSource: (source) => setSlice({ source }),
    }),
    mapping: createMapping(parts.mapping, { onChange: (patch) => setSlice(patch), onSummarise: () => controller.summarise() }),
    progress: createProgress(parts.progress, { onCancel: () => controller.cancel() }),
    problems: createProblems(parts.problems),
    summary: createSummary(parts.summary, { onDownload: () => controller.downloadSummary() }),
    brought: createBrought(parts.brought, { onChange: (patch) => setSlice(patch) }),
    sql: createSql(parts.sql),
    fit: createFit(parts.fit, { onModel: (model) => setSlice({ model }), onFit: () => controller.fit.fit(),
                                onPredict: (settings) => controller.fit.predict(settings), onDownload: () => controller.fit.download(),
                                onDownloadTiers: () => controller.fit.downloadTiers(), onOpenWorkbench: () => controller.fit.openWorkbench() }),
    retention: createRetention(parts.retention, { onFit: (settings) => controller.retention.fit(settings), onExample: () => controller.retention.example() }),
    discrete: createDiscrete(parts.discrete, { onFit: (settings) => controller.discrete.fit(settings), onExample: () => controller.discrete.example(),
                                               onFile: (file) => controller.discrete.readFile(file) }),
    validation: createValidation(parts.validation),
  };
  controller = createController({ app, engine, views, shelf: createShelf(), choices: info.choices, defaults: info.defaults });
  await controller.start();
}
