// One engine per wasm module and place, made when a tool first asks for it: the calculator's is
// started by main.js before anything else, the others' only when their tool opens. A tool may
// use both places: keystroke answers on the main thread, heavy requests in the Worker.
import { createEngine } from '../engine/client.js';

// started: {module: engine on the main thread}
export function createEngines(started = {}) {
  const engines = new Map(Object.entries(started));
  return {
    // The engine of `module` running `where` ('main' | 'worker').
    get(module, where = 'main') {
      const key = where === 'main' ? module : `${module}|${where}`;
      if (!engines.has(key)) engines.set(key, createEngine({ module, where }));
      return engines.get(key);
    },
  };
}
