// A file too big for one JSON request (a transaction log, or a per-customer summary), read where
// the engine runs (the Worker): the File is read slice by slice (Blob.slice, never whole), each
// slice's bytes fed to the core's summary session (src/api/customer_data/summary_session.hpp),
// which keeps the summary in wasm memory. The page gets the summary's tables and a dataset id
// back, then fits, predicts and validates by that id: no column of a million numbers crosses a
// message or a JSON request; the prediction's CSV comes back as a Blob made of slices.
// One dataset is held at a time (a new file's summary replaces it). Moves bytes only: the core
// reads them (a GBK or UTF-16 file, which the core asks to have decoded, is turned into UTF-8
// here with the browser's streaming TextDecoder, which carries a character cut between slices).
import { failure } from './actions.js';

export const SLICE_BYTES = 4 * 1024 * 1024;

let held = null;  // {id, session}
let lastId = 0;

function release() {
  held?.session.delete();
  held = null;
}

const abort = () => Object.assign(new Error('cancelled'), { name: 'AbortError' });

// UTF-8 bytes of each slice: as they are, or decoded from `encoding` and encoded again.
function utf8Slices(encoding) {
  if (!encoding || encoding === 'utf-8') return (bytes) => bytes;
  const decoder = new TextDecoder(encoding);
  const encoder = new TextEncoder();
  return (bytes, last) => encoder.encode(decoder.decode(bytes, { stream: !last }));
}

// Feeds the file's slices to the session, reporting {bytes, total} after each; stops early when
// the core needs no more (a problem that stops the reading).
async function feedFile(session, file, encoding, sliceBytes, { onProgress, cancelled }) {
  const utf8 = utf8Slices(encoding);
  for (let at = 0; at < file.size; at += sliceBytes) {
    if (cancelled()) throw abort();
    const end = Math.min(file.size, at + sliceBytes);
    const bytes = new Uint8Array(await file.slice(at, end).arrayBuffer());
    if (cancelled()) throw abort();
    const more = session.feed(utf8(bytes, end === file.size));
    onProgress({ bytes: end, total: file.size });
    if (!more) break;
  }
}

// {file: a Blob, request: summarise_transactions or read_summary without text, encoding, shown,
// sliceBytes} ->
// {text: the response, dataset: its id (null when nothing is kept)}.
export async function summariseFile(module, { file, request, encoding = 'utf-8', shown = 20, sliceBytes = SLICE_BYTES }, context) {
  if (typeof module.SummarySession !== 'function') return { text: JSON.stringify(failure(request, 'internal_error')), dataset: null };
  release();
  const session = new module.SummarySession();
  let kept = false;
  try {
    const refused = session.begin(JSON.stringify(request), file.size);
    if (refused) return { text: refused, dataset: null };
    await feedFile(session, file, encoding, Math.max(1, sliceBytes), context);
    const text = session.finish(shown);
    if (session.customers() === 0) return { text, dataset: null };
    held = { id: ++lastId, session };
    kept = true;
    return { text, dataset: held.id };
  } finally {
    if (!kept) session.delete();
  }
}

// The session's answer to `request` on the summary `dataset`, or dataset_missing when that
// dataset is no longer held (another replaced it, or the Worker was restarted).
function onHeld(method, { dataset, request }) {
  if (!held || held.id !== dataset) return JSON.stringify(failure(request, 'dataset_missing'));
  return held.session[method](JSON.stringify(request));
}

// {dataset, request} -> the response text of fit_model (the model only), predict or
// validate_model (without customers, holdout or tracking). Declarations, not constants:
// actions.js, which this file imports, lists them before this file has run.
export function fitDataset(module, payload) { return onHeld('fit', payload); }
export function predictDataset(module, payload) { return onHeld('predict', payload); }
export function validateDataset(module, payload) { return onHeld('validate', payload); }

export const CSV_ROWS = 100000;

// {dataset} -> a CSV of every customer as a Blob (null when that dataset, or the prediction, is
// gone), built from slices of rows so no one string holds a million rows. `method`: the
// session's predictionsCsv (the last prediction) or summaryCsv (the summary).
async function csvBlob(method, { dataset }, { onProgress, cancelled } = {}) {
  if (!held || held.id !== dataset) return null;
  const total = held.session.customers();
  const parts = [];
  for (let from = 0; from < total; from += CSV_ROWS) {
    if (cancelled?.()) throw abort();
    const part = held.session[method](from, CSV_ROWS);
    if (!part) break;
    parts.push(part);
    onProgress?.({ rows: Math.min(total, from + CSV_ROWS), total });
  }
  return parts.length ? new Blob(parts, { type: 'text/csv;charset=utf-8' }) : null;
}

export function predictionsCsv(module, payload, context) { return csvBlob('predictionsCsv', payload, context); }
export function summaryCsv(module, payload, context) { return csvBlob('summaryCsv', payload, context); }

// What the engine holds: its wasm memory (it grows to the peak of a reading and stays there)
// and the customers of the summary kept.
export function heldMemory(module) {
  return { wasm_bytes: module.HEAPU8?.buffer.byteLength ?? null, customers: held ? held.session.customers() : 0 };
}
