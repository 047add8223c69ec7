// The only module that touches the WebAssembly core. It starts the module once, lazily, behind
// a cached promise, and hands out plain objects: evaluate(request object) -> response object.
// The wasm download starts in parallel with the glue script, so the first answer comes sooner.

const base = new URL('.', import.meta.url);
let started = null;

function loadScript(url) {
  if (typeof document === 'undefined') {  // a worker: classic importScripts
    importScripts(url);
    return Promise.resolve();
  }
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = url;
    script.onload = resolve;
    script.onerror = () => reject(new Error(`could not load ${url}`));
    document.head.append(script);
  });
}

// Streaming compile when the server sends application/wasm; plain bytes otherwise.
async function instantiate(responsePromise, imports) {
  const response = await responsePromise;
  if (!response.ok) throw new Error(`clvcalc.wasm: HTTP ${response.status}`);
  if (WebAssembly.instantiateStreaming && response.headers.get('content-type')?.startsWith('application/wasm')) {
    return WebAssembly.instantiateStreaming(response, imports);
  }
  return WebAssembly.instantiate(await response.arrayBuffer(), imports);
}

// A problem-shaped response, so callers handle engine failures like any other answer.
function failure(request, code) {
  return { version: 1, calculation: request?.calculation ?? null, ok: false, result: null,
           steps: [], warnings: [], problems: [{ field: '', code }] };
}

function wrap(module) {
  return {
    // Evaluates one request (a plain object) and returns the parsed response.
    evaluate(request) {
      try {
        return JSON.parse(module.evaluate(JSON.stringify(request)));
      } catch {
        return failure(request, 'internal_error');
      }
    },
    // The core's version string, e.g. "clvcalc 1.0.0 (format 1)".
    version: () => module.version(),
  };
}

// Resolves to {evaluate, version} once the module is ready; every caller shares one start-up.
export function start() {
  if (started) return started;
  started = new Promise((resolve, reject) => {
    const wasm = fetch(new URL('clvcalc.wasm', base), { credentials: 'same-origin' });
    wasm.catch(() => {});  // reported through instantiate below
    loadScript(new URL('clvcalc.js', base).href)
      .then(() => globalThis.createClvEngine({
        locateFile: (path) => new URL(path, base).href,
        instantiateWasm(imports, done) {
          instantiate(wasm, imports).then((r) => done(r.instance, r.module), reject);
          return {};  // asynchronous instantiation
        },
      }))
      .then((module) => resolve(wrap(module)), reject);
  });
  return started;
}

// One-shot convenience: starts the engine if needed, then evaluates.
export async function evaluate(request) {
  return (await start()).evaluate(request);
}
