// From the workbench's state to requests, and from responses to what the views show. Pure: no
// DOM, no engine (tests/web/workbench_answer.test.mjs).
import { buildRequest } from '../calculator/request.js';
import { fieldDefault } from '../calculator/descriptors.js';
import { splitField } from '../../ui/messages.js';

// The text shown in each field of a form: what the user typed, else (a field linked to the
// dashboard, descriptors.js LINKS) the dashboard's text, else the demo's; a rate's own period,
// unless the user chose one for it, is the page's `period`.
export function formTexts(slice, calc, period = 'year') {
  const typed = slice.forms[calc.form] ?? {};
  const links = calc.links ?? {};
  const from = calc.linkFrom && Object.keys(links).length ? formTexts(slice, calc.linkFrom, period) : {};
  const fallback = (f) => (Object.hasOwn(links, f.name) && from[links[f.name]] !== undefined ? from[links[f.name]] : fieldDefault(calc, f.name));
  return Object.fromEntries(calc.fields.map((f) => [f.name,
    f.followsPeriod ? typed[f.name] || (Object.hasOwn(links, f.name) ? from[links[f.name]] : '') || period : typed[f.name] ?? fallback(f)]));
}

// The fields of a form that show the dashboard's text (linked and not typed here).
export function linkedFields(slice, calc) {
  const typed = slice.forms[calc.form] ?? {};
  return new Set(Object.keys(calc.links ?? {}).filter((name) => typed[name] === undefined && calc.fields.some((f) => f.name === name)));
}

// The fields that still show the demo's number, not one the user typed (a linked field: when
// the dashboard's is the demo's).
export function demoFields(slice, calc) {
  const typed = slice.forms[calc.form] ?? {};
  const links = calc.links ?? {};
  const fromDemo = calc.linkFrom ? demoFields(slice, calc.linkFrom) : new Set();
  return new Set(calc.fields.filter((f) => f.kind !== 'choice' && typed[f.name] === undefined
    && (Object.hasOwn(links, f.name) ? fromDemo.has(links[f.name]) : (calc.defaults[f.name] ?? '') !== ''))
    .map((f) => f.name));
}

// Every field of the form emptied: the consultant's own client, typed from scratch.
// A field linked to the dashboard stays linked: it follows what is typed there.
export function clearedTexts(calc) {
  return Object.fromEntries(calc.fields.filter((f) => f.kind !== 'choice' && !Object.hasOwn(calc.links ?? {}, f.name)).map((f) => [f.name, '']));
}

// The convention the dashboard leads with: the one chosen, else the core's first.
export function leadConvention(slice, conventions) {
  return conventions.includes(slice.choices.lead) ? slice.choices.lead : conventions[0];
}

// For a section that leads with the dashboard's CLV convention and takes fields from its form:
// what its answer also depends on (key) and the convention added to its request (form-section.js
// `base`).
export const leadBase = (calcs) => ({
  key: (s) => [s.workbench.choices.lead, s.workbench.forms.ue],
  add: (s, request) => ({ ...request, inputs: { ...request.inputs, convention: leadConvention(s.workbench, calcs.conventions) } }),
});

// The unit_economics request of the state (`calcs` from describeForms).
export function unitEconomicsRequest(state, calcs) {
  const calc = calcs.byForm.ue;
  const slice = state.workbench;
  const request = buildRequest(calc, formTexts(slice, calc, state.period), { period: state.period });
  request.inputs.convention = leadConvention(slice, calcs.conventions);
  return request;
}

// The entry of `result.conventions` the dashboard leads with, or null.
export function leadOf(result, convention) {
  return result?.conventions?.find((c) => c.convention === convention) ?? null;
}

// A tile's number: `path` is a result key, or 'lead.<key>' in the lead convention's entry.
export function tileValue(result, convention, path) {
  if (!result) return undefined;
  if (path.startsWith('lead.')) return leadOf(result, convention)?.[path.slice(5)] ?? null;
  return result[path] ?? null;
}

// The problems split into the form's fields (`own`, by a field the form has) and the rest.
export function splitProblems(problems, knows) {
  const own = [];
  const general = [];
  for (const problem of problems ?? []) {
    const { name, index } = splitField(problem.field);
    (knows(name) ? own : general).push({ name, index, problem });
  }
  return { own, general };
}
