// The customer data tool's pure modules: its part of a link and of storage (codec.js), the
// requests it sends (requests.js, answered here by the native CLI), the file helpers (files.js)
// and the CSV it saves (csv.js).
import test from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot, evaluate } from './support.mjs';
import * as codec from '../../web/tools/customer_data/codec.js';
import { previewRequest, summariseRequest, sqlRequest, mappingOf, validateRequest } from '../../web/tools/customer_data/requests.js';
import { toBase64, decodeText, PREVIEW_BYTES } from '../../web/tools/customer_data/files.js';
import { columnsToCsv, summaryCsv } from '../../web/tools/customer_data/csv.js';

const cdnowBytes = new Uint8Array(readFileSync(path.join(repoRoot, 'data', 'CDNOW_sample.txt')));

test('a link carries the settings and the data set id, and reads back the same slice', () => {
  const slice = { ...codec.initial(), dataset: 'sample', columns: { customer: 1, date: 2, amount: 4, quantity: -1 },
                  time_unit: 'month', calibration_end: '1997-09-30', observation_end: '1998-06-30', summarised: true };
  const params = new URLSearchParams(codec.encode(slice));
  const ignored = [];
  assert.deepEqual(codec.decode(params, codec.initial(), ignored), slice);
  assert.deepEqual(ignored, []);
  assert.equal(params.has('text'), false, 'never the data itself');
});

test('a hostile link or storage entry is left out part by part and named', () => {
  const ignored = [];
  const params = new URLSearchParams('ds=../../etc&col.customer=-5&col.__proto__=1&obs=1998-13&unit=WEEK%20x&run=yes&src=tx');
  const slice = codec.decode(params, codec.initial(), ignored);
  assert.deepEqual(slice, codec.initial());
  assert.equal(ignored.length, 7);
  assert.deepEqual(codec.restore({ dataset: 5, columns: { customer: 'x', date: 2 }, returns: { a: 1 }, summarised: 'yes' }),
                   { ...codec.initial(), columns: { ...codec.initial().columns, date: 2 } });
  assert.deepEqual(codec.restore(null), codec.initial());
});

test('prune puts a choice the core does not allow back to its default and says so', () => {
  const { slice, ignored } = codec.prune({ ...codec.initial(), time_unit: 'fortnight' }, { time_unit: ['day', 'week', 'month'] });
  assert.equal(slice.time_unit, 'week');
  assert.deepEqual(ignored, ['unit=fortnight']);
});

test('the preview request sends the file\'s first 64 KiB as bytes, and the core reads CDNOW from it', () => {
  const request = previewRequest({ bytes: cdnowBytes });
  assert.equal(request.inputs.text_is, 'start_of_file');
  assert.equal(Buffer.from(request.inputs.base64, 'base64').length, PREVIEW_BYTES);
  const response = evaluate(request);
  assert.equal(response.ok, true, JSON.stringify(response.problems));
  assert.equal(response.result.delimiter, 'whitespace');
  assert.equal(response.result.column_count, 5);
});

test('the summarise request with the user\'s columns gives the 2,357 CDNOW customers', () => {
  const preview = evaluate(previewRequest({ bytes: cdnowBytes })).result;
  const slice = { ...codec.initial(), columns: { customer: 1, date: 2, amount: 4, quantity: null }, calibration_end: '1997-09-30' };
  const request = summariseRequest(slice, decodeText(cdnowBytes), preview);
  assert.deepEqual(request.inputs.columns, { customer: 1, date: 2, amount: 4, ...(preview.columns.quantity === null ? {} : { quantity: preview.columns.quantity }) });
  const response = evaluate(request);
  assert.equal(response.ok, true, JSON.stringify(response.problems));
  assert.equal(response.result.statistics.customers, 2357);
  assert.equal(response.result.conventions.calibration_end, '1997-09-30');
});

test('the validation request carries the summary\'s holdout and tracking as columns, and the core validates CDNOW', () => {
  const preview = evaluate(previewRequest({ bytes: cdnowBytes })).result;
  const slice = { ...codec.initial(), columns: { customer: 1, date: 2, amount: 4, quantity: null }, calibration_end: '1997-09-30',
                  observation_end: '1998-06-30' };
  const summary = evaluate(summariseRequest(slice, decodeText(cdnowBytes), preview)).result;
  const params = { r: 0.2426, alpha: 4.4136, a: 0.7929, b: 2.4259 };
  const request = validateRequest('bg_nbd', params, summary);
  assert.deepEqual(Object.keys(request.inputs.holdout), ['frequency', 'duration']);
  assert.equal(request.inputs.tracking.time.length, 78);
  const response = evaluate(request);
  assert.equal(response.ok, true, JSON.stringify(response.problems));
  assert.equal(response.result.totals.actual_holdout_purchases, summary.statistics.holdout_purchases);
  assert.equal(response.result.tracking.time.length, 78);
});

test('"none" for an optional column leaves it out; unset roles take the preview\'s guess', () => {
  const preview = { columns: { customer: 0, date: 1, amount: 2, quantity: 3 } };
  const slice = { ...codec.initial(), columns: { customer: null, date: 4, amount: -1, quantity: null } };
  assert.deepEqual(mappingOf(slice, preview), { customer: 0, date: 4, quantity: 3 });
});

test('the SQL request carries the summary settings and only the names given', () => {
  const request = sqlRequest({ ...codec.initial(), dialect: 'bigquery', calibration_end: '1997-09-30' }, { table: 'shop.orders', date_column: '' });
  assert.deepEqual(request.inputs, { dialect: 'bigquery', time_unit: 'week', grouping: 'day', returns: 'drop', calibration_end: '1997-09-30', table: 'shop.orders' });
  const response = evaluate(request);
  assert.equal(response.ok, true);
  assert.match(response.result.sql, /shop/);
});

test('base64 of any bytes is RFC 4648, and text decodes from UTF-8 (BOM dropped) and GBK', () => {
  const bytes = new Uint8Array(100_000).map((_, i) => (i * 7919) % 256);
  assert.equal(toBase64(bytes), Buffer.from(bytes).toString('base64'));
  assert.equal(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x41])), 'A');
  assert.equal(decodeText(new Uint8Array(Buffer.from('v827pyzI1cba', 'base64')), 'gbk'), '客户,日期');
});

test('the saved CSV keeps every digit and quotes what needs it', () => {
  assert.equal(columnsToCsv({ id: ['a,b', 'c"d'], x: [0.1 + 0.2, 3] }), 'id,x\n"a,b",0.30000000000000004\n"c""d",3\n');
  const csv = summaryCsv({ customers: { id: ['1'], frequency: [2], recency: [30.4], T: [38.9], monetary_value: [22.3], total_spend: [74] },
                           holdout: { frequency: [1], monetary_value: [26.5], spend: [26.5], duration: 39 } });
  assert.equal(csv.split('\n')[1], '1,2,30.4,38.9,22.3,74,1,26.5,39');
});
