// The page's state and its three encodings: the URL hash (share links), localStorage (a reload
// loses nothing) and the saved JSON file. Inputs are kept as the raw text the user typed.
//
// State: { calc, lang, currency, period, inputs: {calc: {field: text}}, check: {calc: {answer, convention}} }
// Hash:  #calc=retention_clv&lang=en&cur=CNY&per=year&in.margin_per_period=100&ans=266.67&conv=start
import { byId, defaultCalculation, fieldDefault } from './calculations.js';

const STORAGE_KEY = 'clvcalc.state.v1';
const TAB_KEY = 'clvcalc.tab';
export const LANGUAGES = ['zh-CN', 'en'];
export const CURRENCIES = ['CNY', 'USD', 'EUR', 'GBP', 'JPY'];
export const PERIODS = ['year', 'month'];

const pick = (value, allowed, fallback) => (allowed.includes(value) ? value : fallback);

export function browserLanguage() {
  const langs = globalThis.navigator?.languages ?? [globalThis.navigator?.language ?? 'en'];
  return /^zh/i.test(langs[0] ?? '') ? 'zh-CN' : 'en';
}

export function initialState(lang = browserLanguage()) {
  return { calc: defaultCalculation, lang, currency: lang === 'zh-CN' ? 'CNY' : 'USD',
           period: 'year', inputs: {}, check: {} };
}

// The text shown in a field: what the user typed, else the calculation's default.
export function rawValue(state, calc, name) {
  return state.inputs[calc.id]?.[name] ?? fieldDefault(calc, name);
}

export function rawInputs(state, calc) {
  return Object.fromEntries(calc.fields.map((f) => [f.name, rawValue(state, calc, f.name)]));
}

// Every field whose text is not blank or whose default is not blank, so a link reproduces
// even a field the user emptied.
export function encodeHash(state) {
  const calc = byId[state.calc];
  const params = new URLSearchParams({ calc: state.calc, lang: state.lang, cur: state.currency, per: state.period });
  for (const field of calc.fields) {
    const text = rawValue(state, calc, field.name);
    if (text !== '' || fieldDefault(calc, field.name) !== '') params.set(`in.${field.name}`, text);
  }
  const check = state.check[state.calc];
  if (check?.answer) params.set('ans', check.answer);
  if (check?.convention) params.set('conv', check.convention);
  return `#${params}`;
}

