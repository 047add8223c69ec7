// The engine's big-file path (web/engine/datasets.js) on the customer-data wasm module: a File
// read in slices of any size (cut inside records and inside GBK characters) summarises as the
// one-request summarise_transactions does, fits, predictions and validation by dataset id equal
// the requests that carry every column, the prediction's CSV comes back as one Blob of slices,
// a summary file is kept the same way, and a cancel between slices stops the reading and keeps
// nothing.
import test from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { repoRoot, wasmDir } from './wasm_engine.mjs';
import { loadModule } from './module_support.mjs';
import { summariseFile, fitDataset, predictDataset, validateDataset, predictionsCsv, summaryCsv, heldMemory, CSV_ROWS } from '../../web/engine/datasets.js';

const cdnow = fs.readFileSync(path.join(repoRoot, 'data', 'CDNOW_sample.txt'));
const options = { columns: { customer: 0, date: 2, amount: 4 }, calibration_end: '1997-09-30', observation_end: '1998-06-30' };
const request = { version: 1, calculation: 'summarise_transactions', inputs: options };
const quiet = { onProgress: () => {}, cancelled: () => false };
const withoutDataset = (response) => { delete response.result.dataset; return response; };

let engine;
test.before(async () => { engine = await loadModule(wasmDir, 'clvcalc-data'); });

test('any slice size summarises a file as one request does; progress reaches the whole file', async () => {
  const whole = JSON.parse(engine.evaluate(JSON.stringify({ ...request, inputs: { ...options, text: cdnow.toString('utf8') } })));
  assert.equal(whole.ok, true);
  for (const sliceBytes of [cdnow.length, 65_536, 10_007, 4_099]) {
    const seen = [];
    const { text, dataset } = await summariseFile(engine, { file: new Blob([cdnow]), request, shown: 1e9, sliceBytes },
      { onProgress: (p) => seen.push(p), cancelled: () => false });
    const streamed = JSON.parse(text);
    assert.equal(streamed.ok, true, text.slice(0, 300));
    assert.deepEqual(streamed.result.dataset, { customers: 2357, shown: 2357 });
    assert.deepEqual(withoutDataset(streamed), whole, `slices of ${sliceBytes}`);
    assert.ok(dataset > 0);
    assert.deepEqual(seen.at(-1), { bytes: cdnow.length, total: cdnow.length });
    assert.equal(seen.length, Math.ceil(cdnow.length / sliceBytes));
  }
});

test('the summary kept is fitted by its id, as fit_model fits its columns; a new file replaces it', async () => {
  const { text, dataset } = await summariseFile(engine, { file: new Blob([cdnow]), request, shown: 10 }, quiet);
  const summary = JSON.parse(text);
  assert.equal(summary.result.customers.id.length, 10);
  assert.deepEqual(heldMemory(engine).customers, 2357);
  const full = JSON.parse(engine.evaluate(JSON.stringify({ ...request, inputs: { ...options, text: cdnow.toString('utf8') } }))).result.customers;
  for (const model of ['bg_nbd', 'gamma_gamma']) {
    const fitRequest = { version: 1, calculation: 'fit_model', inputs: { model } };
    const byId = JSON.parse(fitDataset(engine, { dataset, request: fitRequest }));
    const byColumns = JSON.parse(engine.evaluate(JSON.stringify({ ...fitRequest, inputs: { model, customers:
      { frequency: full.frequency, recency: full.recency, T: full.T, monetary_value: full.monetary_value } } })));
    assert.equal(byId.ok, true);
    assert.deepEqual(byId, byColumns, model);
  }
  const next = await summariseFile(engine, { file: new Blob([cdnow]), request }, quiet);
  assert.notEqual(next.dataset, dataset);
  const gone = JSON.parse(fitDataset(engine, { dataset, request: { calculation: 'fit_model', inputs: { model: 'bg_nbd' } } }));
  assert.deepEqual(gone.problems.map((p) => p.code), ['dataset_missing']);
});

