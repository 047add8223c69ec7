// The engine as the page uses it: evaluate(request, {signal, onProgress}) -> Promise<response>,
// the same whether the wasm module runs on the main thread or in a Worker (engine/worker.js,
// speaking engine/protocol.js). The only code outside engine/ that reaches the module.
//   const engine = createEngine({ module: 'calculator', where: 'main' });
//   await engine.ready;                       // rejects (EngineError) when the module cannot load
//   const response = await engine.evaluate({ calculation: 'describe' });
// Keystroke answers run on the main thread: there an answer is ready in the same task, while a
// Worker's round trip adds a message each way (docs/performance.md has the figures).
import { loadModule } from './module.js';
import { actions, evaluateText, parseResponse } from './actions.js';

const abortError = () => new DOMException('cancelled', 'AbortError');

function engineError(cause) {
  const error = new Error(cause?.message ?? String(cause));
  error.name = 'EngineError';
  return error;
}

// The page's directory: every module file sits beside index.html (sub-paths included).
const defaultBase = () => new URL('.', globalThis.document?.baseURI ?? globalThis.location?.href);

function onMainThread(name, base) {
  const module = loadModule(name, base).catch((e) => { throw engineError(e); });
  const ready = module.then(() => undefined);
  ready.catch(() => {});
  async function call(action, payload, { signal, onProgress } = {}) {
    if (signal?.aborted) throw abortError();
    const m = await module;
    if (signal?.aborted) throw abortError();
    const result = await actions[action](m, payload, { onProgress: onProgress ?? (() => {}), cancelled: () => Boolean(signal?.aborted) });
    if (signal?.aborted) throw abortError();
    return result;
  }
  return {
    where: 'main', ready, call,
    async evaluate(request, options = {}) {
      if (options.signal?.aborted) throw abortError();
      const m = await module;
      if (options.signal?.aborted) throw abortError();
      return parseResponse(evaluateText(m, request), request);
    },
    dispose() {},
  };
}

function inWorker(name, base) {
  let worker = null;
  let nextId = 1;
  const pending = new Map();  // id -> {action, payload, resolve, reject, onProgress}; in send order
  let failed = null;

  function start() {
    worker = new Worker(new URL('engine-worker.js', base));
    worker.onmessage = ({ data }) => receive(data);
    worker.onerror = (event) => {
      event.preventDefault?.();
      fail(engineError(event.message || 'the engine worker failed'));
    };
    worker.postMessage({ id: 0, action: 'init', module: name, base: String(base) });
    for (const [id, job] of pending) if (id !== 0) worker.postMessage({ id, action: job.action, request: job.payload });
  }

  function fail(error) {
    failed = error;
    for (const job of pending.values()) job.reject(error);
    pending.clear();
    worker?.terminate();
  }

  function receive(data) {
    const job = pending.get(data?.id);
    if (!job) return;
    if (data.progress !== undefined) { job.onProgress?.(data.progress); return; }
    pending.delete(data.id);
    if (data.error) {
      const error = data.error.name === 'AbortError' ? abortError()
        : data.error.name === 'EngineError' ? engineError(data.error) : Object.assign(new Error(data.error.message), { name: data.error.name });
      job.reject(error);
    } else job.resolve(data.result);
  }

  // A job already running can only be stopped by stopping its worker (the others are sent
  // again), unless it is cooperative: it checks for a cancel between its steps (a file's slices),
  // so the worker, and what it holds, lives on.
  function cancel(id) {
    const job = pending.get(id);
    if (!job) return;
    const running = [...pending.keys()].find((k) => k !== 0) === id;
    if (!running || job.cooperative) worker.postMessage({ id, action: 'cancel' });
    if (!running) return;
    pending.delete(id);
    job.reject(abortError());
    if (!job.cooperative) { worker.terminate(); start(); }
  }

  function call(action, payload, { signal, onProgress, cooperative = false } = {}) {
    if (failed) return Promise.reject(failed);
    if (signal?.aborted) return Promise.reject(abortError());
    const id = nextId++;
    return new Promise((resolve, reject) => {
      pending.set(id, { action, payload, resolve, reject, onProgress, cooperative });
      worker.postMessage({ id, action, request: payload });
      signal?.addEventListener('abort', () => cancel(id), { once: true });
    });
  }

  const ready = new Promise((resolve, reject) => {
    pending.set(0, { action: 'version', resolve: () => resolve(), reject });
  });
  ready.catch(() => {});
  try {
    start();
  } catch (e) {
    fail(engineError(e));
  }
  return {
    where: 'worker', ready, call,
    async evaluate(request, options = {}) {
      const text = await call('evaluate', request, options);
      return parseResponse(text, request);
    },
    dispose() { worker?.terminate(); failed = engineError('disposed'); },
  };
}

// An engine for module `module` (engine/module.js MODULES) on the main thread or in a Worker.
export function createEngine({ module = 'calculator', where = 'main', base = defaultBase() } = {}) {
  const engine = where === 'worker' ? inWorker(module, base) : onMainThread(module, base);
  engine.version = () => engine.call('version');
  // A big file summarised slice by slice where the engine runs (engine/datasets.js), which keeps
  // the summary: -> {response, dataset}. Cancel stops it between slices (the Worker lives on).
  engine.summariseFile = async (payload, options = {}) => {
    const { text, dataset } = await engine.call('summarise_file', payload, { ...options, cooperative: true });
    return { response: parseResponse(text, payload.request), dataset };
  };
  // A fit_model (the model only), predict or validate_model request (no customers) on the
  // summary kept as `dataset` -> the response.
  engine.fitDataset = async (dataset, request, options = {}) =>
    parseResponse(await engine.call('fit_dataset', { dataset, request }, options), request);
  engine.predictDataset = async (dataset, request, options = {}) =>
    parseResponse(await engine.call('predict_dataset', { dataset, request }, options), request);
  engine.validateDataset = async (dataset, request, options = {}) =>
    parseResponse(await engine.call('validate_dataset', { dataset, request }, options), request);
  // The last prediction on `dataset` as a CSV Blob, or null. Cancel stops it between slices.
  engine.predictionsCsv = (dataset, options = {}) => engine.call('predictions_csv', { dataset }, { ...options, cooperative: true });
  // The summary kept as `dataset` (a transaction log's) as a CSV Blob, or null.
  engine.summaryCsv = (dataset, options = {}) => engine.call('summary_csv', { dataset }, { ...options, cooperative: true });
  return engine;
}
