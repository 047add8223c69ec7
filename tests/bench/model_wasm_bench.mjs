// Time of fit_model in the customer-data wasm module (Node), through evaluate() as the page's
// Worker calls it (JSON in and out included), on the CDNOW summary (2,357 customers). A
// 100,000-customer summary is beyond the 1 MiB request limit of the JSON path, so it is not
// timed here (the native bench times it). Figures only.
import fs from 'node:fs';
import path from 'node:path';
import { loadFactory, repoRoot, wasmDir } from '../node/wasm_engine.mjs';

const engine = await loadFactory(path.join(wasmDir, 'clvcalc-data.js'))({
  wasmBinary: fs.readFileSync(path.join(wasmDir, 'clvcalc-data.wasm')) });
const lines = fs.readFileSync(path.join(repoRoot, 'tests', 'data', 'cdnow_customers_summary_with_transactions.csv'), 'utf8')
  .trim().split('\n').slice(1).map((line) => line.split(',').map(Number));
const customers = { frequency: lines.map((l) => l[1]), recency: lines.map((l) => l[2]), T: lines.map((l) => l[3]) };
console.log('model fits (wasm in Node, evaluate() with JSON)');
for (const [model, repeats, budget] of [['bg_nbd', 20, 0], ['pareto_nbd', 3, 0]]) {
  const request = JSON.stringify({ calculation: 'fit_model', inputs: { model, customers } });
  let best = Infinity, result;
  for (let i = 0; i < repeats; ++i) {
    const start = performance.now();
    result = JSON.parse(engine.evaluate(request)).result;
    best = Math.min(best, performance.now() - start);
  }
  console.log(`  ${`${model}, CDNOW 2,357 customers`.padEnd(44)} ${best.toFixed(1).padStart(10)} ms  (${result.iterations} iterations${result.converged ? ', converged' : ', NOT converged'})${budget ? `  budget ${budget} ms` : ''}`);
}
