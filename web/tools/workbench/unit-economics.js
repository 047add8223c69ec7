// The dashboard's lead part: the client's unit economics. The grouped form (the calculator's form
// view, fed with the workbench's descriptors), the KPI card and the worked steps, all from one
// unit_economics answer per change; the form is rebuilt only when the words, currency or period
// change, so focus survives typing.
import { t } from '../../i18n/i18n.js';
import { byTestId } from '../../ui/dom.js';
import { makeFormat } from '../../ui/format.js';
import { renderSteps } from '../../ui/steps.js';
import { shallowEqual } from '../../app/store.js';
import { createInputs } from '../calculator/views/inputs.js';
import { FOLLOWS_PERIOD } from './descriptors.js';
import { formTexts, demoFields, leadConvention, unitEconomicsRequest, splitProblems } from './answer.js';
import { createKpis } from './views/kpis.js';
import { createResultView } from './views/result-view.js';
import { createLevers } from './views/levers.js';
import { visibleFields } from '../calculator/descriptors.js';
import { answerLoop } from './loop.js';
import { setForm, setChoice } from './slice.js';

export const fmtOf = (s) => makeFormat(s.lang, s.currency, s.period);

// root: the tool's root; calcs: describeForms(); hooks.onAnswer(state, response, good): after each answer.
export function createUnitEconomics({ root, store, engine, calcs, notify, hooks = {} }) {
  const calc = calcs.byForm.ue;
  const inputs = createInputs(byTestId(root, 'wb-form-ue'), {
    onInput: (name, text) => setForm(store, 'ue', name, FOLLOWS_PERIOD.has(name) && text === store.get().period ? '' : text),
  });
  const kpis = createKpis(byTestId(root, 'wb-kpis'), { onLead: (c) => setChoice(store, 'lead', c) });
  const steps = byTestId(root, 'wb-steps');
  const levers = createLevers(byTestId(root, 'wb-levers'), { onLever: (name, text) => setForm(store, 'ue', name, text) });
  // Where the money goes: the cost items' shares of acquisition and retention spend.
  const shares = createResultView(calcs.byName.get('unit_economics').results.filter((r) => r.kind === 'map'),
                                  { testPrefix: 'wb-ue', order: calc.fields.map((f) => f.item).filter(Boolean) });
  byTestId(root, 'wb-shares').append(shares.node);
  const demoNote = byTestId(root, 'wb-demo-note');
  const main = root.querySelector('.wb-main');

  function build(state) {
    const fmt = fmtOf(state);
    inputs.build({ calc, raw: formTexts(state.workbench, calc, state.period), period: state.period, idScope: 'wb',
                   currencySymbol: fmt.currencySymbol, fmt });
  }

  function show(state, response, good, isStale) {
    const slice = state.workbench;
    const fmt = fmtOf(state);
    const demo = demoFields(slice, calc);
    const texts = formTexts(slice, calc, state.period);
    inputs.refresh(texts, demo);
    levers.render({ texts, shown: new Set(visibleFields(calc, texts).map((f) => f.name)), period: state.period });
    demoNote.hidden = demo.size === 0;
    const { own, general } = splitProblems(response?.problems, inputs.knows);
    inputs.showProblems(own, fmt);
    const convention = leadConvention(slice, calcs.conventions);
    kpis.render({ response: good, isStale, general, fmt, period: state.period, convention, conventions: calcs.conventions });
    renderSteps(steps, good?.steps ?? [], fmt, state.period);
    shares.render(good?.result ?? null, fmt, state.period);
    main.classList.toggle('is-stale', isStale);
    notify.announce(`${t('wb_tile', 'clv', { period: t('period', state.period) })}: ${kpis.text('clv')}`);
    hooks.onAnswer?.(state, response, good);
    if (good) performance.mark('clvcalc:wb-dashboard');  // the bench times a link's first dashboard by it
  }

  const loop = answerLoop(store, engine, {
    key: (s) => [s.words, s.currency, s.period, s.workbench.forms.ue, s.workbench.choices.lead],
    request: (s) => unitEconomicsRequest(s, calcs),
    show,
  });
  let formKey = null;
  store.subscribe((s) => {
    const next = [s.words, s.currency, s.period];
    if (!shallowEqual(next, formKey)) { formKey = next; build(s); }
  });
  formKey = [store.get().words, store.get().currency, store.get().period];
  build(store.get());
  return { first: loop.run(), current: loop.current, good: loop.good, calc };
}
