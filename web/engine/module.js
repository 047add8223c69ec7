// Loads one of the engine's wasm modules (src/wasm/: one per tool) and hands out the raw module:
// {evaluate(text) -> text, version() -> text}. The wasm download starts in parallel with the glue
// script, so the module is ready sooner. Works on the page (a <script>) and in a classic Worker
// (importScripts). Only engine/ touches what this returns.

// Each module's files and the global its glue defines (CMakeLists.txt, clv_wasm_module).
export const MODULES = {
  calculator: { script: 'clvcalc.js', wasm: 'clvcalc.wasm', factory: 'createClvEngine' },
};

function loadScript(url) {
  if (typeof document === 'undefined') {  // a worker
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
async function instantiate(responsePromise, imports, name) {
  const response = await responsePromise;
  if (!response.ok) throw new Error(`${name}: HTTP ${response.status}`);
  if (WebAssembly.instantiateStreaming && response.headers.get('content-type')?.startsWith('application/wasm')) {
    return WebAssembly.instantiateStreaming(response, imports);
  }
  return WebAssembly.instantiate(await response.arrayBuffer(), imports);
}

// Resolves to the module `name` of MODULES, its files found under `base` (a URL).
export function loadModule(name, base) {
  const spec = MODULES[name];
  if (!spec) return Promise.reject(new Error(`no engine module "${name}"`));
  return new Promise((resolve, reject) => {
    const wasm = fetch(new URL(spec.wasm, base), { credentials: 'same-origin' });
    wasm.catch(() => {});  // reported through instantiate below
    loadScript(new URL(spec.script, base).href)
      .then(() => {
        const factory = globalThis[spec.factory];
        if (typeof factory !== 'function') throw new Error(`${spec.script} defines no ${spec.factory}`);
        return factory({
          locateFile: (path) => new URL(path, base).href,
          instantiateWasm(imports, done) {
            instantiate(wasm, imports, spec.wasm).then((r) => done(r.instance, r.module), reject);
            return {};  // asynchronous instantiation
          },
        });
      })
      .then(resolve, reject);
  });
}
