// The requests the tool sends, built from its state and the file: pure functions, so Node tests
// pin what reaches the core (tests/web/customer_data.test.mjs).
import { ROLES } from './codec.js';
import { PREVIEW_BYTES, toBase64 } from './files.js';

// Preview of the file's start: bytes (base64) while the encoding is unknown, else its text
// (`partial`: the text is only the start of a bigger file).
export function previewRequest({ bytes, text, partial = false }) {
  if (text !== undefined) {
    const whole = !partial && text.length <= PREVIEW_BYTES;
    return { version: 1, calculation: 'preview_transactions',
             inputs: { text: whole ? text : text.slice(0, PREVIEW_BYTES), text_is: whole ? 'whole_file' : 'start_of_file' } };
  }
  const whole = bytes.length <= PREVIEW_BYTES;
  return { version: 1, calculation: 'preview_transactions',
           inputs: { base64: toBase64(whole ? bytes : bytes.subarray(0, PREVIEW_BYTES)), text_is: whole ? 'whole_file' : 'start_of_file' } };
}

// The column mapping to send: the user's choice for each role, else the preview's guess;
// optional roles left unmapped stay out. Null when customer or date has no column at all.
export function mappingOf(slice, preview) {
  const guessed = preview?.columns ?? {};
  const columns = {};
  for (const role of ROLES) {
    const chosen = slice.columns[role];
    const column = chosen === null ? guessed[role] : chosen;
    if (chosen === -1) continue;  // "none" chosen for an optional role
    if (column !== null && column !== undefined) columns[role] = column;
  }
  return columns;
}

// The summary settings shared by summarise_transactions and summary_sql.
function summaryInputs(slice) {
  const inputs = { time_unit: slice.time_unit, grouping: slice.grouping, returns: slice.returns };
  if (slice.observation_end) inputs.observation_end = slice.observation_end;
  if (slice.calibration_end) inputs.calibration_end = slice.calibration_end;
  return inputs;
}

// `text` undefined: the file's bytes go through the engine's summary session instead.
export function summariseRequest(slice, text, preview) {
  const inputs = { text, columns: mappingOf(slice, preview), date_format: slice.date_format, ...summaryInputs(slice) };
  if (text === undefined) delete inputs.text;
  return { version: 1, calculation: 'summarise_transactions', inputs };
}

// `names`: {table, customer_column, date_column, amount_column}, each left out when empty.
export function sqlRequest(slice, names = {}) {
  const inputs = { dialect: slice.dialect, ...summaryInputs(slice) };
  for (const [key, value] of Object.entries(names)) if (value) inputs[key] = value;
  return { version: 1, calculation: 'summary_sql', inputs };
}

// The summary's columns a model is fitted to: passed on as the core gave them (columns, not
// one object per customer). `customers`: summarise_transactions' or read_summary's `customers`.
export function modelColumns(customers, model) {
  const columns = model === 'gamma_gamma'
    ? { frequency: customers.frequency, monetary_value: customers.monetary_value }
    : { frequency: customers.frequency, recency: customers.recency, T: customers.T };
  if (Array.isArray(customers.weight)) columns.weight = customers.weight;
  return columns;
}

export function fitRequest(model, customers) {
  return { version: 1, calculation: 'fit_model', inputs: { model, customers: modelColumns(customers, model) } };
}

// The fitted purchase model held against the summary's holdout and tracking (validate_model):
// `summary` is summarise_transactions' result with a holdout, `params` the fit's.
export function validateRequest(model, params, summary) {
  const k = summary.customers;
  const t = summary.tracking;
  const inputs = { model, params, customers: { frequency: k.frequency, recency: k.recency, T: k.T },
                   holdout: { frequency: summary.holdout.frequency, duration: summary.holdout.duration } };
  if (t) inputs.tracking = { time: t.time, repeat_purchases: t.repeat_purchases, calibration_end: t.calibration_end };
  return { version: 1, calculation: 'validate_model', inputs };
}
