// Time of the workbench's heaviest request set in its wasm module (Node), through evaluate() as
// the page's Worker calls it: a sensitivity over every input of a 20-segment model for each of
// 4 scenarios, made as in workbench_bench.cpp (issue 12's budget: <= 20 ms wasm). Figures only.
import fs from 'node:fs';
import path from 'node:path';
import { loadFactory, wasmDir } from '../node/wasm_engine.mjs';

const engine = await loadFactory(path.join(wasmDir, 'clvworkbench.js'))({
  wasmBinary: fs.readFileSync(path.join(wasmDir, 'clvworkbench.wasm')) });

function sensitivityRequest(s) {
  const segments = Array.from({ length: 20 }, (_, i) => ({
    name: `Segment ${i + 1}`, customers: 500 + 137 * i, average_order_value: 30 + 7 * i, orders_per_period: 2 + (i % 5),
    gross_margin_rate: 0.2 + 0.01 * i, retention_rate: 0.4 + 0.025 * i + 0.01 * s, acquisition_cost: 40 + 5 * i,
    retention_cost_per_customer: 3 + (i % 7) }));
  return JSON.stringify({ version: 1, calculation: 'sensitivity', inputs: {
    base: { calculation: 'segments', inputs: { segments, discount_rate: 0.08 + 0.02 * s } }, outcome: 'total_profit', change: 0.1 } });
}

const requests = [0, 1, 2, 3].map(sensitivityRequest);
const times = [];
let ok = true;
for (let repeat = 0; repeat < 30; repeat++) {
  const start = performance.now();
  for (const request of requests) ok = JSON.parse(engine.evaluate(request)).ok && ok;
  times.push(performance.now() - start);
}
times.sort((a, b) => a - b);
const median = times[times.length >> 1];
console.log('workbench (wasm in Node, evaluate() with JSON)');
console.log(`  ${'sensitivity, 20 segments x 4 scenarios'.padEnd(44)} ${median.toFixed(2).padStart(10)} ms median  (best ${times[0].toFixed(2)})  budget 20 ms${median > 20 ? '  over' : ''}${ok ? '' : '  (ok:false)'}`);
