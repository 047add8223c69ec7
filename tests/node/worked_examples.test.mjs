// Every shared worked example (../shared/formulas/worked-examples.json, or $CLV_SHARED_DIR) goes
// through the wasm module as the request(s) given by tests/vectors/worked_example_requests.json:
// the wasm must reproduce each expected number within the case's tolerance, and give the same
// response as the native CLI (parsed JSON; numbers equal to 1e-12 relative).
import test from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { loadWasmEngine, evaluateNative, repoRoot, sharedDir } from './wasm_engine.mjs';
import { assertSameJson } from './module_support.mjs';

const examples = JSON.parse(fs.readFileSync(path.join(sharedDir, 'formulas', 'worked-examples.json'), 'utf8')).cases;
const mapping = JSON.parse(fs.readFileSync(path.join(repoRoot, 'tests', 'vectors', 'worked_example_requests.json'), 'utf8')).cases;
const engine = await loadWasmEngine();

// Follows "a.b[2].c[key=value].d" into `value`; undefined when any step is missing.
export function at(value, pathText) {
  const steps = pathText.match(/[^.[\]]+|\[[^\]]*\]/g) ?? [];
  for (const step of steps) {
    if (value === undefined || value === null) return undefined;
    const selector = step.match(/^\[([^=\]]+)=([^\]]*)\]$/);
    if (selector) {
      value = Array.isArray(value) ? value.find((item) => String(item?.[selector[1]]) === selector[2]) : undefined;
    } else if (step.startsWith('[')) {
      value = value[Number(step.slice(1, -1))];
    } else {
      value = value[step];
    }
  }
  return value;
}


// The engine request for one mapping entry of a case.
function buildRequest(example, entry) {
  const inputs = {};
  for (const [name, value] of Object.entries(example.inputs)) inputs[entry.rename?.[name] ?? name] = value;
  for (const name of Object.keys(entry.rename ?? {})) {
    assert.ok(name in example.inputs, `mapping renames ${name}, which case ${example.id} does not have`);
  }
  return { version: 1, calculation: entry.calculation, inputs: { ...inputs, ...entry.set } };
}

test('every shared worked example has a request mapping', () => {
  const unmapped = examples.map((example) => example.id).filter((id) => !(id in mapping));
  assert.deepEqual(unmapped, [], `add these cases to tests/vectors/worked_example_requests.json`);
  const stale = Object.keys(mapping).filter((id) => !examples.some((example) => example.id === id));
  assert.deepEqual(stale, [], 'the mapping names cases the shared file no longer has');
});

for (const example of examples) {
  test(`worked example ${example.id}`, async (t) => {
    const entries = mapping[example.id];
    assert.ok(entries?.length, `no mapping for ${example.id}`);
    for (const [index, entry] of entries.entries()) {
      await t.test(`${entry.calculation} #${index + 1}`, () => {
        const requestText = JSON.stringify(buildRequest(example, entry));
        const response = JSON.parse(engine.evaluate(requestText));
        assert.equal(response.ok, true, `request ${requestText}\nproblems ${JSON.stringify(response.problems)}`);
        for (const [responsePath, expectedPath] of Object.entries(entry.checks)) {
          const expected = at(example.expected, expectedPath);
          const actual = at(response, responsePath);
          assert.equal(typeof expected, 'number', `case ${example.id} has no number at ${expectedPath}`);
          assert.equal(typeof actual, 'number', `response has no number at ${responsePath}`);
          assert.ok(Math.abs(actual - expected) <= example.tolerance,
            `${responsePath} = ${actual}, expected ${expectedPath} = ${expected} ± ${example.tolerance}`);
        }
        assertSameJson(response, JSON.parse(evaluateNative(requestText)));
      });
    }
  });
}
