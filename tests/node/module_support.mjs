// What the Node tests of each wasm module share: loading a module by its files, comparing its
// JSON with the native CLI's, and the README's example requests of a family.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { loadFactory, repoRoot } from './wasm_engine.mjs';

// The module `<name>.js`/`<name>.wasm` from `dir`. Emscripten's glue adds process listeners
// that would swallow a failing test's error: they are removed once it has loaded.
export async function loadModule(dir, name) {
  const events = ['uncaughtException', 'unhandledRejection'];
  const before = Object.fromEntries(events.map((event) => [event, process.listeners(event)]));
  try {
    return await loadFactory(path.join(dir, `${name}.js`))({ wasmBinary: fs.readFileSync(path.join(dir, `${name}.wasm`)) });
  } finally {
    for (const event of events)
      for (const listener of process.listeners(event)) if (!before[event].includes(listener)) process.off(event, listener);
  }
}

// The same JSON, numbers equal to 1e-12 relative.
export function assertSameJson(actual, expected, where = '$') {
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

// The README's example requests of the calculations named.
export function readmeRequests(calculations) {
  const readme = fs.readFileSync(path.join(repoRoot, 'README.md'), 'utf8');
  const requests = [];
  for (const [, text] of readme.matchAll(/```json\n(.*?)\n```/gs)) {
    let value;
    try { value = JSON.parse(text); } catch { continue; }
    if (calculations.includes(value?.calculation)) requests.push(value);
  }
  return requests;
}
