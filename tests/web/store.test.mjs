// web/app/store.js: listeners hear changes, watchers only changes of what they select.
import test from 'node:test';
import assert from 'node:assert/strict';
import { createStore, setIn, shallowEqual, until } from '../../web/app/store.js';

test('update replaces the state and tells listeners, unless the change returns the same state', () => {
  const store = createStore({ n: 1 });
  const heard = [];
  store.subscribe((s, previous) => heard.push([s.n, previous.n]));
  store.update((s) => ({ ...s, n: 2 }));
  store.update((s) => s);
  assert.deepEqual(heard, [[2, 1]]);
});

test('watch hears only changes of its selection, compared entry by entry', () => {
  const store = createStore({ a: 1, b: { c: 1 } });
  const heard = [];
  store.watch((s) => [s.a, s.b], (value) => heard.push(value));
  store.update((s) => ({ ...s, other: true }));
  store.update((s) => ({ ...s, a: 2 }));
  assert.deepEqual(heard, [[2, { c: 1 }]]);
});

test('setIn copies the path it changes and shares the rest, and refuses __proto__', () => {
  const base = { x: { y: 1 }, z: { w: 2 } };
  const next = setIn(base, ['x', 'y'], 5);
  assert.equal(next.x.y, 5);
  assert.equal(base.x.y, 1);
  assert.equal(next.z, base.z);
  assert.throws(() => setIn(base, ['__proto__', 'polluted'], 1));
  assert.equal({}.polluted, undefined);
});

test('shallowEqual and until', async () => {
  assert.ok(shallowEqual([1, 'a'], [1, 'a']));
  assert.ok(!shallowEqual([1], [1, 2]));
  assert.ok(!shallowEqual({ a: 1 }, { b: 1 }));
  const store = createStore({ ready: false });
  const waiting = until(store, (s) => s.ready);
  store.update(() => ({ ready: true }));
  assert.deepEqual(await waiting, { ready: true });
});
