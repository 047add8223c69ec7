// The engine in a Worker: the same wasm module as the page, behind the message protocol of
// engine/protocol.js. The first message names the module: {action: 'init', module, base}.
// scripts/bundle.mjs bundles this file as a classic worker (engine-worker.js), so the module's
// glue can be loaded with importScripts.
import { loadModule } from './module.js';
import { createServer } from './protocol.js';

let serve = null;
self.onmessage = ({ data }) => {
  if (!serve) {
    if (data?.action !== 'init') {
      self.postMessage({ id: data?.id, error: { name: 'EngineError', message: 'the worker was not started' } });
      return;
    }
    serve = createServer(loadModule(data.module, data.base), (message) => self.postMessage(message));
    serve({ id: data.id, action: 'version' });  // answers init once the module is ready
    return;
  }
  serve(data);
};
