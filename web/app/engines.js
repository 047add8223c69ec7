// One engine per wasm module, made when a tool first asks for it: the calculator's is started by
// main.js before anything else, the others' only when their tool opens.
import { createEngine } from '../engine/client.js';

export function createEngines(started = {}) {
  const engines = new Map(Object.entries(started));
  return {
    // The engine of `module`; `where` ('main' | 'worker') is used when it is first made.
    get(module, where = 'main') {
      if (!engines.has(module)) engines.set(module, createEngine({ module, where }));
      return engines.get(module);
    },
  };
}
