// validate_model through the real customer-data wasm module (clvcalc-data): the CDNOW sample
// summarised with the classic 39 + 39 week split (calibration to 1997-09-30, holdout to
// 1998-06-30), BG/NBD and Pareto/NBD fitted, then validated: the same JSON as the native CLI
// (numbers to 1e-9 relative: the fits' parameters come from an optimiser whose libm may differ
// in the last bits, so the wasm's own fit is validated by both builds), and the README example.
import test from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { evaluateNative, repoRoot, wasmDir } from './wasm_engine.mjs';
import { loadModule, assertSameJson, readmeRequests } from './module_support.mjs';

const engine = await loadModule(wasmDir, 'clvcalc-data');
const ask = (request) => JSON.parse(engine.evaluate(JSON.stringify(request)));

function cdnowSummary() {
  const text = fs.readFileSync(path.join(repoRoot, 'data', 'CDNOW_sample.txt'), 'utf8');
  const summary = ask({ calculation: 'summarise_transactions', inputs: { text, columns: { customer: 1, date: 2, amount: 4 },
    calibration_end: '1997-09-30', observation_end: '1998-06-30' } });
  assert.equal(summary.ok, true, JSON.stringify(summary.problems));
  return summary.result;
}

function validateRequest(model, params, s) {
  const k = s.customers, t = s.tracking;
  return { calculation: 'validate_model', inputs: { model, params, customers: { frequency: k.frequency, recency: k.recency, T: k.T },
    holdout: { frequency: s.holdout.frequency, duration: s.holdout.duration },
    tracking: { time: t.time, repeat_purchases: t.repeat_purchases, calibration_end: t.calibration_end } } };
}

function near(actual, expected, relative, where) {
  if (typeof expected === 'number') {
    assert.ok(Math.abs(actual - expected) <= relative * Math.max(Math.abs(expected), 1e-300), `${where}: wasm ${actual} != native ${expected}`);
  } else if (Array.isArray(expected)) expected.forEach((v, i) => near(actual[i], v, relative, `${where}[${i}]`));
  else if (expected && typeof expected === 'object') for (const key of Object.keys(expected)) near(actual[key], expected[key], relative, `${where}.${key}`);
  else assert.equal(actual, expected, where);
}

test('validate_model in wasm answers as the CLI does, on the CDNOW 39 + 39 week split', () => {
  const summary = cdnowSummary();
  assert.equal(summary.tracking.time.length, 78);
  for (const model of ['bg_nbd', 'pareto_nbd']) {
    const k = summary.customers;
    const fit = ask({ calculation: 'fit_model', inputs: { model, customers: { frequency: k.frequency, recency: k.recency, T: k.T } } });
    assert.equal(fit.ok, true, model);
    const request = validateRequest(model, fit.result.params, summary);
    const wasm = ask(request), native = JSON.parse(evaluateNative(JSON.stringify(request)));
    assert.equal(wasm.ok, true, JSON.stringify(wasm.problems));
    near(wasm, native, 1e-9, model);
    const r = wasm.result;
    assert.equal(r.histogram.model.reduce((a, b) => a + b, 0).toFixed(6), '2357.000000', `${model}: the model histogram holds every customer`);
    assert.equal(r.totals.actual_holdout_purchases, summary.statistics.holdout_purchases);
    r.tracking.model_cumulative.forEach((v, i, all) => assert.ok(i === 0 || v >= all[i - 1], `${model}: cumulative tracking falls at ${i}`));
    r.p_alive_by_recency.mean_p_alive.forEach((v) => assert.ok(v >= 0 && v <= 1));
  }
});

test('the README example of validate_model is answered alike by wasm and the CLI', () => {
  const requests = readmeRequests(['validate_model']);
  assert.ok(requests.length >= 1);
  for (const request of requests) {
    const text = JSON.stringify(request);
    assertSameJson(JSON.parse(engine.evaluate(text)), JSON.parse(evaluateNative(text)));
  }
});
