// Sensitivity and break-even on the client's unit economics. The tornado: the chosen outcome
// when each input moves ±x % (the core ranks the bars); the break-even finder: the value of one
// input at which the outcome reaches a target, found by the core with its steps, or the
// core's message when no value within the input's range does.
import { t } from '../../i18n/i18n.js';
import { h, setText } from '../../ui/dom.js';
import { renderSteps } from '../../ui/steps.js';
import { problemText, warningText } from '../../ui/messages.js';
import { buildRequest } from '../calculator/request.js';
import { fullFieldLabel } from '../calculator/views/labels.js';
import { parseNumber } from '../../ui/parse.js';
import { formTexts, unitEconomicsRequest } from './answer.js';
import { createTornado } from './views/tornado.js';
import { answerLoop } from './loop.js';
import { setForm } from './slice.js';
import { fmtOf } from './unit-economics.js';

const base = (state, calcs) => ({ calculation: 'unit_economics', inputs: unitEconomicsRequest(state, calcs).inputs });
const baseKey = (s) => [s.words, s.currency, s.period, s.workbench.forms.ue, s.workbench.choices.lead];

// The label of a lever (a field path of unit economics), as the form names it.
function leverLabel(calcs, name, period) {
  const field = calcs.byForm.ue.fields.find((f) => f.name === name);
  return field ? fullFieldLabel(field, period) : t('name', name, { period: t('period', period) });
}

function select(testid, onChange) {
  const node = h('select', { dataset: { testid } });
  node.addEventListener('change', () => onChange(node.value));
  return node;
}

function options(node, list, chosen) {
  const key = JSON.stringify(list);
  if (node.dataset.key !== key) {
    node.dataset.key = key;
    node.replaceChildren(...list.map(([value, label]) => h('option', { value, textContent: label })));
  }
  if (chosen !== undefined) node.value = chosen;
}

function controls(store) {
  const on = (form, name) => (value) => setForm(store, form, name, value);
  const c = {
    outcome: select('wb-sens-outcome', on('sens', 'outcome')),
    change: h('input', { type: 'text', inputMode: 'decimal', dataset: { testid: 'wb-sens-change' } }),
    beInput: select('wb-be-input', on('be', 'input')),
    beOutcome: select('wb-be-outcome', on('be', 'outcome')),
    beTarget: h('input', { type: 'text', inputMode: 'decimal', dataset: { testid: 'wb-be-target' } }),
  };
  c.change.addEventListener('input', () => setForm(store, 'sens', 'change', c.change.value));
  c.beTarget.addEventListener('input', () => setForm(store, 'be', 'target', c.beTarget.value));
  return c;
}

function layout(section, c) {
  const body = section.querySelector('.wb-section-body');
  const label = (key, control) => h('label', [h('span', { dataset: { i18nWb: key }, textContent: t('wb', key) }), control]);
  const parts = {
    tornado: h('div.wb-tornado-box'), sensNote: h('ul.notes.problems', { hidden: true, dataset: { testid: 'wb-sens-problems' } }),
    beAnswer: h('p.wb-be-answer', { dataset: { testid: 'wb-be-answer' } }), beNote: h('ul.notes.problems', { hidden: true, dataset: { testid: 'wb-be-problems' } }),
    beSteps: h('ol.steps', { dataset: { testid: 'wb-be-steps' } }), warnings: h('ul.notes.warnings', { hidden: true }),
  };
  body.append(h('div.wb-row', [label('sens_outcome', c.outcome), label('sens_change', c.change)]), parts.tornado,
    parts.warnings, parts.sensNote,
    h('h3.table-title', { dataset: { i18nWb: 'be_title' }, textContent: t('wb', 'be_title') }),
    h('div.wb-row', [label('be_input', c.beInput), label('be_outcome', c.beOutcome), label('be_target', c.beTarget)]),
    parts.beAnswer, parts.beNote, h('details.wb-section-steps', [h('summary', { dataset: { i18nWb: 'steps' }, textContent: t('wb', 'steps') }), parts.beSteps]));
  return parts;
}

function note(list, problems, fmt) {
  list.replaceChildren(...problems.map((p) => h('li.problem', problemText({ problem: p }, null, fmt))));
  list.hidden = problems.length === 0;
}

const outcomeUnit = (outcome) => (outcome === 'ltv_to_cac' ? 'ratio' : 'money');

// The sensitivity's request: its own form (outcome, change) on the unit economics on screen.
function sensitivityRequest(s, calcs) {
  const calc = calcs.byForm.sens;
  const request = buildRequest(calc, formTexts(s.workbench, calc, s.period), { period: s.period });
  request.inputs.base = base(s, calcs);
  return request;
}

