// The customer data tool's part of the state, and how it travels in a link and in localStorage.
// Settings only, never the data: the file itself is kept in IndexedDB (app/persist/datasets.js)
// under `dataset`, which a link carries as an id (`sample` is the built-in CDNOW file, which any
// browser can fetch again).
//   slice: {source: 'transactions' | 'summary', dataset: id | null, columns: {customer, date,
//           amount, quantity} (0-based, null = the core's guess), date_format, returns, time_unit,
//           grouping, observation_end, calibration_end (YYYY-MM-DD or ''), dialect, model,
//           summarised (the summary was asked for: a reload or a link shows it again),
//           horizon, margin, discount_rate (the prediction's settings as typed)}
//   link:  ds=sample&src=transactions&col.customer=1&col.date=2&col.amount=4&unit=week&ret=drop&
//          df=auto&grp=day&obs=1998-06-30&cal=1997-09-30&sql=duckdb&model=bg_nbd&hz=52&mg=30%25&dr=10%25&run=1
// Choice words are checked against the core's description once it is known (prune).
export const ROLES = ['customer', 'date', 'amount', 'quantity'];
export const SOURCES = ['transactions', 'summary'];
const DATASET_ID = /^[a-z0-9][a-z0-9_-]{0,63}$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const MAX_COLUMN = 10_000;

// Link key -> slice key, for the plain settings.
const WORDS = { unit: 'time_unit', ret: 'returns', df: 'date_format', grp: 'grouping', sql: 'dialect', model: 'model' };
const DATES = { obs: 'observation_end', cal: 'calibration_end' };
// Prediction settings, as typed (the core reads them; at most 32 characters kept).
const TEXTS = { hz: 'horizon', mg: 'margin', dr: 'discount_rate' };
const textOf = (v) => String(v).slice(0, 32);

export function initial() {
  return { source: 'transactions', dataset: null, columns: { customer: null, date: null, amount: null, quantity: null },
           date_format: 'auto', returns: 'drop', time_unit: 'week', grouping: 'day', observation_end: '', calibration_end: '',
           dialect: 'duckdb', model: 'bg_nbd', summarised: false, horizon: '52', margin: '', discount_rate: '10%' };
}

const isWord = (v) => typeof v === 'string' && /^[a-z][a-z0-9_]{0,31}$/.test(v);
const columnOf = (v) => {
  if (v === null || v === undefined || v === '') return null;
  const n = Number(v);
  return Number.isInteger(n) && n >= -1 && n <= MAX_COLUMN ? n : undefined;  // -1: "none" for an optional role
};

export function encode(slice) {
  const params = [['src', slice.source]];
  if (slice.dataset) params.push(['ds', slice.dataset]);
  for (const role of ROLES) if (slice.columns[role] !== null) params.push([`col.${role}`, String(slice.columns[role])]);
  for (const [key, name] of Object.entries(WORDS)) params.push([key, slice[name]]);
  for (const [key, name] of Object.entries(DATES)) if (slice[name]) params.push([key, slice[name]]);
  for (const [key, name] of Object.entries(TEXTS)) params.push([key, slice[name]]);
  if (slice.summarised) params.push(['run', '1']);
  return params;
}

// The link's parameters applied onto `slice`; what cannot be read goes to `ignored`.
export function decode(params, slice, ignored) {
  const next = { ...initial(), dialect: slice.dialect, model: slice.model, columns: { ...initial().columns } };
  for (const [key, value] of params) {
    if (key === 'src' && SOURCES.includes(value)) next.source = value;
    else if (key === 'ds' && DATASET_ID.test(value)) next.dataset = value;
    else if (key.startsWith('col.') && ROLES.includes(key.slice(4)) && columnOf(value) !== undefined) next.columns[key.slice(4)] = columnOf(value);
    else if (Object.hasOwn(WORDS, key) && isWord(value)) next[WORDS[key]] = value;
    else if (Object.hasOwn(DATES, key) && DATE.test(value)) next[DATES[key]] = value;
    else if (Object.hasOwn(TEXTS, key)) next[TEXTS[key]] = textOf(value);
    else if (key === 'run' && (value === '1' || value === '0')) next.summarised = value === '1';
    else ignored.push(`${key}=${value}`);
  }
  return next;
}

// A slice from storage (anything at all) made safe, field by field.
export function restore(raw) {
  const slice = initial();
  if (!raw || typeof raw !== 'object') return slice;
  if (SOURCES.includes(raw.source)) slice.source = raw.source;
  if (typeof raw.dataset === 'string' && DATASET_ID.test(raw.dataset)) slice.dataset = raw.dataset;
  for (const role of ROLES) {
    const column = columnOf(raw.columns?.[role]);
    if (column !== undefined) slice.columns[role] = column;
  }
  for (const name of Object.values(WORDS)) if (isWord(raw[name])) slice[name] = raw[name];
  for (const name of Object.values(DATES)) if (typeof raw[name] === 'string' && DATE.test(raw[name])) slice[name] = raw[name];
  for (const name of Object.values(TEXTS)) if (typeof raw[name] === 'string') slice[name] = textOf(raw[name]);
  slice.summarised = raw.summarised === true;
  return slice;
}

export function persisted(slice) {
  return { ...slice, columns: { ...slice.columns } };
}

// Once the core's description is known: choice words the core does not allow fall back to the
// default; returns {slice, ignored}. `choices`: {time_unit: [...], returns: [...], ...}.
export function prune(slice, choices) {
  const ignored = [];
  const fallback = initial();
  const next = { ...slice };
  for (const [key, name] of Object.entries(WORDS)) {
    const allowed = choices[name];
    if (allowed && !allowed.includes(slice[name])) {
      ignored.push(`${key}=${slice[name]}`);
      next[name] = allowed.includes(fallback[name]) ? fallback[name] : allowed[0];
    }
  }
  return { slice: next, ignored };
}