// Applies a hash onto a state (returns a new state); unknown or malformed parts are ignored.
export function decodeHash(hash, base) {
  const params = new URLSearchParams(String(hash).replace(/^#/, ''));
  const calcId = params.get('calc');
  if (!calcId || !byId[calcId]) return base;
  const state = structuredClone(base);
  state.calc = calcId;
  state.lang = pick(params.get('lang'), LANGUAGES, state.lang);
  state.currency = pick(params.get('cur'), CURRENCIES, state.currency);
  state.period = pick(params.get('per'), PERIODS, state.period);
  const names = new Set(byId[calcId].fields.map((f) => f.name));
  const inputs = {};
  for (const [key, value] of params) {
    if (key.startsWith('in.') && names.has(key.slice(3))) inputs[key.slice(3)] = value;
  }
  state.inputs[calcId] = inputs;
  state.check[calcId] = { answer: params.get('ans') ?? '', convention: params.get('conv') ?? undefined };
  return state;
}

// The state to open with: the URL's hash (a shared link) unless it is the very hash this page
// last wrote, in which case localStorage holds the same state or a newer one (both are
// written when typing pauses, and localStorage again when the page is left). A reload of the tab that saved the
// state last opens that state whatever the hash: the page it replaces saved it on leaving,
// and the hash may be older than the one written last (a reload keeps the URL it had when it
// began, and the debounced hash can be written while the reload is on its way).
export function openingState(hash, navigationType = 'navigate') {
  const stored = loadStored();
  const reloaded = navigationType === 'reload' && stored?.tab != null && stored.tab === tabId();
  if (stored && (reloaded || !hash || hash === '#' || hash === stored.written)) return stored.state;
  return decodeHash(hash, stored?.state ?? initialState());
}

function loadStored() {
  try {
    const stored = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null');
    if (!stored || typeof stored !== 'object') return null;
    const base = initialState(pick(stored.lang, LANGUAGES, browserLanguage()));
    const state = {
      calc: byId[stored.calc] ? stored.calc : base.calc,
      lang: base.lang,
      currency: pick(stored.currency, CURRENCIES, base.currency),
      period: pick(stored.period, PERIODS, base.period),
      inputs: typeof stored.inputs === 'object' && stored.inputs ? stored.inputs : {},
      check: typeof stored.check === 'object' && stored.check ? stored.check : {},
    };
    return { state, written: typeof stored.written === 'string' ? stored.written : null, tab: stored.tab };
  } catch {
    return null;  // storage disabled or corrupt: start fresh
  }
}

// Saves the state with the hash last written to the URL and this tab's id (see openingState).
export function store(state, written) {
  try { localStorage.setItem(STORAGE_KEY, JSON.stringify({ ...state, written, tab: tabId() })); } catch { /* private mode */ }
}

// An id for this tab, kept across its reloads (sessionStorage belongs to one tab).
let tab;
function tabId() {
  if (tab === undefined) {
    try {
      tab = sessionStorage.getItem(TAB_KEY);
      if (!tab) sessionStorage.setItem(TAB_KEY, tab = Math.random().toString(36).slice(2, 10));
    } catch {
      tab = null;  // storage disabled: no reload is recognised, the hash decides
    }
  }
  return tab;
}

// The saved file: the raw inputs (so nothing typed is lost), the request and the answer.
export function exportDocument(state, request, response) {
  return {
    format: 'clvcalc', version: 1, saved_at: new Date().toISOString(),
    settings: { lang: state.lang, currency: state.currency, period: state.period },
    raw_inputs: rawInputs(state, byId[state.calc]),
    check: state.check[state.calc] ?? null,
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

// Reads a saved file or a bare request back into state. Throws Error('not_json' |
// 'not_clvcalc' | 'unknown_calculation').
export function importDocument(text, base) {
  let doc;
  try { doc = JSON.parse(text); } catch { throw new Error('not_json'); }
  if (!doc || typeof doc !== 'object') throw new Error('not_clvcalc');
  const isFile = doc.format === 'clvcalc';
  const state = fromRequest(isFile ? doc.request : doc, base, isFile ? doc.raw_inputs : undefined);
  const settings = isFile && doc.settings ? doc.settings : {};
  state.lang = pick(settings.lang, LANGUAGES, state.lang);
  state.currency = pick(settings.currency, CURRENCIES, state.currency);
  // The request holds the period only for calculations that use one; the settings always do.
  if (!('period' in (doc.request?.inputs ?? {}))) state.period = pick(settings.period, PERIODS, state.period);
  if (isFile && doc.check && typeof doc.check === 'object') {
    state.check[state.calc] = { answer: String(doc.check.answer ?? ''), convention: doc.check.convention };
  }
  return state;
}

// A request (plus optional raw texts to show instead of its numbers) as state; used by the
// file import and the presets.
export function fromRequest(request, base, raw) {
  const calcId = request?.calculation;
  if (typeof calcId !== 'string') throw new Error('not_clvcalc');
  const calc = byId[calcId];
  if (!calc) throw new Error('unknown_calculation');
  const state = structuredClone(base);
  state.calc = calcId;
  const { period, ...inputs } = request.inputs && typeof request.inputs === 'object' ? request.inputs : {};
  state.period = pick(period, PERIODS, state.period);
  const names = new Set(calc.fields.map((f) => f.name));
  const texts = raw && typeof raw === 'object' ? raw : {};
  const fromInputs = flatten(inputs);
  chooseAlternatives(calc, fromInputs);
  const merged = { ...fromInputs, ...texts };  // raw texts win: they are what the user typed
  state.inputs[calcId] = Object.fromEntries(Object.entries(merged)
    .filter(([k]) => names.has(k)).map(([k, v]) => [k, String(v ?? '')]));
  if (request.check && typeof request.check === 'object') {
    state.check[calcId] = { answer: String(request.check.answer ?? ''), convention: request.check.convention };
  }
  return state;
}

// A bare request says which alternative it uses by which field it holds (e.g. cash_flows).
function chooseAlternatives(calc, raw) {
  for (const field of calc.fields) {
    if (!field.when || raw[field.name] === undefined) continue;
    for (const [choice, value] of Object.entries(field.when)) raw[choice] = value;
  }
  // Fields absent from a request are blank, not defaults.
  for (const field of calc.fields) if (!field.ui && raw[field.name] === undefined) raw[field.name] = '';
}
