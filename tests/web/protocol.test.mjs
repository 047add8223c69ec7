// web/engine/protocol.js, the Worker's message protocol, driven in Node with the real wasm module:
// {id, action, request} -> {id, progress}*, then {id, result} or {id, error}; cancel; failures.
import test from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from '../../web/engine/protocol.js';
import { actions } from '../../web/engine/actions.js';
import { loadWasmEngine } from '../node/wasm_engine.mjs';

const module = loadWasmEngine();

// A server whose replies are collected; `settled(id)` resolves with a job's last reply.
function serve(registry, modulePromise = module) {
  const replies = [];
  const waiting = new Map();
  const onMessage = createServer(modulePromise, (message) => {
    replies.push(message);
    if (message.progress === undefined) waiting.get(message.id)?.(message);
  }, registry);
  const settled = (id) => new Promise((resolve) => {
    const done = replies.find((r) => r.id === id && r.progress === undefined);
    if (done) resolve(done); else waiting.set(id, resolve);
  });
  return { onMessage, replies, settled };
}

test('evaluate answers with the response text, version with the engine version', async () => {
  const { onMessage, settled } = serve();
  onMessage({ id: 1, action: 'evaluate', request: { calculation: 'expected_lifetime', inputs: { retention_rate: 0.8 } } });
  onMessage({ id: 2, action: 'version' });
  const answer = JSON.parse((await settled(1)).result);
  assert.equal(answer.ok, true);
  assert.ok(Math.abs(answer.result.expected_lifetime_periods - 5) < 1e-12);
  assert.match((await settled(2)).result, /^clvcalc /);
});

test('a job still queued is cancelled; a running one sees cancelled() and ends as AbortError; progress comes first', async () => {
  let release;
  const gate = new Promise((resolve) => { release = resolve; });
  const registry = {
    ...actions,
    async slow(m, request, { onProgress, cancelled }) {
      onProgress({ done: 1, total: 2 });
      await gate;
      return cancelled() ? 'stopped' : 'finished';
    },
  };
  const { onMessage, replies, settled } = serve(registry);
  onMessage({ id: 1, action: 'slow' });
  onMessage({ id: 2, action: 'version' });
  onMessage({ id: 2, action: 'cancel' });
  assert.deepEqual((await settled(2)).error.name, 'AbortError');
  await new Promise((resolve) => setTimeout(resolve, 10));
  onMessage({ id: 1, action: 'cancel' });
  release();
  assert.equal((await settled(1)).error.name, 'AbortError');
  assert.deepEqual(replies.find((r) => r.id === 1).progress, { done: 1, total: 2 });
});

test('an unknown action and a module that failed to load are errors, never a hang', async () => {
  const { onMessage, settled } = serve();
  onMessage({ id: 7, action: 'no_such_action' });
  assert.equal((await settled(7)).error.name, 'UnknownAction');
  const broken = serve(actions, Promise.reject(new Error('HTTP 404')));
  broken.onMessage({ id: 1, action: 'evaluate', request: {} });
  broken.onMessage({ id: 2, action: 'version' });
  assert.deepEqual((await broken.settled(1)).error, { name: 'EngineError', message: 'HTTP 404' });
  assert.equal((await broken.settled(2)).error.name, 'EngineError');
});

test('a request the module cannot take comes back as a problem-shaped response', async () => {
  const throwing = Promise.resolve({ evaluate() { throw new Error('boom'); }, version: () => 'x' });
  const { onMessage, settled } = serve(actions, throwing);
  onMessage({ id: 1, action: 'evaluate', request: { calculation: 'simple_clv' } });
  const answer = JSON.parse((await settled(1)).result);
  assert.equal(answer.ok, false);
  assert.deepEqual(answer.problems, [{ field: '', code: 'internal_error' }]);
});
