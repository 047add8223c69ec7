// The workbench's part of the state, and how it travels in a link and in localStorage.
//   slice: {client: name, forms: {form: {field: text as typed}}, tables: {table: [{column: text}] | null},
//           choices: {name: word}}
//   link:  wv=1&client=Acme&ue.new_customers=600&seg.0.name=VIP&seg.0.customers=120&ch.lead=start
// A form or table left untouched holds nothing and shows the demo client (descriptors.js), so a
// first visit's link is short and the demo follows the language. Text is kept as typed. Form,
// table and choice names come from fixed lists here; field and column names must look like
// names and are checked against the core's description once it is known (prune), so no object
// is ever indexed by a hostile key.
export const LINK_VERSION = '1';
// The forms (one calculation's inputs each) and tables the workbench keeps, by their link key.
export const FORMS = ['ue', 'cs', 'vc', 'lp', 'wb', 'sens', 'be', 'sg', 'si', 'sc'];
export const TABLES = { seg: 'segments', ind: 'indicators', scn: 'scenarios' };
export const CHOICES = ['lead', 'outcome', 'section'];
export const MAX_ROWS = 200;  // rows a link or a file may bring into one table

const NAME = /^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*){0,3}$/;
const MAX_TEXT = 2_000;
export const isName = (name) => typeof name === 'string' && name.length <= 80 && NAME.test(name);
const textOf = (value) => String(value ?? '').slice(0, MAX_TEXT);
const tableIds = Object.values(TABLES);

export function initial() {
  return { client: '', forms: Object.fromEntries(FORMS.map((f) => [f, {}])),
           tables: Object.fromEntries(tableIds.map((t) => [t, null])), choices: {} };
}

export function encode(slice) {
  const params = [['wv', LINK_VERSION]];
  if (slice.client) params.push(['client', slice.client]);
  for (const form of FORMS) {
    for (const [name, text] of Object.entries(slice.forms[form] ?? {})) params.push([`${form}.${name}`, text]);
  }
  for (const [key, table] of Object.entries(TABLES)) {
    const rows = slice.tables[table];
    if (!rows) continue;
    params.push([`${key}.n`, String(rows.length)]);  // an emptied table travels too
    rows.forEach((row, i) => {
      for (const [column, text] of Object.entries(row)) if (text !== '') params.push([`${key}.${i}.${column}`, text]);
    });
  }
  for (const name of CHOICES) if (slice.choices[name]) params.push([`ch.${name}`, slice.choices[name]]);
  return params;
}

// One link parameter applied onto `next` (a fresh slice); false when it cannot be read.
function readParam(next, key, value, counts) {
  const [head, ...rest] = key.split('.');
  const tail = rest.join('.');
  if (FORMS.includes(head)) {
    if (!isName(tail)) return false;
    next.forms[head][tail] = textOf(value);
    return true;
  }
  if (Object.hasOwn(TABLES, head)) {
    if (tail === 'n') {
      const n = Number(value);
      if (!Number.isInteger(n) || n < 0 || n > MAX_ROWS) return false;
      counts[head] = n;
      return true;
    }
    const [index, ...column] = rest;
    const i = Number(index);
    if (!/^\d+$/.test(index ?? '') || i >= MAX_ROWS || !isName(column.join('.'))) return false;
    const rows = (next.tables[TABLES[head]] ??= []);
    while (rows.length <= i) rows.push({});
    rows[i][column.join('.')] = textOf(value);
    return true;
  }
  if (head === 'ch' && CHOICES.includes(tail) && isName(value)) {
    next.choices[tail] = value;
    return true;
  }
  return false;
}

// The link's parameters applied onto `slice`; what cannot be read goes to `ignored`. A link of
// the workbench replaces the whole slice: what it does not name is the demo's.
export function decode(params, slice, ignored) {
  const version = params.get('wv') ?? LINK_VERSION;
  if (version !== LINK_VERSION) {
    for (const [key, value] of params) ignored.push(`${key}=${value}`);
    return slice;
  }
  const next = initial();
  const counts = {};
  for (const [key, value] of params) {
    if (key === 'wv') continue;
    if (key === 'client') next.client = textOf(value);
    else if (!readParam(next, key, value, counts)) ignored.push(`${key}=${value}`);
  }
  for (const [key, n] of Object.entries(counts)) {
    const rows = next.tables[TABLES[key]] ?? [];
    while (rows.length < n) rows.push({});
    next.tables[TABLES[key]] = rows.slice(0, n);
  }
  return next;
}

function restoreTexts(raw) {
  const out = {};
  if (!raw || typeof raw !== 'object') return out;
  for (const [name, text] of Object.entries(raw)) if (isName(name) && typeof text === 'string') out[name] = textOf(text);
  return out;
}

// A slice from storage or a file (anything at all) made safe: known forms and tables, name-like
// fields and columns, text only.
export function restore(raw) {
  const slice = initial();
  if (!raw || typeof raw !== 'object') return slice;
  if (typeof raw.client === 'string') slice.client = textOf(raw.client);
  for (const form of FORMS) {
    if (raw.forms && typeof raw.forms === 'object' && Object.hasOwn(raw.forms, form)) slice.forms[form] = restoreTexts(raw.forms[form]);
  }
  for (const table of tableIds) {
    const rows = raw.tables && typeof raw.tables === 'object' && Object.hasOwn(raw.tables, table) ? raw.tables[table] : null;
    if (Array.isArray(rows)) slice.tables[table] = rows.slice(0, MAX_ROWS).map(restoreTexts);
  }
  for (const name of CHOICES) {
    const value = raw.choices && typeof raw.choices === 'object' && Object.hasOwn(raw.choices, name) ? raw.choices[name] : null;
    if (isName(value)) slice.choices[name] = value;
  }
  return slice;
}

export const persisted = (slice) => ({ client: slice.client, forms: slice.forms, tables: slice.tables, choices: slice.choices });

// Once the core's description is known: drops texts for fields and columns the page does not
// have (`known`: {forms: {form: Set}, tables: {table: Set}, choices: {name: [allowed]}}); returns
// {slice, ignored}.
export function prune(slice, known) {
  const ignored = [];
  const forms = {};
  for (const form of FORMS) {
    forms[form] = {};
    for (const [name, text] of Object.entries(slice.forms[form] ?? {})) {
      if (known.forms[form]?.has(name)) forms[form][name] = text;
      else ignored.push(`${form}.${name}=${text}`);
    }
  }
  const tables = {};
  for (const [key, table] of Object.entries(TABLES)) {
    const rows = slice.tables[table];
    tables[table] = rows && rows.map((row) => Object.fromEntries(Object.entries(row).filter(([column, text]) => {
      if (known.tables[table]?.has(column)) return true;
      ignored.push(`${key}.${column}=${text}`);
      return false;
    })));
  }
  const choices = {};
  for (const [name, value] of Object.entries(slice.choices)) {
    if (known.choices[name]?.includes(value)) choices[name] = value;
    else ignored.push(`ch.${name}=${value}`);
  }
  return { slice: { ...slice, forms, tables, choices }, ignored };
}
