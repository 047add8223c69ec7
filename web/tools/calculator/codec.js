// The calculator's part of the state, and how it travels in a link and in localStorage.
//   slice: {calc, inputs: {calc: {field: text as typed}}, check: {calc: {answer, convention}},
//           checked (the check is open), preset (the worked example loaded last)}
//   link:  calc=retention_clv&in.margin_per_period=100&in.retention_rate=80%25&ans=266.67&conv=start&res=limit
// Text is kept as the user typed it. Names from a link or from storage are only ever stored
// under keys that look like field names, and checked against the core's description once it is
// known (prune), so no object is indexed by a hostile key.
import { DEFAULT_CALCULATION, CALCULATOR_PAGES, isCalculation, pageOf, knownFieldNames } from './descriptors.js';
import { checkableResults } from './answer.js';

const FIELD_NAME = /^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*){0,2}$/;
const MAX_TEXT = 10_000;  // characters kept of one field's text (a 1200-period list fits)
const isFieldName = (name) => typeof name === 'string' && name.length <= 64 && FIELD_NAME.test(name);
const textOf = (value) => String(value ?? '').slice(0, MAX_TEXT);

export function initial() {
  return { calc: DEFAULT_CALCULATION, inputs: {}, check: {}, checked: false, preset: null };
}

// The fields an alternative not chosen would show (e.g. the list of rates while one rate is
// chosen): a link leaves them out, since they change nothing on the page it opens.
function hiddenByAlternatives(page, typed) {
  const hidden = new Set();
  for (const alt of page.alternatives ?? []) {
    const options = Object.keys(alt.options);
    const chosen = options.includes(typed[alt.name]) ? typed[alt.name] : options[0];
    for (const [option, names] of Object.entries(alt.options)) if (option !== chosen) names.forEach((n) => hidden.add(n));
  }
  return hidden;
}

// The text a link holds for each field on screen: what was typed, else the page's example.
export function fieldTexts(slice, calcId = slice.calc) {
  const page = pageOf(calcId);
  const typed = slice.inputs[calcId] ?? {};
  const hidden = hiddenByAlternatives(page, typed);
  const out = {};
  for (const name of new Set([...knownFieldNames(page), ...Object.keys(typed)])) {
    if (hidden.has(name)) continue;
    const text = typed[name] ?? page.examples[name] ?? '';
    // An emptied example field still travels (as ''), so the link reproduces it.
    if (text !== '' || (page.examples[name] ?? '') !== '') out[name] = text;
  }
  return out;
}

export function encode(slice) {
  const params = [['calc', slice.calc]];
  for (const [name, text] of Object.entries(fieldTexts(slice))) params.push([`in.${name}`, text]);
  const check = slice.check[slice.calc];
  if (check?.answer) params.push(['ans', check.answer]);
  if (check?.convention) params.push(['conv', check.convention]);
  if (check?.result) params.push(['res', check.result]);
  return params;
}

// The link's parameters applied onto `slice`; what cannot be read goes to `ignored`.
export function decode(params, slice, ignored) {
  const calc = params.get('calc');
  if (!isCalculation(calc)) {
    for (const [key, value] of params) ignored.push(`${key}=${value}`);
    return slice;
  }
  const inputs = {};
  for (const [key, value] of params) {
    if (key === 'calc' || key === 'ans' || key === 'conv' || key === 'res') continue;
    const name = key.startsWith('in.') ? key.slice(3) : null;
    if (isFieldName(name)) inputs[name] = textOf(value);
    else ignored.push(`${key}=${value}`);
  }
  const check = { answer: textOf(params.get('ans') ?? '') };
  if (params.has('conv')) check.convention = textOf(params.get('conv'));
  if (params.has('res')) check.result = textOf(params.get('res'));
  return { ...slice, calc, inputs: { ...slice.inputs, [calc]: inputs }, check: { ...slice.check, [calc]: check },
           checked: false, preset: null };
}

function restoreTexts(raw) {
  const out = {};
  if (!raw || typeof raw !== 'object') return out;
  for (const [name, text] of Object.entries(raw)) if (isFieldName(name) && typeof text === 'string') out[name] = textOf(text);
  return out;
}

// A slice from storage (anything at all) made safe: known calculations, field-like names, text.
export function restore(raw) {
  const slice = initial();
  if (!raw || typeof raw !== 'object') return slice;
  if (isCalculation(raw.calc)) slice.calc = raw.calc;
  for (const { id } of CALCULATOR_PAGES) {
    if (raw.inputs && typeof raw.inputs === 'object' && Object.hasOwn(raw.inputs, id)) slice.inputs[id] = restoreTexts(raw.inputs[id]);
    const check = raw.check && typeof raw.check === 'object' && Object.hasOwn(raw.check, id) ? raw.check[id] : null;
    if (check && typeof check === 'object') {
      slice.check[id] = { answer: typeof check.answer === 'string' ? textOf(check.answer) : '' };
      if (typeof check.convention === 'string') slice.check[id].convention = check.convention;
      if (typeof check.result === 'string') slice.check[id].result = check.result;
    }
  }
  return slice;
}

// What storage keeps: the slice without what only this visit needs (the check's open state).
export function persisted(slice) {
  return { calc: slice.calc, inputs: slice.inputs, check: slice.check };
}

// Once the core's description is known: drops texts for fields no calculation has, choices that
// are not allowed and conventions that do not exist; returns {slice, ignored}.
export function prune(slice, calcs) {
  const ignored = [];
  const inputs = {};
  const check = {};
  for (const [id, texts] of Object.entries(slice.inputs)) {
    const calc = calcs.byId[id];
    const fields = new Map(calc.fields.map((f) => [f.name, f]));
    inputs[id] = {};
    for (const [name, text] of Object.entries(texts)) {
      const field = fields.get(name);
      if (!field) ignored.push(`in.${name}=${text}`);
      else if (field.kind === 'choice' && text !== '' && !field.options.includes(text)) ignored.push(`in.${name}=${text}`);
      else inputs[id][name] = text;
    }
  }
  for (const [id, entry] of Object.entries(slice.check)) {
    check[id] = { ...entry };
    if (entry.convention !== undefined && !calcs.conventions.includes(entry.convention)) {
      ignored.push(`conv=${entry.convention}`);
      delete check[id].convention;
    }
    if (entry.result !== undefined && !checkableResults(calcs.byId[id]).includes(entry.result)) {
      ignored.push(`res=${entry.result}`);
      delete check[id].result;
    }
  }
  return { slice: { ...slice, inputs, check }, ignored };
}
