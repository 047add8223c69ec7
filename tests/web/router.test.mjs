// web/app/router.js: the tool the state names is shown and mounted once; a tool without its
// features, or no tool at all, falls back to the calculator.
import test from 'node:test';
import assert from 'node:assert/strict';
import { startRouter } from '../../web/app/router.js';
import { createStore } from '../../web/app/store.js';

function fakeDoc(ids) {
  const roots = ids.map((id) => ({ dataset: { tool: id }, hidden: false, closest: () => null }));
  return { roots, querySelectorAll: () => roots };
}

test('opens the named tool, mounts it once, hides the others', async () => {
  const mounts = [];
  const tool = (id, enabled = true) => ({ id, enabled, load: async () => ({ mount: async () => mounts.push(id) }) });
  const tools = { calculator: tool('calculator'), workbench: tool('workbench'), customer_data: tool('customer_data', false) };
  const doc = fakeDoc(['calculator', 'workbench']);
  const store = createStore({ tool: 'workbench' });
  const router = startRouter(doc, store, tools, {});
  await router.opened;
  assert.deepEqual(doc.roots.map((r) => r.hidden), [true, false]);
  store.update((s) => ({ ...s, tool: 'calculator' }));
  store.update((s) => ({ ...s, tool: 'workbench' }));
  store.update((s) => ({ ...s, tool: 'customer_data' }));  // no features yet: the calculator
  await new Promise((resolve) => setTimeout(resolve, 0));
  assert.deepEqual(mounts, ['workbench', 'calculator']);
  assert.deepEqual(doc.roots.map((r) => r.hidden), [false, true]);
});
