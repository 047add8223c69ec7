// The workbench wasm module (clvworkbench) gives the native CLI's answers: the README's example
// of each workbench calculation (unit_economics first: the dashboard's one request), a monthly
// variant, and bad input (parsed JSON; numbers equal to 1e-12 relative). Its describe lists its
// own family only.
import test from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { loadFactory, evaluateNative, repoRoot, wasmDir } from './wasm_engine.mjs';

const family = ['unit_economics', 'cost_structure_periods', 'segments', 'sensitivity', 'break_even', 'loyalty_programme', 'satisfaction_index'];
// The wasm build's own output when it holds this module (wasm_engine.mjs says why), else dist/.
const built = path.join(repoRoot, 'build', 'wasm', 'web');
const moduleDir = process.env.CLV_WASM_DIR ?? (fs.existsSync(path.join(built, 'clvworkbench.wasm')) ? built : wasmDir);
const glue = path.join(moduleDir, 'clvworkbench.js');

async function loadWorkbenchEngine() {
  const events = ['uncaughtException', 'unhandledRejection'];
  const before = Object.fromEntries(events.map((event) => [event, process.listeners(event)]));
  try {
    return await loadFactory(glue)({ wasmBinary: fs.readFileSync(path.join(moduleDir, 'clvworkbench.wasm')) });
  } finally {
    for (const event of events)
      for (const listener of process.listeners(event)) if (!before[event].includes(listener)) process.off(event, listener);
  }
}

function assertSameJson(actual, expected, where = '$') {
  if (typeof actual === 'number' && typeof expected === 'number') {
    const scale = Math.max(Math.abs(actual), Math.abs(expected));
    assert.ok(actual === expected || Math.abs(actual - expected) <= 1e-12 * scale, `${where}: wasm ${actual} != native ${expected}`);
    return;
  }
  if (Array.isArray(expected)) {
    assert.ok(Array.isArray(actual), `${where}: not a list`);
    assert.equal(actual.length, expected.length, `${where}: length`);
    expected.forEach((item, i) => assertSameJson(actual[i], item, `${where}[${i}]`));
    return;
  }
  if (expected && typeof expected === 'object') {
    assert.deepEqual(Object.keys(actual).sort(), Object.keys(expected).sort(), `${where}: keys`);
    for (const key of Object.keys(expected)) assertSameJson(actual[key], expected[key], `${where}.${key}`);
    return;
  }
  assert.equal(actual, expected, where);
}

// The README's example requests of the family's calculations.
function readmeRequests() {
  const readme = fs.readFileSync(path.join(repoRoot, 'README.md'), 'utf8');
  const requests = [];
  for (const [, text] of readme.matchAll(/```json\n(.*?)\n```/gs)) {
    let value;
    try { value = JSON.parse(text); } catch { continue; }
    if (family.includes(value?.calculation)) requests.push(value);
  }
  return requests;
}

function variants(readme) {
  const client = readme.find((request) => request.calculation === 'unit_economics');
  const monthly = { ...client.inputs, period: 'month', discount_rate_period: 'year', retention_rate: 0.96, horizon_periods: 36 };
  const bad = { ...client.inputs, gross_margin_rate: 1.5, new_customers: 0 };
  return [{ calculation: 'unit_economics', inputs: monthly }, { calculation: 'unit_economics', inputs: bad }];
}

test('the workbench wasm module answers unit_economics and the rest as the native CLI does', async () => {
  assert.ok(fs.existsSync(glue), `${glue} is missing: build the wasm (scripts/build.sh)`);
  const engine = await loadWorkbenchEngine();
  const readme = readmeRequests();
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
