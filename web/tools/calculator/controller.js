// The calculator's loop: when what an answer depends on changes in the store, one request goes
// to the engine and every view is updated in place from the response. The form is rebuilt only
// when the calculation, language, currency or period changes; a keystroke only re-answers.
import { t } from '../../i18n/i18n.js';
import { makeFormat } from '../../ui/format.js';
import { problemText } from '../../ui/messages.js';
import { rawInputs, chosenConvention, checkTarget, requestFor, onlyCheckProblems, splitProblems, exampleFields } from './answer.js';
import { createExtras } from './extras.js';
import { markDone } from './marks.js';
import { shallowEqual } from '../../app/store.js';

// What a rebuilt form and a new answer depend on.
const formKey = (s) => [s.words, s.currency, s.period, s.calculator.calc, s.calculator.preset];
const answerKey = (s) => {
  const c = s.calculator;
  return [c.inputs[c.calc], c.checked, c.checked ? c.check[c.calc] : null, c.check[c.calc]?.convention, c.check[c.calc]?.result];
};

// views: {inputs, results, check, steps, answerBar, chrome}; see tool.js.
export function createController({ store, engine, calcs, views, notify }) {
  const lastGood = new Map();  // calculation -> response: shown, marked stale, while input is bad
  let latest = 0;              // the newest request; an older answer arriving later is dropped
  let current = null;          // {calc, request, response} on screen, for the saved file
  const extras = createExtras(views.main, () => store.get(), calcs);
  const fmtOf = (s) => makeFormat(s.lang, s.currency, s.period);

  function checkOutcome(slice, calc, response, checkNote) {
    if (!slice.checked) return null;
    if (checkNote === 'empty') return { kind: 'note', text: t('check', 'empty') };
    if (checkNote === 'invalid') {
      const unit = checkTarget(calc, chosenConvention(slice, calcs), slice.check[calc.id]?.result, rawInputs(slice, calc)).unit;
      return { kind: 'note', text: problemText({ problem: { field: 'check.answer', code: 'wrong_type' } }, { kind: unit }, fmtOf(store.get())) };
    }
    if (!response.ok) return { kind: 'note', text: t('check', 'fix_inputs') };
    return response.check ? { kind: 'result', check: response.check } : { kind: 'note', text: t('check', 'unavailable') };
  }

  function show(state, calc, response, checkNote) {
    const slice = state.calculator;
    const fmt = fmtOf(state);
    if (response.ok) lastGood.set(calc.id, response);
    const good = response.ok ? response : lastGood.get(calc.id) ?? null;
    const isStale = !response.ok && Boolean(good);
    const { own, general } = splitProblems(response.problems, views.inputs.knows);
    views.inputs.showProblems(own, fmt);
    const convention = chosenConvention(slice, calcs);
    views.results.render({ calc, inputs: rawInputs(slice, calc), response: good, isStale, general, fmt, period: state.period, convention, conventions: calcs.conventions });
    views.steps.render(calc, good, fmt, state.period, convention);
    views.check.render(slice, calc, fmt, convention, checkOutcome(slice, calc, response, checkNote));
    views.main.classList.toggle('is-stale', isStale);
    views.print.render(state, calc, rawInputs(slice, calc, state.period));
    const label = views.results.labelText();
    const value = views.results.headlineText();
    views.answerBar.show({ labelText: label, valueText: value, stale: isStale });
    notify.announce(`${label}: ${value}${isStale ? ` (${t('ui', 'stale')})` : ''}`);
    extras.schedule(calc, good?.result ?? null);
    markDone('clvcalc:updated');  // for the keystroke budget (tests/bench/page_bench.mjs)
  }

  // Evaluates the current inputs and renders every view from the answer.
  async function answer() {
    const state = store.get();
    const calc = calcs.byId[state.calculator.calc];
    const examples = exampleFields(state.calculator, calc);
    views.inputs.refresh(rawInputs(state.calculator, calc, state.period), examples);  // alternatives, echoes, examples
    views.exampleNote.hidden = examples.size === 0;
    const { request, checkNote } = requestFor(state, calc, calcs);
    const ticket = ++latest;
    let response = await engine.evaluate(request);
    // A check the core could not read must not cost the answer: ask again without it.
    if (onlyCheckProblems(response)) response = await engine.evaluate({ ...request, check: undefined });
    if (ticket !== latest) return;
    current = { calc, request, response };
    show(state, calc, response, checkNote);
  }

  function rebuild() {
    const state = store.get();
    const calc = calcs.byId[state.calculator.calc];
    views.chrome.show(state, calc);
    views.inputs.build({ calc, raw: rawInputs(state.calculator, calc, state.period), period: state.period,
                         currencySymbol: fmtOf(state).currencySymbol, fmt: fmtOf(state) });
    return answer();
  }

  // One pass per change: a new form answers too, so a change of calculation evaluates once.
  let keys = { form: formKey(store.get()), answer: answerKey(store.get()) };
  store.subscribe((state) => {
    const next = { form: formKey(state), answer: answerKey(state) };
    const formChanged = !shallowEqual(next.form, keys.form);
    const answerChanged = !shallowEqual(next.answer, keys.answer);
    keys = next;
    if (formChanged) rebuild();
    else if (answerChanged) answer();
  });
  return { rebuild, answer, extras, current: () => current };
}
