// What happens to a file, step by step, each a function of the controller's context `c`
// ({model, engine, shelf, slice(), setSlice(patch), render(), notify}): read from disk and kept,
// opened by id, previewed (decoded first when the core says GBK or UTF-16), summarised, or read
// as a summary. Long steps take the run's `signal` (Cancel) and report through `progress`.
import { t } from '../../i18n/i18n.js';
import { readBytes, readHead, decodeText, STREAMED_ABOVE } from './files.js';
import { previewRequest, summariseRequest } from './requests.js';
import { SHOWN_CUSTOMERS } from './views/summary.js';

const EMPTY_COLUMNS = { customer: null, date: null, amount: null, quantity: null };
export const settingsOf = (request) => JSON.stringify({ ...request.inputs, text: undefined });
const tooLarge = (problems) => problems.map((p) => (p.code === 'request_too_large' ? { word: 'too_large_for_page' } : p));

// `bytes`: the whole file (a small one); a big one is `blob` and its `head`, the start.
export function setFile(c, { bytes = null, blob = null, head = null }) {
  Object.assign(c.model, { bytes, blob, head: head ?? bytes, text: null, decodedFrom: null, preview: null, summary: null,
                           dataset: null, summarySettings: null, brought: null, problems: [], problemFile: null });
}

// The preview of the file's start. Bytes first (the core detects the encoding); a GBK or
// UTF-16 file is decoded here with the label the core names, and its text previewed instead.
export async function previewNow(c, signal, progress) {
  const { model } = c;
  progress('previewing');
  let response = await c.engine.evaluate(previewRequest({ bytes: model.head }), { signal });
  const decode = response.ok ? null : response.problems.find((p) => p.code === 'needs_decoding');
  if (decode) {
    const label = decode.allowed?.[0];
    let text;
    try { text = decodeText(model.head, label); } catch {
      model.problems = [{ word: 'cannot_decode', params: { encoding: String(label).toUpperCase() } }];
      c.render();
      return;
    }
    model.decodedFrom = label;
    if (model.bytes) model.text = text;  // a big file is decoded slice by slice when summarised
    response = await c.engine.evaluate(previewRequest({ text, partial: !model.bytes }), { signal });
  }
  model.preview = response.ok ? response : null;
  model.problems = response.ok ? [] : response.problems;
  c.render();
}

export async function summariseNow(c, signal, progress) {
  const { model } = c;
  if (!model.bytes) return summariseStreamed(c, signal, progress);
  progress('summarising');
  model.problemFile = null;
  model.text ??= decodeText(model.bytes, 'utf-8');
  const request = summariseRequest(c.slice(), model.text, model.preview?.result);
  const response = await c.engine.evaluate(request, { signal });
  model.problems = response.ok ? [] : tooLarge(response.problems);
  if (response.ok) Object.assign(model, { summary: response, summarySettings: settingsOf(request) });
  if (response.ok) c.setSlice({ summarised: true });
  c.render();
}

// A big file: its slices fed to the core in the engine's Worker, which keeps the summary there
// (engine/datasets.js); the page gets the tables, the first customers and the dataset's id.
async function summariseStreamed(c, signal, progress) {
  const { model } = c;
  progress('summarising', 0);
  model.problemFile = null;
  const request = summariseRequest(c.slice(), undefined, model.preview?.result);
  const { response, dataset } = await c.engine.summariseFile(
    { file: model.blob, request, encoding: model.decodedFrom ?? 'utf-8', shown: SHOWN_CUSTOMERS },
    { signal, onProgress: (p) => progress('summarising', p.total ? p.bytes / p.total : null) });
  model.problems = response.ok ? [] : response.problems;
  if (response.ok) Object.assign(model, { summary: response, dataset, summarySettings: settingsOf(request) });
  if (response.ok) c.setSlice({ summarised: true });
  c.render();
}

