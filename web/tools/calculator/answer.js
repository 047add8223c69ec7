// From the calculator's state to one request, and from its response to what the views show.
// One evaluation per keystroke: once "check my answer" is open, the check travels in the same
// request and the core names the slip there.
import { buildRequest, withCheck } from './request.js';
import { fieldDefault } from './descriptors.js';
import { parseNumber, parseRate } from '../../ui/parse.js';
import { splitField } from '../../ui/messages.js';

// The text shown in each field: what the user typed, else the page's example; a rate's own
// period, unless the user chose one for it, is the page's `period`.
export function rawInputs(slice, calc, period = 'year') {
  const typed = slice.inputs[calc.id] ?? {};
  return Object.fromEntries(calc.fields.map((f) => [f.name,
    f.followsPeriod ? typed[f.name] || period : typed[f.name] ?? fieldDefault(calc, f.name)]));
}

// The fields that show the page's example, not what the user typed (only those with a number
// or text: a choice's default is no example).
export function exampleFields(slice, calc) {
  const typed = slice.inputs[calc.id] ?? {};
  return new Set(calc.fields.filter((f) => f.kind !== 'choice' && typed[f.name] === undefined && (calc.defaults[f.name] ?? '') !== '')
    .map((f) => f.name));
}

// Every field of the calculation emptied: the user's own blank form.
export function clearedInputs(calc) {
  return Object.fromEntries(calc.fields.filter((f) => f.kind !== 'choice').map((f) => [f.name, '']));
}

// The convention the headline and the check follow (retention CLV), the core's first by default.
export const chosenConvention = (slice, calcs) => slice.check[slice.calc]?.convention ?? calcs.conventions[0];

// The results "check my answer" can be about, the headline first: a convention's own numbers
// for retention CLV (its CLV, limit, CLV net of acquisition cost, margin multiple), else every
// number of the result.
const CONVENTION_RESULTS = { clv: 'money', limit: 'money', net_clv: 'money', margin_multiple: 'factor' };
export function checkableResults(calc, inputs) {
  if (calc.conventions) return Object.keys(CONVENTION_RESULTS);
  const first = headlineName(calc, inputs);
  return [first, ...Object.keys(calc.results).filter((name) => name !== first)];
}

// The result the headline shows: the calculation's main one or, when the field it needs was left
// empty (profitability with no lifetime value is a payback exercise), the one the inputs ask for.
export function headlineName(calc, inputs) {
  const without = calc.headlineWithout;
  return without && !String(inputs?.[without.field] ?? '').trim() ? without.result : calc.headline;
}

// What "check my answer" is about: the result chosen (the headline unless the user chose
// another), its unit and, for retention CLV, the convention.
export function checkTarget(calc, convention, chosen, inputs) {
  const results = checkableResults(calc, inputs);
  const result = results.includes(chosen) ? chosen : results[0];
  if (calc.conventions) return { result, unit: CONVENTION_RESULTS[result], convention };
  return { result, unit: calc.results[result] ?? 'money' };
}

// {request, checkNote}: the request for the current inputs, with the check when it is open and
// its answer reads as a number; checkNote says why there is no check ('empty' | 'invalid').
export function requestFor(state, calc, calcs) {
  const slice = state.calculator;
  const request = buildRequest(calc, rawInputs(slice, calc, state.period), state);
  if (!slice.checked) return { request, checkNote: null };
  const answer = slice.check[calc.id]?.answer ?? '';
  const target = checkTarget(calc, chosenConvention(slice, calcs), slice.check[calc.id]?.result, rawInputs(slice, calc));
  const parsed = target.unit === 'rate' ? parseRate(answer) : parseNumber(answer);
  if (parsed.empty) return { request, checkNote: 'empty' };
  if (!('value' in parsed)) return { request, checkNote: 'invalid' };
  return { request: withCheck(request, answer, target.result, target.convention, target.unit === 'rate'), checkNote: null };
}

// True when the only problems are the check's own (the calculation itself answered).
export const onlyCheckProblems = (response) =>
  !response.ok && response.problems.length > 0 && response.problems.every((p) => p.field.startsWith('check'));

// The problems split into the form's fields (`own`, by a field the form has) and the rest.
export function splitProblems(problems, knows) {
  const own = [];
  const general = [];
  for (const problem of problems) {
    if (problem.field.startsWith('check')) continue;
    const { name, index } = splitField(problem.field);
    (knows(name) ? own : general).push({ name, index, problem });
  }
  return { own, general };
}
