// Shared by the node tests and the wasm bench: loads the built wasm module (dist/) in Node and
// runs the native CLI, so both builds can be given the same request.
import { createRequire } from 'node:module';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const distDir = process.env.CLV_DIST_DIR ?? path.join(repoRoot, 'dist');
// The wasm build's own output, which scripts/build.sh copies unchanged into dist/. Read from
// there because other builds in a shared checkout may rewrite dist/clvcalc.* at any moment.
export const wasmDir = process.env.CLV_WASM_DIR ??
  (fs.existsSync(path.join(repoRoot, 'build', 'wasm', 'web', 'clvcalc.wasm')) ? path.join(repoRoot, 'build', 'wasm', 'web') : distDir);
export const nativeCli = path.join(repoRoot, 'build', 'native', 'clvcalc');
export const sharedDir = process.env.CLV_SHARED_DIR ?? path.join(repoRoot, '..', 'shared');

// The glue's MODULARIZE factory, createClvEngine. The glue is CommonJS, but the repo's
// package.json says "type": "module", so require() would treat dist/clvcalc.js as ESM: it is
// run through the CommonJS wrapper by hand, with a require() made by createRequire.
export function loadFactory(file = path.join(wasmDir, 'clvcalc.js')) {
  const module = { exports: {} };
  const wrapper = new Function('exports', 'require', 'module', '__filename', '__dirname',
                               fs.readFileSync(file, 'utf8'));
  wrapper(module.exports, createRequire(file), module, file, path.dirname(file));
  return module.exports;
}

// The module, with `evaluate(string) -> string` and `version()`. wasmBinary is passed because
// Node 20's fetch() cannot read a file path (TOOLCHAIN.md #4).
// The glue's process-wide uncaughtException/unhandledRejection handlers are removed again: they
// only rethrow, and make Node print the whole one-line glue with any test failure.
export async function loadWasmEngine() {
  const events = ['uncaughtException', 'unhandledRejection'];
  const before = Object.fromEntries(events.map((event) => [event, process.listeners(event)]));
  const createClvEngine = loadFactory();
  try {
    return await createClvEngine({ wasmBinary: fs.readFileSync(path.join(wasmDir, 'clvcalc.wasm')) });
  } finally {
    for (const event of events) {
      for (const listener of process.listeners(event)) if (!before[event].includes(listener)) process.off(event, listener);
    }
  }
}

// The native CLI's response text for one request text (stdin -> stdout; exit 1 just means ok=false).
export function evaluateNative(requestText) {
  const run = spawnSync(nativeCli, [], { input: requestText, encoding: 'utf8', maxBuffer: 64 << 20 });
  if (run.error) throw run.error;
  if (run.status !== 0 && run.status !== 1) throw new Error(`clvcalc exited ${run.status}: ${run.stderr}`);
  return run.stdout;
}

// The engine's {"calculation": "describe"} answer (the native CLI's: every family).
export function describeEngine() {
  const response = JSON.parse(evaluateNative('{"version":1,"calculation":"describe"}'));
  if (!response.ok) throw new Error(`describe failed: ${JSON.stringify(response.problems)}`);
  return response.result;
}
