// The calculator's saved file, and reading a request back into state: the file import, and the
// worked-example presets (a request plus how the form shows its numbers).
//   file: {format: 'clvcalc', version: 1, saved_at, settings: {lang, currency, period},
//          raw_inputs: {field: text}, check, request, response}
import { LANGUAGES, CURRENCIES, PERIODS, pick } from '../../app/settings.js';
import { rawInputs } from './answer.js';

// The saved file: the raw inputs (so nothing typed is lost), the request and the answer.
export function exportDocument(state, calc, request, response) {
  return {
    format: 'clvcalc', version: 1, saved_at: new Date().toISOString(),
    settings: { lang: state.lang, currency: state.currency, period: state.period },
    raw_inputs: rawInputs(state.calculator, calc, state.period),
    check: state.calculator.check[calc.id] ?? null,
    request, response,
  };
}

function flatten(object, prefix = '', out = {}) {
  for (const [key, value] of Object.entries(object ?? {})) {
    if (value && typeof value === 'object' && !Array.isArray(value)) flatten(value, `${prefix}${key}.`, out);
    else out[`${prefix}${key}`] = Array.isArray(value) ? value.join(' ') : String(value ?? '');
  }
  return out;
}

// A bare request says which alternative it uses by which field it holds (e.g. cash_flows);
// fields absent from it are blank, not the page's examples.
function chooseAlternatives(calc, raw) {
  for (const field of calc.fields) {
    if (!field.when || raw[field.name] === undefined) continue;
    for (const [choice, value] of Object.entries(field.when)) raw[choice] = value;
  }
  for (const field of calc.fields) if (!field.ui && raw[field.name] === undefined) raw[field.name] = '';
}

// A request (plus optional raw texts to show instead of its numbers) applied onto `state`.
// Throws Error('not_clvcalc' | 'unknown_calculation').
export function fromRequest(request, state, calcs, raw) {
  const calcId = request?.calculation;
  if (typeof calcId !== 'string') throw new Error('not_clvcalc');
  if (!Object.hasOwn(calcs.byId, calcId)) throw new Error('unknown_calculation');
  const calc = calcs.byId[calcId];
  const { period, ...inputs } = request.inputs && typeof request.inputs === 'object' ? request.inputs : {};
  const names = new Set(calc.fields.map((f) => f.name));
  const fromInputs = flatten(inputs);
  chooseAlternatives(calc, fromInputs);
  const texts = raw && typeof raw === 'object' ? raw : {};
  const merged = { ...fromInputs, ...texts };  // raw texts win: they are what the user typed
  const typed = Object.fromEntries(Object.entries(merged).filter(([k]) => names.has(k)).map(([k, v]) => [k, String(v ?? '')]));
  const slice = state.calculator;
  const check = { ...slice.check };
  if (request.check && typeof request.check === 'object') {
    check[calcId] = { answer: String(request.check.answer ?? '') };
    if (typeof request.check.convention === 'string') check[calcId].convention = request.check.convention;
  }
  return { ...state, tool: 'calculator', period: pick(period, PERIODS, state.period),
           calculator: { ...slice, calc: calcId, inputs: { ...slice.inputs, [calcId]: typed }, check, checked: false, preset: null } };
}

// A saved file or a bare request read back into state. Throws Error('not_json' | 'not_clvcalc' |
// 'unknown_calculation').
export function importDocument(text, state, calcs) {
  let doc;
  try { doc = JSON.parse(text); } catch { throw new Error('not_json'); }
  if (!doc || typeof doc !== 'object') throw new Error('not_clvcalc');
  const isFile = doc.format === 'clvcalc';
  const next = fromRequest(isFile ? doc.request : doc, state, calcs, isFile ? doc.raw_inputs : undefined);
  const settings = isFile && doc.settings && typeof doc.settings === 'object' ? doc.settings : {};
  next.lang = pick(settings.lang, LANGUAGES, next.lang);
  next.currency = pick(settings.currency, CURRENCIES, next.currency);
  // The request holds the period only for calculations that use one; the settings always do.
  const sent = doc.request?.inputs;
  if (!(sent && typeof sent === 'object' && 'period' in sent)) next.period = pick(settings.period, PERIODS, next.period);
  if (isFile && doc.check && typeof doc.check === 'object') {
    const check = { answer: String(doc.check.answer ?? '') };
    if (typeof doc.check.convention === 'string') check.convention = doc.check.convention;
    next.calculator = { ...next.calculator, check: { ...next.calculator.check, [next.calculator.calc]: check } };
  }
  return next;
}
