// The data of the two models fitted to something other than a transaction summary, as the user
// types or pastes it, and the requests built from it: the sBG's survivor curve (customers left
// at the start and after each period) and the BG/BB's discrete-period histories (frequency,
// recency, periods, count). Reading only: numbers are read as typed, the core checks them (a
// token that is not a number goes on as text, and the core names its place). Pure functions
// (tests/web/customer_data_models.test.mjs).
import { parseNumber } from '../../ui/parse.js';

// Fader & Hardie (2007), "How to project customer retention": the "regular" plan's survivors
// out of 1,000 in years 0–7.
export const REGULAR_SURVIVORS = '1000 631 468 382 326 289 262 241';

// Fader, Hardie & Shang (2010): the 1995 cohort of 11,104 first-time donors over the six annual
// opportunities 1996–2001 (tests/data/donations_1995_cohort.csv, which a test compares).
export const DONATIONS_1995 = `frequency,recency,periods,count
0,0,6,3464
1,1,6,1091
1,2,6,277
1,3,6,129
1,4,6,78
1,5,6,119
1,6,6,129
2,2,6,613
2,3,6,255
2,4,6,155
2,5,6,173
2,6,6,234
3,3,6,322
3,4,6,181
3,5,6,225
3,6,6,357
4,4,6,240
4,5,6,284
4,6,6,512
5,5,6,335
5,6,6,728
6,6,6,1203
`;

const token = (text) => {
  const read = parseNumber(text);
  return read.value ?? text;  // unreadable text goes on: the core names it (wrong_type)
};

// A survivor curve as typed: numbers separated by spaces, new lines, commas or semicolons.
// Returns {survivors: [...]} or {empty: true}.
export function readSurvivors(text) {
  const items = String(text ?? '').split(/[\s,;，；、]+/).filter((p) => p !== '');
  return items.length ? { survivors: items.map(token) } : { empty: true };
}

// Header words read as each column (compared without case), the summary file's among them.
const HEADERS = {
  frequency: ['frequency', 'x', 'transactions', '次数'],
  recency: ['recency', 't_x', 'tx', 'last', '最近'],
  periods: ['periods', 'n', 'opportunities', '期数'],
  weight: ['count', 'weight', 'customers', 'number', '人数'],
};
const ORDER = ['frequency', 'recency', 'periods', 'weight'];
const cellsOf = (line) => line.split(/[\t,;，；]|\s+/).map((s) => s.trim()).filter((s) => s !== '');

// Which column holds each role: by a header's words, else frequency, recency, periods, count
// in that order. {columns: {role: index}, header: bool}
function layoutOf(first) {
  const found = {};
  first.forEach((cell, k) => {
    const word = cell.toLowerCase();
    for (const role of ORDER) if (found[role] === undefined && HEADERS[role].includes(word)) found[role] = k;
  });
  if (Object.keys(found).length >= 2) return { columns: found, header: true };
  return { columns: Object.fromEntries(ORDER.map((role, k) => [role, k])), header: false };
}

// A table of discrete-period histories, pasted or read from a file: one row per history, cells
// separated by commas, tabs, semicolons or spaces. Returns {customers: {frequency, recency,
// periods[, weight]}, rows} ready for fit_model's bg_bb, or {empty: true}, or {missing: role}
// when a header lacks a needed column. A short row's missing cells go on as empty text.
export function readDiscreteTable(text) {
  const lines = String(text ?? '').replace(/^\uFEFF/, '').split(/\r\n?|\n/).map(cellsOf).filter((cells) => cells.length);
  if (!lines.length) return { empty: true };
  const { columns, header } = layoutOf(lines[0]);
  for (const role of ORDER.slice(0, 3)) if (columns[role] === undefined) return { missing: role };
  const rows = header ? lines.slice(1) : lines;
  if (!rows.length) return { empty: true };
  const customers = {};
  for (const role of ORDER) {
    if (columns[role] === undefined) continue;
    if (role === 'weight' && !header && rows.every((r) => r.length < 4)) continue;
    customers[role] = rows.map((r) => token(r[columns[role]] ?? ''));
  }
  return { customers, rows: rows.length };
}

export function sbgRequest(survivors, projectionPeriods) {
  const inputs = { model: 'sbg', survivors };
  if (projectionPeriods !== undefined) inputs.projection_periods = projectionPeriods;
  return { version: 1, calculation: 'fit_model', inputs };
}

export function bgBbFitRequest(customers) {
  return { version: 1, calculation: 'fit_model', inputs: { model: 'bg_bb', customers } };
}

// Each history's P(alive) and the transactions expected in the next `horizon` opportunities.
export function bgBbPredictRequest(customers, params, horizon) {
  const inputs = { model: 'bg_bb', params, customers, horizon };
  if (horizon === undefined) delete inputs.horizon;
  return { version: 1, calculation: 'predict', inputs };
}

// Typed text as a number for a request (blank: undefined, the core's default; unreadable: the text).
export function typedNumber(text) {
  const read = parseNumber(text);
  return read.empty ? undefined : read.value ?? String(text).trim();
}
