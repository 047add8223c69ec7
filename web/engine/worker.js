// The engine in a Worker: the same wasm module as the page, behind the message protocol of
// engine/protocol.js. The first message names the module: {action: 'init', module, base}.
// scripts/bundle.mjs bundles this file as a classic worker (engine-worker.js), so the module's
// glue can be loaded with importScripts.
import { loadModule } from './module.js';
import { createServer } from './protocol.js';
import { heldMemory } from './datasets.js';

let serve = null;
self.onmessage = ({ data }) => {
  if (!serve) {
    if (data?.action !== 'init') {
      self.postMessage({ id: data?.id, error: { name: 'EngineError', message: 'the worker was not started' } });
      return;
    }
    const module = loadModule(data.module, data.base);
    serve = createServer(module, (message) => self.postMessage(message));
    // What this Worker's engine holds (wasm memory, customers kept), for the bench to read.
    self.clvEngineMemory = async () => heldMemory(await module);
    serve({ id: data.id, action: 'version' });  // answers init once the module is ready
    return;
  }
  serve(data);
};
