// The engine's one message protocol, spoken by the Worker (engine/worker.js) and tested in Node:
//   {id, action, request}    -> {id, progress: {...}}*, then {id, result} or {id, error: {name, message}}
//   {id, action: 'cancel'}   -> job `id`, if it has not started, answers {id, error: {name: 'AbortError'}};
//                               a running job sees cancelled() turn true (long actions check it)
// Jobs run one at a time in arrival order. A failed module load fails every job with EngineError.
import { actions as builtIn } from './actions.js';

export const abortError = () => ({ name: 'AbortError', message: 'cancelled' });

function errorOf(e) {
  return { name: e?.name ?? 'Error', message: String(e?.message ?? e) };
}

// A macrotask turn, so cancel messages that arrived meanwhile are handled before the next job.
const nextTurn = () => new Promise((resolve) => {
  const channel = new MessageChannel();
  channel.port1.onmessage = () => { channel.port1.close(); resolve(); };
  channel.port2.postMessage(null);
});

// Returns onMessage(message) for a server that answers through post(message). `modulePromise`
// resolves to the raw module (engine/module.js); `registry` maps action names to functions
// (module, request, {onProgress, cancelled}) -> result (or a promise of it).
export function createServer(modulePromise, post, registry = builtIn) {
  const queue = [];
  let running = null;
  modulePromise.catch(() => {});  // reported to each job below

  async function run(job) {
    running = job;
    try {
      const module = await modulePromise.catch((e) => { throw Object.assign(new Error(e?.message ?? String(e)), { name: 'EngineError' }); });
      const action = registry[job.action];
      if (!action) throw Object.assign(new Error(`no action "${job.action}"`), { name: 'UnknownAction' });
      const result = await action(module, job.request, {
        onProgress: (progress) => post({ id: job.id, progress }),
        cancelled: () => job.cancelled,
      });
      post(job.cancelled ? { id: job.id, error: abortError() } : { id: job.id, result });
    } catch (e) {
      post({ id: job.id, error: job.cancelled ? abortError() : errorOf(e) });
    } finally {
      running = null;
    }
  }

  async function pump() {
    while (queue.length && !running) {
      await run(queue.shift());
      if (queue.length) await nextTurn();
    }
  }

  return function onMessage(message) {
    if (message?.action === 'cancel') {
      const at = queue.findIndex((job) => job.id === message.id);
      if (at >= 0) {
        queue.splice(at, 1);
        post({ id: message.id, error: abortError() });
      } else if (running?.id === message.id) running.cancelled = true;
      return;
    }
    queue.push({ id: message?.id, action: message?.action, request: message?.request, cancelled: false });
    pump();
  };
}
