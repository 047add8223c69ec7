// fit_model and predict through the real customer-data wasm module (clvcalc-data): the CDNOW
// calibration summary (tests/data/, lifetimes' copy) gives the published BG/NBD, Pareto/NBD and
// Gamma-Gamma parameters (Fader, Hardie & Lee 2005; /work/shared/data/README.md) to 4
// significant digits (1e-4 relative; Pareto/NBD 3e-4, as tests/core/models/ says why), and the
// same fits and predictions as the native CLI (parameters to 1e-6 relative: the two builds'
// libm may differ in the last bits, which moves an optimum only within its tolerance).
import test from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { evaluateNative, repoRoot, wasmDir } from './wasm_engine.mjs';
import { loadModule } from './module_support.mjs';


// ID,x,t_x,T,zbar as the request's columns.
function cdnowColumns() {
  const lines = fs.readFileSync(path.join(repoRoot, 'tests', 'data', 'cdnow_customers_summary_with_transactions.csv'), 'utf8')
    .trim().split('\n').slice(1);
  const columns = { frequency: [], recency: [], T: [], monetary_value: [] };
  for (const line of lines) {
    const [, x, tx, T, zbar] = line.split(',').map(Number);
    columns.frequency.push(x);
    columns.recency.push(tx);
    columns.T.push(T);
    columns.monetary_value.push(zbar);
  }
  return columns;
}

function near(actual, expected, relative, where) {
  assert.ok(Math.abs(actual - expected) <= relative * Math.abs(expected), `${where}: ${actual} is not ${expected} ± ${relative} relative`);
}

const customers = cdnowColumns();
const published = {
  bg_nbd: { params: { r: 0.2426, alpha: 4.4136, a: 0.7929, b: 2.4259 }, log_likelihood: -9582.43, tolerance: 1e-4 },
  pareto_nbd: { params: { r: 0.5533, alpha: 10.5776, s: 0.6061, beta: 11.6679 }, log_likelihood: -9594.98, tolerance: 3e-4 },
  gamma_gamma: { params: { p: 6.2488, q: 3.7446, v: 15.4477 }, log_likelihood: -4055.92, tolerance: 5e-4 },
};

test('fit_model in wasm gives the published CDNOW parameters, as the CLI does', async () => {
  const engine = await loadModule(wasmDir, 'clvcalc-data');
  for (const [model, want] of Object.entries(published)) {
    const text = JSON.stringify({ calculation: 'fit_model', inputs: { model, customers } });
    const wasm = JSON.parse(engine.evaluate(text)), native = JSON.parse(evaluateNative(text));
    assert.equal(wasm.ok, true, JSON.stringify(wasm.problems));
    const result = wasm.result;
    assert.equal(result.converged, true, model);
    assert.equal(result.customers, model === 'gamma_gamma' ? 946 : 2357);
    for (const [name, value] of Object.entries(want.params)) {
      near(result.params[name], value, want.tolerance, `${model} ${name}`);
      near(result.params[name], native.result.params[name], 1e-6, `${model} ${name} wasm = native`);
      assert.ok(result.standard_errors[name] > 0, `${model} standard error of ${name}`);
    }
    assert.ok(Math.abs(result.log_likelihood - want.log_likelihood) < 0.01, `${model} log-likelihood ${result.log_likelihood}`);
  }
});

test('predict in wasm gives the CLI\'s per-customer columns', async () => {
  const engine = await loadModule(wasmDir, 'clvcalc-data');
  const text = JSON.stringify({ calculation: 'predict', inputs: {
    model: 'bg_nbd', params: published.bg_nbd.params, customers, horizon: 39,
    gamma_gamma: published.gamma_gamma.params, margin: 0.3, discount_rate: 0.1, discount_rate_period: 'year' } });
  const wasm = JSON.parse(engine.evaluate(text)), native = JSON.parse(evaluateNative(text));
  assert.equal(wasm.ok, true, JSON.stringify(wasm.problems));
  for (const column of ['expected_purchases', 'p_alive', 'expected_spend', 'clv']) {
    assert.equal(wasm.result.customers[column].length, 2357, column);
    wasm.result.customers[column].forEach((value, i) => near(value, native.result.customers[column][i], 1e-9, `${column}[${i}]`));
  }
  // Customer 1 (x = 2, t_x = 30.43, T = 38.86): 1.226 purchases in the next 39 weeks (published, 3 decimals).
  assert.ok(Math.abs(wasm.result.customers.expected_purchases[0] - 1.226) < 0.0005);
  assert.deepEqual(wasm.result.customers.expected_spend.slice(0, 3).map((v) => Math.round(v * 100) / 100), [24.66, 18.91, 35.17]);
});

test('predict in wasm gives the CLI\'s distribution of value: histogram, tiers and top customers', async () => {
  const engine = await loadModule(wasmDir, 'clvcalc-data');
  const text = JSON.stringify({ calculation: 'predict', inputs: {
    model: 'bg_nbd', params: published.bg_nbd.params, customers, horizon: 52,
    gamma_gamma: published.gamma_gamma.params, margin: 0.3, discount_rate: 0.1, discount_rate_period: 'year' } });
  const wasm = JSON.parse(engine.evaluate(text)), native = JSON.parse(evaluateNative(text));
  assert.equal(wasm.ok, true, JSON.stringify(wasm.problems));
  const d = wasm.result.distribution, n = native.result.distribution;
  assert.equal(d.value_basis, 'clv');
  assert.equal(d.counts.reduce((a, b) => a + b, 0), 2357, 'the histogram counts every customer');
  assert.deepEqual(d.tiers.map((t) => t.tier), ['A', 'B', 'C']);
  assert.equal(d.tiers.reduce((a, t) => a + t.customers, 0), 2357, 'the tiers partition the customers');
  assert.deepEqual(d.tiers.map((t) => t.customers), n.tiers.map((t) => t.customers));
  d.tiers.forEach((t, k) => near(t.share_of_value, n.tiers[k].share_of_value, 1e-9, `tier ${t.tier} share`));
  assert.deepEqual(d.top, n.top);
  // The top customer is A, and A's threshold is no higher than its value.
  assert.equal(d.tier_of[d.top[0]], 'A');
  assert.ok(d.tiers[0].threshold <= wasm.result.customers.clv[d.top[0]]);
});

test('fit_model in wasm: the sBG on Fader & Hardie\'s regular plan, its projection and observed retention', async () => {
  const engine = await loadModule(wasmDir, 'clvcalc-data');
  const survivors = [1000, 631, 468, 382, 326, 289, 262, 241];
  const answer = JSON.parse(engine.evaluate(JSON.stringify({ calculation: 'fit_model', inputs: { model: 'sbg', survivors } })));
  assert.equal(answer.ok, true);
  // Published α = 0.704, β = 1.182 (3 decimals); survivors of years 8–12 220.1, 204.4, 191.2, 179.9, 170.0 (0.1).
  assert.ok(Math.abs(answer.result.params.alpha - 0.704) < 0.0005);
  assert.ok(Math.abs(answer.result.params.beta - 1.182) < 0.0005);
  [220.1, 204.4, 191.2, 179.9, 170.0].forEach((v, k) => assert.ok(Math.abs(answer.result.projection.survivors[8 + k] - v) < 0.05));
  near(answer.result.projection.observed_retention_rate[1], 0.631, 1e-12, 'r_1 = 631 / 1000');
});
