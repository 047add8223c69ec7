// The workbench wasm module (clvworkbench) gives the native CLI's answers: the README's example
// of each workbench calculation (unit_economics first: the dashboard's one request), a monthly
// variant, and bad input (parsed JSON; numbers equal to 1e-12 relative). Its describe lists its
// own family only.
import test from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { evaluateNative, repoRoot, wasmDir } from './wasm_engine.mjs';
import { loadModule, assertSameJson, readmeRequests } from './module_support.mjs';

const family = ['unit_economics', 'cost_structure_periods', 'segments', 'sensitivity', 'break_even', 'loyalty_programme', 'satisfaction_index', 'scenarios', 'value_composition', 'win_back'];
// The wasm build's own output when it holds this module (wasm_engine.mjs says why), else dist/.
const built = path.join(repoRoot, 'build', 'wasm', 'web');
const moduleDir = process.env.CLV_WASM_DIR ?? (fs.existsSync(path.join(built, 'clvworkbench.wasm')) ? built : wasmDir);




function variants(readme) {
  const client = readme.find((request) => request.calculation === 'unit_economics');
  const monthly = { ...client.inputs, period: 'month', discount_rate_period: 'year', retention_rate: 0.96, horizon_periods: 36 };
  const bad = { ...client.inputs, gross_margin_rate: 1.5, new_customers: 0 };
  const scenarios = readme.find((request) => request.calculation === 'scenarios').inputs;
  const value = readme.find((request) => request.calculation === 'value_composition').inputs;
  return [{ calculation: 'unit_economics', inputs: monthly }, { calculation: 'unit_economics', inputs: bad },
    // A monthly variant with a list of rates, and a variant's bad value and unknown field.
    { calculation: 'scenarios', inputs: { ...scenarios, variants: [...scenarios.variants, { name: 'Monthly', period: 'month', retention_rate: null, retention_rates: [0.9, 0.97], horizon_periods: 36 }] } },
    { calculation: 'scenarios', inputs: { ...scenarios, variants: [{ name: 'Bad', retention_rate: 1.5, retention_rte: 1 }] } },
    { calculation: 'value_composition', inputs: { ...value, period: 'month', discount_rate_period: 'year', retention_rate: 0.97, horizon_periods: 60, history: 'as_earned' } },
    { calculation: 'scenarios', inputs: { base_calculation: 'segments', base: readme.find((request) => request.calculation === 'segments').inputs,
      variants: [{ name: 'Loyal stay longer', segments: [{ name: 'Loyal', retention_rate: 0.9 }] }, { name: 'Dearer money', discount_rate: 0.15 }] } },
    { calculation: 'win_back', inputs: { lapsed_customers: 300, offer_cost_per_customer: 250, win_back_rate: 0.5, regained_customer_value: 200 } }];
}

test('the workbench wasm module answers unit_economics and the rest as the native CLI does', async () => {
  assert.ok(fs.existsSync(path.join(moduleDir, 'clvworkbench.js')), 'clvworkbench.js is missing: build the wasm (scripts/build.sh)');
  const engine = await loadModule(moduleDir, 'clvworkbench');
  const readme = readmeRequests(family);
  assert.deepEqual([...new Set(readme.map((request) => request.calculation))], family, 'a README example per calculation');
  for (const request of [...readme, ...variants(readme)]) {
    const text = JSON.stringify({ version: 1, ...request });
    const wasm = JSON.parse(engine.evaluate(text)), native = JSON.parse(evaluateNative(text));
    assertSameJson(wasm, native, `${request.calculation} ${JSON.stringify(request.inputs).slice(0, 60)}`);
  }
  const unit = JSON.parse(engine.evaluate(JSON.stringify(readme[0])));
  assert.equal(unit.ok, true);
  assert.equal(unit.result.payback_period, 3);
  const described = JSON.parse(engine.evaluate('{"calculation":"describe"}')).result;
  assert.equal(described.family, 'workbench');
  assert.deepEqual(described.calculations.map((c) => c.name), family);
});