// A summary file, read by the core (read_summary) from its text; a big one slice by slice in
// the engine's Worker, which keeps it as it keeps a big log's summary.
export async function readSummaryNow(c, signal, progress) {
  const { model } = c;
  progress('reading_summary');
  model.problemFile = null;
  if (!model.bytes) return readSummaryStreamed(c, signal, progress);
  model.text ??= decodeText(model.bytes, 'utf-8');
  const response = await c.engine.evaluate({ version: 1, calculation: 'read_summary', inputs: { text: model.text } }, { signal });
  model.problems = response.ok ? [] : tooLarge(response.problems);
  model.brought = response.ok ? response : null;
  c.render();
}

async function readSummaryStreamed(c, signal, progress) {
  const { model } = c;
  const request = { version: 1, calculation: 'read_summary', inputs: {} };
  const { response, dataset } = await c.engine.summariseFile(
    { file: model.blob, request, encoding: model.decodedFrom ?? 'utf-8', shown: SHOWN_CUSTOMERS },
    { signal, onProgress: (p) => progress('reading_summary', p.total ? p.bytes / p.total : null) });
  model.problems = response.ok ? [] : response.problems;
  Object.assign(model, { brought: response.ok ? response : null, dataset: response.ok ? dataset : null });
  c.render();
}

async function afterPreview(c, signal, progress, summarise) {
  if (!c.model.preview) return;
  if (c.model.file.kind === 'summary') await readSummaryNow(c, signal, progress);
  else if (summarise) await summariseNow(c, signal, progress);
}

export async function refreshKept(c) {
  try { c.model.kept = await c.shelf.list(); } catch { c.model.kept = []; }
}

// A file from disk: read (with progress), previewed, and kept in this browser once the core can
// read it. A file it refuses changes nothing: what was open stays open, and the message names
// the refused file.
export async function loadFile(c, file, signal, progress) {
  const small = file.size <= STREAMED_ABOVE;
  const bytes = small ? await readBytes(file, { signal, onProgress: (f) => progress('reading', f) }) : null;
  const head = small ? null : await readHead(file);
  const kind = c.slice().source;
  const previous = { ...c.model };
  setFile(c, { bytes, blob: small ? null : file, head });
  c.model.file = { id: null, name: file.name, size: file.size, kind };
  await previewNow(c, signal, progress);
  if (!c.model.preview) {
    Object.assign(c.model, previous, { problems: c.model.problems, problemFile: file.name });
    c.render();
    return;
  }
  try { c.model.file.id = await c.shelf.keep(file.name, kind, bytes ?? file); } catch { c.notify.toast(t('data', 'not_kept')); }
  await refreshKept(c);
  if (c.model.file.id) c.setSlice({ dataset: c.model.file.id, columns: EMPTY_COLUMNS, date_format: 'auto', summarised: false });
  await afterPreview(c, signal, progress, false);
}

// The file `id` (a sample, or one kept here), previewed; summarised again if it was.
export async function openDataset(c, id, signal, progress) {
  progress('opening');
  // The file being replaced leaves the screen at once: no Summarise of it while this one opens.
  Object.assign(c.model, { preview: null, summary: null, brought: null, problems: [] });
  c.render();
  const found = await c.shelf.load(id);
  if (!found) {
    c.model.problems = [{ word: 'dataset_missing' }];
    c.setSlice({ dataset: null, summarised: false });
    c.render();
    return;
  }
  const kind = found.meta.kind === 'summary' ? 'summary' : 'transactions';
  c.model.file = { id, name: found.meta.name, size: found.meta.size, kind };
  setFile(c, { bytes: found.bytes ?? null, blob: found.blob ?? null, head: found.blob ? await readHead(found.blob) : null });
  if (c.slice().source !== kind) c.setSlice({ source: kind });
  await previewNow(c, signal, progress);
  await afterPreview(c, signal, progress, c.slice().summarised && Boolean(c.model.preview));
}

export async function forget(c, id) {
  try { await c.shelf.forget(id); } catch { /* already gone */ }
  await refreshKept(c);
  if (c.slice().dataset === id) {
    Object.assign(c.model, { file: null, bytes: null, blob: null, head: null, text: null, preview: null, summary: null, dataset: null,
                             brought: null, problems: [] });
    c.setSlice({ dataset: null, summarised: false });
  }
  c.render();
}