// The break-even request, once the sensitivity has said which inputs can be solved for.
function breakEvenRequest(s, calcs, levers) {
  const typed = s.workbench.forms.be;
  const input = levers.some(([n]) => n === typed.input) ? typed.input
    : levers.find(([n]) => n === 'retention_rate')?.[0] ?? levers[0]?.[0];
  if (!input) return null;
  const target = parseNumber(typed.target ?? '');
  return { version: 1, calculation: 'break_even', inputs: { base: base(s, calcs), input, outcome: typed.outcome || 'profit',
    target: target.empty ? 0 : 'value' in target ? target.value : target.invalid } };
}

const ownProblems = (response) => (response && !response.ok ? response.problems.filter((p) => !p.field.startsWith('base')) : []);

function showSensitivity(ctx, s, response, good) {
  const { c, parts, tornado, calcs, outcomes } = ctx;
  const fmt = fmtOf(s);
  const calc = calcs.byForm.sens;
  const texts = formTexts(s.workbench, calc, s.period);
  options(c.outcome, outcomes.map((o) => [o, t('choice', `outcome.${o}`)]), texts.outcome || calc.fields.find((f) => f.name === 'outcome').default);
  if (c.change.value !== texts.change && document.activeElement !== c.change) c.change.value = texts.change;
  const r = good?.result;
  if (r) {
    ctx.levers = r.bars.filter((b) => b.unit !== 'count').map((b) => [b.input, b.unit]);
    tornado.render({ bars: r.bars.map((b) => ({ key: b.input, label: leverLabel(calcs, b.input, s.period), low: b.outcome_low, high: b.outcome_high })),
                     base: r.base_outcome, unit: outcomeUnit(r.outcome), fmt, change: r.change });
  }
  parts.warnings.replaceChildren(...(r ? good.warnings : []).map((w) => h('li.warning', warningText(w, fmt))));
  parts.warnings.hidden = !r || good.warnings.length === 0;
  note(parts.sensNote, ownProblems(response), fmt);
}

function showBreakEven(ctx, s, response, good, isStale) {
  const { c, parts, calcs, outcomes, section } = ctx;
  const fmt = fmtOf(s);
  const typed = s.workbench.forms.be;
  options(c.beInput, ctx.levers.map(([n]) => [n, leverLabel(calcs, n, s.period)]), response?.result?.input ?? good?.result?.input);
  options(c.beOutcome, outcomes.map((o) => [o, t('choice', `outcome.${o}`)]), typed.outcome || 'profit');
  if (document.activeElement !== c.beTarget && c.beTarget.value !== (typed.target ?? '')) c.beTarget.value = typed.target ?? '';
  const r = response?.ok ? response.result : null;
  setText(parts.beAnswer, r ? t('wb', 'be_found', { input: leverLabel(calcs, r.input, s.period), value: fmt.value(r.unit, r.value),
    outcome: t('choice', `outcome.${r.outcome}`), target: fmt.value(outcomeUnit(r.outcome), r.target),
    base: fmt.value(r.unit, r.base_value) }) : '');
  note(parts.beNote, ownProblems(response), fmt);
  renderSteps(parts.beSteps, r ? response.steps : [], fmt, s.period, 4);
  section.classList.toggle('is-stale', Boolean(isStale));
}

export function mountSensitivity({ section, store, engine, calcs }) {
  section.hidden = false;
  const c = controls(store);
  const parts = layout(section, c);
  const ctx = { c, parts, calcs, section, tornado: createTornado(parts.tornado, 'wb-tornado'), levers: [],
                outcomes: calcs.byForm.sens.fields.find((f) => f.name === 'outcome').options };
  let be = null;
  const sens = answerLoop(store, engine, {
    key: (s) => [...baseKey(s), s.workbench.forms.sens],
    request: (s) => sensitivityRequest(s, calcs),
    show: (s, response, good) => {
      const first = ctx.levers.length === 0;
      showSensitivity(ctx, s, response, good);
      if (first && ctx.levers.length) be.run();  // the finder's choices have arrived
    },
  });
  be = answerLoop(store, engine, {
    key: (s) => [...baseKey(s), s.workbench.forms.be],
    request: (s) => breakEvenRequest(s, calcs, ctx.levers),
    show: (s, response, good, isStale) => showBreakEven(ctx, s, response, good, isStale),
  });
  sens.run();
  return { current: () => ({ sensitivity: sens.current(), break_even: be.current() }) };
}
