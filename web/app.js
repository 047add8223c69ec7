// The page's loop: state -> request -> core -> views. Holds the state, keeps the URL and
// localStorage in step with it, and decides what is current, stale or checked.
import { loadLanguage, t } from './i18n.js';
import { byId, conventionNames } from './calculations.js';
import { buildRequest, withCheck } from './request.js';
import * as codec from './state.js';
import { makeFormat } from './format.js';
import { splitField, problemText } from './views/messages.js';
import { createChrome } from './views/chrome.js';
import { createInputs } from './views/inputs.js';
import { createResults } from './views/results.js';
import { renderSteps } from './views/steps.js';
import { createCheck } from './views/check.js';
import { createNotify } from './views/notify.js';
import { createAnswerBar } from './views/answer-bar.js';

// A user-timing entry for the speed budgets, replacing the previous one of the same name so
// entries do not pile up while someone types (observers still see every one).
function markDone(name, start) {
  performance.clearMeasures(name);
  performance.clearMarks(name);
  if (start === undefined) performance.mark(name);
  else performance.measure(name, { start });
}

// The first screen baked into index.html for a first visit (scripts/prerender.mjs) gives way to
// the live page, which has just rendered the same state. Returns whether one was shown.
function dropPrerender(doc) {
  const shown = doc.documentElement.hasAttribute('data-prerender');
  for (const copy of doc.querySelectorAll('.prerender')) copy.remove();
  doc.documentElement.removeAttribute('data-prerender');
  return shown;
}

