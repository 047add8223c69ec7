// The customer-data wasm module (clvcalc-data) gives the native CLI's answers: the README's
// examples of its calculations, the CDNOW summary with a holdout, and files it must refuse or
// ask about (parsed JSON; numbers equal to 1e-12 relative). Its describe lists its own family.
import test from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { evaluateNative, repoRoot, wasmDir } from './wasm_engine.mjs';
import { loadModule, assertSameJson, readmeRequests } from './module_support.mjs';

// The family's calculations; the transaction ones must equal the CLI's to 1e-12 (the fits are
// checked in models_wasm.test.mjs, with tolerances: libm's last bits may move an optimum).
const family = ['preview_transactions', 'summarise_transactions', 'summary_sql', 'read_summary', 'fit_model', 'predict', 'validate_model'];
const transactionFamily = family.slice(0, 3);




const cdnow = fs.readFileSync(path.join(repoRoot, 'data', 'CDNOW_sample.txt'), 'utf8');
const requests = [
  ...readmeRequests(transactionFamily),
  { calculation: 'summarise_transactions', inputs: { text: cdnow, calibration_end: '1997-09-30', observation_end: '1998-06-30',
    columns: { customer: 1, date: 2, amount: 4, quantity: 3 } } },
  { calculation: 'summarise_transactions', inputs: { text: cdnow, time_unit: 'month', grouping: 'period', returns: 'keep' } },
  { calculation: 'preview_transactions', inputs: { base64: 'v827pyzI1cbaCtXFyP0sMjAyMy8xLzUK' } },             // GBK
  { calculation: 'summarise_transactions', inputs: { text: 'id,date\n1,05/01/2023\n2,06/02/2023\n' } },    // d/m or m/d?
  { calculation: 'summarise_transactions', inputs: { text: 'id;date;amount\n1;2023-01-01;x\n' } },          // no valid rows
  ...['duckdb', 'postgresql', 'spark', 'bigquery', 'sqlite'].map((dialect) =>
    ({ calculation: 'summary_sql', inputs: { dialect, grouping: 'period', time_unit: 'week', calibration_end: '2023-03-31' } })),
];

test('the customer-data wasm module answers as the native CLI does', async () => {
  assert.ok(fs.existsSync(path.join(wasmDir, 'clvcalc-data.js')), 'clvcalc-data.js is missing: build the wasm (scripts/build.sh)');
  const engine = await loadModule(wasmDir, 'clvcalc-data');
  assert.equal(readmeRequests(transactionFamily).length, transactionFamily.length, 'one README example per calculation');
  for (const request of requests) {
    const text = JSON.stringify({ version: 1, ...request });
    const wasm = JSON.parse(engine.evaluate(text)), native = JSON.parse(evaluateNative(text));
    assertSameJson(wasm, native, `${request.calculation} ${JSON.stringify(request.inputs).slice(0, 80)}`);
  }
  const described = JSON.parse(engine.evaluate('{"calculation":"describe"}')).result;
  assert.equal(described.family, 'customer_data');
  assert.deepEqual(described.calculations.map((c) => c.name), family);
});