test('predictions and validation by dataset id equal the requests with every column; the CSV is every customer', async () => {
  const { dataset } = await summariseFile(engine, { file: new Blob([cdnow]), request, shown: 10 }, quiet);
  const evaluate = (r) => JSON.parse(engine.evaluate(JSON.stringify(r)));
  const full = evaluate({ ...request, inputs: { ...options, text: cdnow.toString('utf8') } }).result;
  const columns = { frequency: full.customers.frequency, recency: full.customers.recency, T: full.customers.T };
  const fit = (model) => JSON.parse(fitDataset(engine, { dataset, request: { version: 1, calculation: 'fit_model', inputs: { model } } })).result.params;
  const inputs = { model: 'bg_nbd', params: fit('bg_nbd'), gamma_gamma: fit('gamma_gamma'), horizon: 39, margin: 0.25 };
  const held = JSON.parse(predictDataset(engine, { dataset, request: { version: 1, calculation: 'predict', inputs } }));
  const whole = evaluate({ version: 1, calculation: 'predict', inputs: { ...inputs, customers: { ...columns, monetary_value: full.customers.monetary_value } } });
  assert.equal(held.ok, true);
  assert.deepEqual(held.result.totals, whole.result.totals);
  assert.deepEqual(held.result.customers.clv, whole.result.customers.clv.slice(0, 10));
  assert.deepEqual(held.result.top_customers.id, whole.result.distribution.top.map((i) => full.customers.id[i]));
  const blob = await predictionsCsv(engine, { dataset }, quiet);
  const lines = (await blob.text()).trim().split('\n');
  assert.equal(lines.length, 2358);
  assert.deepEqual(lines[1].split(',').map((cell, k) => (k === 0 ? cell : Number(cell))),
    [full.customers.id[0], columns.frequency[0], columns.recency[0], columns.T[0], whole.result.customers.p_alive[0],
     whole.result.customers.expected_purchases[0], whole.result.customers.expected_spend[0], whole.result.customers.clv[0]]);
  assert.ok(CSV_ROWS > 0);
  const summaryLines = (await (await summaryCsv(engine, { dataset }, quiet)).text()).trim().split('\n');
  assert.equal(summaryLines.length, 2358);
  assert.deepEqual(summaryLines[1].split(',').slice(0, 6).map((cell, k) => (k === 0 ? cell : Number(cell))),
    [full.customers.id[0], columns.frequency[0], columns.recency[0], columns.T[0], full.customers.monetary_value[0], full.customers.total_spend[0]]);
  const validation = { version: 1, calculation: 'validate_model', inputs: { model: 'bg_nbd', params: inputs.params } };
  const t = full.tracking;
  assert.deepEqual(JSON.parse(validateDataset(engine, { dataset, request: validation })), evaluate({ ...validation, inputs: {
    ...validation.inputs, customers: columns, holdout: { frequency: full.holdout.frequency, duration: full.holdout.duration },
    tracking: { time: t.time, repeat_purchases: t.repeat_purchases, calibration_end: t.calibration_end } } }));
  assert.equal(await predictionsCsv(engine, { dataset: dataset + 1000 }, quiet), null);
});

test('a summary file read in slices is kept and fitted as a log summary is', async () => {
  const text = fs.readFileSync(path.join(repoRoot, 'tests', 'data', 'cdnow_customers_summary_with_transactions.csv'));
  const summaryRequest = { version: 1, calculation: 'read_summary', inputs: {} };
  const { text: answer, dataset } = await summariseFile(engine, { file: new Blob([text]), request: summaryRequest, shown: 5, sliceBytes: 9_999 }, quiet);
  const read = JSON.parse(answer);
  assert.equal(read.ok, true, answer.slice(0, 300));
  assert.deepEqual(read.result.dataset, { customers: 2357, shown: 5 });
  const byId = JSON.parse(fitDataset(engine, { dataset, request: { version: 1, calculation: 'fit_model', inputs: { model: 'bg_nbd' } } }));
  // Fader, Hardie & Lee (2005): r 0.2426, alpha 4.4136, a 0.7929, b 2.4259 on this summary, to
  // the 4 significant digits published (relative 5e-4).
  const published = { r: 0.2426, alpha: 4.4136, a: 0.7929, b: 2.4259 };
  for (const [symbol, value] of Object.entries(published))
    assert.ok(Math.abs(byId.result.params[symbol] / value - 1) < 5e-4, `${symbol} = ${byId.result.params[symbol]}`);
});

test('a GBK file is decoded slice by slice, characters cut between slices included', async () => {
  // "客户,日期,金额" then rows of Chinese ids, encoded in GBK by the browser's own tables.
  const rows = ['客户,日期,金额'];
  for (let i = 0; i < 300; i++) rows.push(`${['张三', '李四', '王五'][i % 3]}${i % 7},2023-0${1 + (i % 9)}-1${i % 10},${i % 50 + 1}`);
  const text = `${rows.join('\n')}\n`;
  const gbk = new Uint8Array([...text].flatMap((ch) => [...gbkBytes(ch)]));
  const whole = JSON.parse(engine.evaluate(JSON.stringify({ version: 1, calculation: 'summarise_transactions', inputs: { text } })));
  assert.equal(whole.ok, true);
  for (const sliceBytes of [gbk.length, 101, 7, 1]) {
    const { text: answer } = await summariseFile(engine, { file: new Blob([gbk]), encoding: 'gbk', shown: 1e9, sliceBytes,
      request: { version: 1, calculation: 'summarise_transactions', inputs: {} } }, quiet);
    assert.deepEqual(withoutDataset(JSON.parse(answer)), whole, `slices of ${sliceBytes}`);
  }
});

test('a cancel between slices stops the reading and keeps nothing', async () => {
  let slices = 0;
  await assert.rejects(summariseFile(engine, { file: new Blob([cdnow]), request, sliceBytes: 20_000 },
    { onProgress: () => { slices += 1; }, cancelled: () => slices >= 2 }), { name: 'AbortError' });
  assert.equal(slices, 2);
  assert.equal(heldMemory(engine).customers, 0);
  const refused = await summariseFile(engine, { file: new Blob([cdnow]), request: { ...request, inputs: { ...options, text: 'x' } } }, quiet);
  assert.equal(refused.dataset, null);
  assert.deepEqual(JSON.parse(refused.text).problems.map((p) => [p.field, p.code]), [['inputs.text', 'unknown_field']]);
});

// The GBK bytes of one character (ASCII as it is), found by decoding every double byte once.
const gbkTable = new Map();
function gbkBytes(ch) {
  if (ch.charCodeAt(0) < 0x80) return [ch.charCodeAt(0)];
  if (gbkTable.size === 0) {
    const decoder = new TextDecoder('gbk');
    for (let lead = 0x81; lead <= 0xfe; lead++)
      for (let trail = 0x40; trail <= 0xfe; trail++) gbkTable.set(decoder.decode(new Uint8Array([lead, trail])), [lead, trail]);
  }
  return gbkTable.get(ch);
}