// Starts the page; `opening` holds what main.js began early: {engineReady, state, languageReady}.
export async function startApp(doc, opening) {
  const { engineReady } = opening;
  let { state } = opening;
  await opening.languageReady;
  const found = new Map();
  const q = (id) => {
    if (!found.has(id)) found.set(id, doc.querySelector(`[data-testid="${id}"]`));
    return found.get(id);
  };

  // An element of the live page by selector: never one of the first screen's prerendered copies,
  // which carry the same classes (they have no test ids, so q() needs no such care).
  const live = (selector) => doc.querySelector(`${selector}:not(.prerender *)`);

  const { toast, announce } = createNotify(q('toast'), q('live'));
  const mainEl = live('main');
  const headlineLabel = live('.headline-label');
  const answerBar = createAnswerBar(q('answer-bar'), live('.headline'));
  const lastGood = new Map();   // calculation -> {request, response}: shown, marked stale, while input is bad
  let current = null;           // {calc, request, response, good}
  let checkShown = false;       // re-check on every change once the user has asked
  let presetNote = null;
  let chart = null;             // created on first chart; uPlot itself loads on first draw
  let exporter = null;
  let presets = [];

  const fmtNow = () => makeFormat(state.lang, state.currency, state.period);
  const calcNow = () => byId[state.calc];
  const convention = () => state.check[state.calc]?.convention ?? conventionNames[0];
  const currencySymbol = () => new Intl.NumberFormat(state.lang, { style: 'currency', currency: state.currency })
    .formatToParts(0).find((p) => p.type === 'currency')?.value ?? state.currency;

  // The URL and localStorage are written when typing pauses (replaceState alone costs ~0.5 ms,
  // more than an answer), at once before a link is shared or saved, and when the page is left.
  let persistTimer = 0;
  let written = location.hash;
  function persistNow() {
    clearTimeout(persistTimer);
    persistTimer = 0;
    written = codec.encodeHash(state);
    history.replaceState(null, '', written);
    codec.store(state, written);
  }
  function persist() {
    if (!persistTimer) persistTimer = setTimeout(persistNow, 250);
  }
  // Not replaceState here: a reload already has its URL, and must find `written` equal to it.
  addEventListener('pagehide', () => { clearTimeout(persistTimer); persistTimer = 0; codec.store(state, written); });
  doc.addEventListener('visibilitychange', () => { if (doc.hidden && persistTimer) persistNow(); });

  function setCheck(patch) {
    state.check[state.calc] = { ...state.check[state.calc], ...patch };
  }

  const chrome = createChrome(doc, {
    onLanguage: async (lang) => { state.lang = lang; await loadLanguage(lang); retranslate(); },
    onCurrency: (c) => { state.currency = c; rebuild(); },
    onPeriod: (p) => { state.period = p; rebuild(); },
    onCalculation: (id) => { state.calc = id; checkShown = false; presetNote = null; rebuild(); q('calc-title').scrollIntoView?.({ block: 'nearest' }); },
    onPreset: (p) => loadPreset(p),
    onShare: () => share(),
  });
  const inputs = createInputs(q('inputs-form'), {
    onInput: (name, text) => {
      (state.inputs[state.calc] ??= {})[name] = text;
      update();
    },
  });
  const results = createResults(q('results'), {
    onConvention: (c) => { setCheck({ convention: c }); update(); },
  });
  const check = createCheck(live('.check-card'), {
    onAnswer: (text) => { setCheck({ answer: text }); if (checkShown) renderCheck(); persist(); },
    onCheck: () => { checkShown = true; renderCheck(); },
  });

  // The check request: the same request plus {answer, result, convention}; its verdict worded.
  function checkOutcome() {
    const calc = calcNow();
    const answer = state.check[state.calc]?.answer ?? '';
    if (!answer.trim()) return { kind: 'note', text: t('check', 'empty') };
    if (!current?.response.ok) return { kind: 'note', text: t('check', 'fix_inputs') };
    const unit = calc.conventions ? 'money' : calc.results[calc.headline];
    const request = withCheck(current.request, answer, calc.conventions ? 'clv' : calc.headline,
                              calc.conventions ? convention() : undefined, unit === 'rate');
    const response = engine.evaluate(request);
    if (response.ok && response.check) return { kind: 'result', check: response.check };
    const own = response.problems.find((p) => p.field.startsWith('check.'));
    if (own) return { kind: 'note', text: problemText({ problem: own }, { kind: unit === 'rate' ? 'rate' : 'money' }, fmtNow()) };
    return { kind: 'note', text: t('check', 'unavailable') };
  }

  function renderCheck() {
    const calc = calcNow();
    const fmt = fmtNow();
    const what = calc.conventions
      ? `${t('name', 'clv')} (${t('convention_short', convention(), { period: t('period', state.period) })})`
      : t('name', calc.headline, { period: t('period', state.period) });
    check.render({ answer: state.check[state.calc]?.answer ?? '', label: what, fmt,
                   unit: calc.conventions ? 'money' : calc.results[calc.headline] ?? 'money',
                   periodWord: t('period', state.period), outcome: checkShown ? checkOutcome() : null });
  }

  function conventionLine(calc, result) {
    const p = { period: t('period', state.period) };
    if (!result) return '';
    if (calc.conventions) return t('convention', 'retention_intro', { ...p, chosen: t('convention', convention(), p) });
    if (calc.table) return `${t('convention', `timing_${result.timing}`, p)} ${t('convention', `horizon_${result.horizon}`, p)}`;
    if (calc.id === 'simple_clv') return t('convention', `basis_${result.basis}`, p);
    return t('convention', `calc_${calc.id}`, p);
  }

  // Evaluates the current inputs and renders every view from the answer.
  function update() {
    const calc = calcNow();
    const fmt = fmtNow();
    const raw = codec.rawInputs(state, calc);
    inputs.refresh(raw);  // which alternative is shown, and the "= 5%" echo of rate fields
    const request = buildRequest(calc, raw, state);
    const response = engine.evaluate(request);
    if (response.ok) lastGood.set(calc.id, { request, response });
    const good = response.ok ? { request, response } : lastGood.get(calc.id) ?? null;
    current = { calc, request, response, good };

    const own = [];
    const general = [];
    for (const problem of response.problems) {
      const { name, index } = splitField(problem.field);
      (inputs.knows(name) ? own : general).push({ name, index, problem });
    }
    inputs.showProblems(own, fmt);
    const result = good?.response.result ?? null;
    const isStale = !response.ok && Boolean(good);
    results.render({ calc, response: good?.response, isStale, general, fmt, period: state.period, convention: convention() });
    mainEl.classList.toggle('is-stale', isStale);

    const steps = good?.response.steps ?? [];
    renderSteps(q('steps'), steps, fmt, state.period);
    const stepsNote = q('steps-note');
    // Retention CLV's steps sit with each convention; the convention line below already says so.
    stepsNote.hidden = steps.length > 0 || Boolean(calc.conventions && result);
    stepsNote.textContent = t('ui', 'steps_none');
    q('convention').textContent = conventionLine(calc, result);

    scheduleExtras();
    renderCheck();
    const headline = q('result-value').textContent;
    answerBar.show({ labelText: headlineLabel.textContent, valueText: headline, stale: isStale });
    announce(`${headlineLabel.textContent}: ${headline}${isStale ? ` (${t('ui', 'stale')})` : ''}`);
    persist();
    markDone('clvcalc:updated');  // for the keystroke budget (tests/bench/page_bench.mjs)
  }

  // The period-by-period cards, chart and breakdown sit below the answer and cost more to build
  // than everything else: their modules load after the first answer, and they are drawn once
  // per frame, however fast the keystrokes come.
  let extrasFrame = 0;
  let extras = null;
  const scheduleCard = live('.schedule-card-wrap');
  const breakdownCard = live('.breakdown-card');
  function extrasModules() {
    extras ??= Promise.all([import('./views/schedule.js'), import('./views/charts.js'), import('./views/breakdown.js')])
      .then(([schedule, charts, breakdown]) => ({ schedule, charts, breakdown }));
    return extras;
  }
  function scheduleExtras() {
    const calc = calcNow();
    if (!(calc.conventions || calc.table)) scheduleCard.hidden = true;
    if (!(calc.shares || calc.families)) breakdownCard.hidden = true;
    if (extrasFrame) return;
    extrasFrame = requestAnimationFrame(() => {
      extrasModules().then((m) => { extrasFrame = 0; renderExtras(m); }, () => { extrasFrame = 0; });
    });
  }
  function renderExtras(m) {
    const started = performance.now();
    const calc = calcNow();
    const fmt = fmtNow();
    const result = current.good?.response.result ?? null;
    scheduleCard.hidden = !(calc.conventions || calc.table) || !result;
    const spec = m.schedule.renderSchedule(q('schedule'), { calc, result, fmt, period: state.period, convention: convention() });
    let drawn = null;
    if (spec) {
      chart ??= m.charts.createChart(q('chart'));
      drawn = chart.show(spec);
    } else chart?.clear();
    exporter?.setChartAvailable(Boolean(spec));
    breakdownCard.hidden = !((calc.shares || calc.families) && m.breakdown.renderBreakdown(q('breakdown'), { calc, result, fmt }));
    // The chart draws in a microtask; the measure follows it (for the keystroke budget).
    Promise.resolve(drawn).then(() => { markDone('clvcalc:extras', started); });
  }

  function rebuild() {
    const calc = calcNow();
    chrome.sync(state);
    chrome.setPeriodEnabled(Boolean(calc.period));
    q('calc-title').textContent = t('calc_name', calc.id);
    q('calc-about').textContent = t('calc_about', calc.id);
    const note = q('preset-note');
    note.hidden = !presetNote;
    note.textContent = presetNote ? t('preset_note', presetNote.id, { name: t('preset', presetNote.id) }) : '';
    inputs.build({ calc, raw: codec.rawInputs(state, calc), period: state.period, currencySymbol: currencySymbol(), fmt: fmtNow() });
    update();
  }

  function retranslate() {
    chrome.translate(state, presets);
    rebuild();
  }

  function loadPreset(preset) {
    try {
      state = codec.fromRequest(preset.request, state, preset.raw);
    } catch { return; }
    if (preset.convention) setCheck({ convention: preset.convention });
    presetNote = preset;
    checkShown = false;
    rebuild();
    toast(t('ui', 'preset_loaded', { name: t('preset', preset.id) }));
  }

  async function share() {
    persistNow();
    const url = location.href;
    try {
      await navigator.clipboard.writeText(url);
      toast(t('ui', 'link_copied'));
    } catch {
      toast(`${t('ui', 'link_here')} ${url}`);
    }
  }

  async function importText(text) {
    try {
      const next = codec.importDocument(text, state);
      const langChanged = next.lang !== state.lang;
      state = next;
      checkShown = false;
      presetNote = null;
      if (langChanged) await loadLanguage(state.lang);
      retranslate();
      toast(t('ui', 'imported'));
    } catch (e) {
      toast(t('ui', `import_${e.message}`));
    }
  }

  // Someone pasted another share link into this tab.
  addEventListener('hashchange', async () => {
    if (location.hash === codec.encodeHash(state)) return;  // replaceState fires no event; this is a pasted link
    const next = codec.decodeHash(location.hash, state);
    if (next === state) return;
    const langChanged = next.lang !== state.lang;
    state = next;
    if (langChanged) await loadLanguage(state.lang);
    retranslate();
  });

  chrome.translate(state, []);
  let engine;
  try {
    engine = await engineReady;
    performance.mark('clvcalc:engine-ready');
  } catch (error) {
    dropPrerender(doc);  // its answer would pose as live
    const box = q('engine-error');
    box.hidden = false;
    box.textContent = `${t('ui', 'engine_failed')} (${error.message})`;
    return;
  }
  q('engine-version').textContent = engine.version();
  rebuild();
  // For the speed budget (tests/bench/page_bench.mjs): a first visit's first result was the
  // prerendered one, marked by index.html; 'clvcalc:live' is when the page answers typing.
  if (!dropPrerender(doc)) performance.mark('clvcalc:first-result');
  performance.mark('clvcalc:live');
  // Presets and the export tools are not needed for the first answer: load them after it.
  fetch(new URL('presets.json', import.meta.url)).then((r) => r.json())
    .then((d) => { presets = d.presets ?? []; chrome.translate(state, presets); })
    .catch(() => { /* the page works without presets */ });
  import('./views/export.js').then(({ createExport }) => {
    exporter = createExport(live('.export-card'), {
      document: () => { persistNow(); return codec.exportDocument(state, current.request, current.response); },
      chartPng: async () => (chart ? chart.toPng(`${t('calc_name', state.calc)} · ${t('ui', 'chart_title')}`) : null),
      onImport: importText,
      notify: toast,
    });
    exporter.setChartAvailable(Boolean(chart?.hasChart()));
  });
}
