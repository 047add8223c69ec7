// A part of the dashboard that is one calculation's form and its answer: the form (grouped, the
// demo's numbers until typed over), every described result (views/result-view.js), an optional
// chart of its own, the worked steps, warnings and problems; the last good answer kept, marked
// stale, while an input is bad. Loyalty programme, win-back, value composition and the cost
// structure over two periods are each one of these.
import { t, language } from '../../i18n/i18n.js';
import { h, byTestId, setText, syncChildren } from '../../ui/dom.js';
import { renderSteps } from '../../ui/steps.js';
import { warningText, problemText } from '../../ui/messages.js';
import { shallowEqual } from '../../app/store.js';
import { buildRequest } from '../calculator/request.js';
import { createInputs } from '../calculator/views/inputs.js';
import { FOLLOWS_PERIOD } from './descriptors.js';
import { formTexts, demoFields, linkedFields, splitProblems } from './answer.js';
import { createResultView } from './views/result-view.js';
import { answerLoop } from './loop.js';
import { setForm } from './slice.js';
import { fmtOf } from './unit-economics.js';

function skeleton(section, form) {
  const body = section.querySelector('.wb-section-body');
  const stale = h('span.stale-badge', { hidden: true, textContent: t('wb', 'stale'), dataset: { testid: `wb-stale-${form}`, i18nWb: 'stale' } });
  section.querySelector('.card-head').append(stale);
  const parts = {
    form: h('form.inputs.wb-section-form', { noValidate: true, autocomplete: 'off', dataset: { testid: `wb-form-${form}` } }),
    answer: h('div.wb-section-answer'),
    chart: h('div.wb-section-chart'),
    warnings: h('ul.notes.warnings', { hidden: true }),
    problems: h('ul.notes.problems', { hidden: true }),
    steps: h('ol.steps', { dataset: { testid: `wb-steps-${form}` } }),
    linkNote: h('p.example-note', { hidden: true, dataset: { testid: `wb-link-note-${form}` } }),
    stale,
  };
  const details = h('details.wb-section-steps', [h('summary', [h('span', { dataset: { i18nWb: 'steps' }, textContent: t('wb', 'steps') })]), parts.steps]);
  body.append(h('div.wb-cols', [h('div', [parts.linkNote, parts.form]), h('div', [parts.answer, parts.chart, parts.warnings, parts.problems, details])]));
  return parts;
}

function notes(list, items, key, text) {
  syncChildren(list, items, (x) => `${language()}|${key(x)}`, () => h('li'), (li, x) => setText(li, text(x)));
  list.hidden = items.length === 0;
}

// A return on investment reads as a percentage (the core's unit says only "a ratio").
const asShown = (specs) => specs.map((r) => (r.name === 'roi' ? { ...r, unit: 'share' } : r));

// calc: the form's descriptor (descriptors.js); resultSpecs: the described results; chart
// (optional): {node, render(state, response, fmt)}; base (optional): {key(state), add(state,
// request)} for a calculation built on another's request (sensitivity on unit economics).
export function createFormSection({ section, store, engine, calc, resultSpecs, chart, skip = [], base }) {
  section.hidden = false;
  const parts = skeleton(section, calc.form);
  const inputs = createInputs(parts.form, {
    onInput: (name, text) => setForm(store, calc.form, name, FOLLOWS_PERIOD.has(name) && text === store.get().period ? '' : text),
  });
  const view = createResultView(asShown(resultSpecs), { skip, testPrefix: `wb-${calc.form}` });
  parts.answer.append(view.node);
  if (chart) parts.chart.append(chart.node);

  function build(state) {
    const fmt = fmtOf(state);
    inputs.build({ calc, raw: formTexts(state.workbench, calc, state.period), period: state.period,
                   idScope: `wb-${calc.form}`, currencySymbol: fmt.currencySymbol, fmt });
  }

  function show(state, response, good, isStale) {
    const fmt = fmtOf(state);
    inputs.refresh(formTexts(state.workbench, calc, state.period), demoFields(state.workbench, calc));
    // Fields that show the dashboard's numbers say so (descriptors.js LINKS).
    const linked = linkedFields(state.workbench, calc);
    for (const row of parts.form.querySelectorAll('.field')) row.classList.toggle('is-linked', linked.has(row.dataset.field));
    parts.linkNote.hidden = linked.size === 0;
    setText(parts.linkNote, t('wb', `linked_note_${calc.form}`));
    const { own, general } = splitProblems(response?.problems, inputs.knows);
    inputs.showProblems(own, fmt);
    view.render(good?.result ?? null, fmt, state.period);
    chart?.render(state, good, fmt);
    renderSteps(parts.steps, good?.steps ?? [], fmt, state.period, 4);
    notes(parts.warnings, good?.warnings ?? [], (w) => w.code, (w) => warningText(w, fmt));
    notes(parts.problems, general, (x) => `${x.problem.code}|${x.problem.field}`, (x) => problemText(x, null, fmt));
    parts.stale.hidden = !isStale;
    section.classList.toggle('is-stale', isStale);
  }

  const loop = answerLoop(store, engine, {
    key: (s) => [s.words, s.currency, s.period, s.workbench.forms[calc.form], ...(base ? base.key(s) : [])],
    request: (s) => {
      const request = buildRequest(calc, formTexts(s.workbench, calc, s.period), { period: s.period });
      return base ? base.add(s, request) : request;
    },
    show,
  });
  let formKey = null;
  const rebuildOnWords = (s) => {
    const next = [s.words, s.currency, s.period];
    if (!shallowEqual(next, formKey)) { formKey = next; build(s); }
  };
  store.subscribe(rebuildOnWords);
  rebuildOnWords(store.get());
  loop.run();
  return { current: loop.current };
}
