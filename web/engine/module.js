// Loads one of the engine's wasm modules (src/wasm/: one per tool) and hands out the raw module:
// {evaluate(text) -> text, version() -> text}. The wasm download starts in parallel with the glue
// script, so the module is ready sooner. Works on the page (a <script>) and in a classic Worker
// (importScripts). Only engine/ touches what this returns.

// Each module's files and the global its glue defines (CMakeLists.txt, clv_wasm_module).
export const MODULES = {
  calculator: { script: 'clvcalc.js', wasm: 'clvcalc.wasm', factory: 'createClvEngine' },
  workbench: { script: 'clvworkbench.js', wasm: 'clvworkbench.wasm', factory: 'createClvWorkbenchEngine' },
  customer_data: { script: 'clvcalc-data.js', wasm: 'clvcalc-data.wasm', factory: 'createClvDataEngine' },
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

// The compiled module, when index.html's head began compiling it already (a share link waits
// for the engine: compiling while main.js arrives brings its first answer sooner); else null.
function precompiled(spec) {
  const started = globalThis.clvPrecompiled?.[spec.wasm];
  return started ? started.catch(() => null) : Promise.resolve(null);
}

// The instance: from the module compiled early, or fetched and compiled now.
async function instantiateFor(spec, base, imports, fetched) {
  const module = await precompiled(spec);
  if (module) return { instance: await WebAssembly.instantiate(module, imports), module };
  return instantiate(fetched(), imports, spec.wasm);
}

// Resolves to the module `name` of MODULES, its files found under `base` (a URL).
export function loadModule(name, base) {
  const spec = MODULES[name];
  if (!spec) return Promise.reject(new Error(`no engine module "${name}"`));
  return new Promise((resolve, reject) => {
    // Started at once, in parallel with the glue (unless the head compiled it: then never used).
    let wasm = null;
    const fetched = () => (wasm ??= fetch(new URL(spec.wasm, base), { credentials: 'same-origin' }));
    if (!globalThis.clvPrecompiled?.[spec.wasm]) fetched().catch(() => {});  // reported through instantiate
    loadScript(new URL(spec.script, base).href)
      .then(() => {
        const factory = globalThis[spec.factory];
        if (typeof factory !== 'function') throw new Error(`${spec.script} defines no ${spec.factory}`);
        return factory({
          locateFile: (path) => new URL(path, base).href,
          instantiateWasm(imports, done) {
            instantiateFor(spec, base, imports, fetched).then((r) => done(r.instance, r.module), reject);
            return {};  // asynchronous instantiation
          },
        });
      })
      .then(resolve, reject);
  });
}
