// Wasm speed in Node (same requests as bench_main.cpp) and the module's size, raw and gzipped.
// What the whole page downloads before its first answer is measured in a browser by
// page_bench.mjs.
//   node tests/bench/wasm_bench.mjs [SECONDS_PER_REQUEST]
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { loadWasmEngine, distDir } from '../node/wasm_engine.mjs';

const seconds = Number(process.argv[2] ?? 1);
const requests = {
  'acquisition_cost': { version: 1, calculation: 'acquisition_cost', inputs: { advertising: 30000, marketing_events: 12000, sales_team: 45000, sales_tools: 3000, new_customers: 600 } },
  'discounted_clv 1200 periods': { version: 1, calculation: 'discounted_clv', inputs: { cash_flow_per_period: 100, periods: 1200, discount_rate: 0.01, period: 'month', table_periods: 1200 } },
  'retention_clv infinite': { version: 1, calculation: 'retention_clv', inputs: { margin_per_period: 100, retention_rate: 0.8, discount_rate: 0.1 } },
  'malformed (error path)': { version: 1, calculation: 'acquisition_cost', inputs: { new_customers: '600' } },
};

const engine = await loadWasmEngine();
console.log(`wasm in Node ${process.version} (${engine.version()}), ${seconds} s per request`);
for (const [name, request] of Object.entries(requests)) {
  const text = JSON.stringify(request);
  let count = 0, bytes = 0;
  const start = performance.now();
  let elapsed = 0;
  do {
    for (let i = 0; i < 16; i++) bytes += engine.evaluate(text).length;
    count += 16;
    elapsed = (performance.now() - start) / 1000;
  } while (elapsed < seconds);
  const ok = JSON.parse(engine.evaluate(text)).ok;
  console.log(`  ${name.padEnd(28)} ${Math.round(count / elapsed).toString().padStart(12)} evaluations/s ` +
              `${(1e6 * elapsed / count).toFixed(2).padStart(9)} us each  response ${Math.round(bytes / count)} B${ok ? '' : '  (ok:false)'}`);
}

const gz = (buffer) => zlib.gzipSync(buffer, { level: 9 }).length;
const kb = (n) => `${(n / 1000).toFixed(1)} KB`;  // 1 KB = 1000 bytes, as in the page budgets
const size = (file) => { const data = fs.readFileSync(path.join(distDir, file)); return { raw: data.length, gzip: gz(data) }; };

console.log(`\nsizes (dist/, gzip -9)`);
let both = { raw: 0, gzip: 0 };
for (const file of ['clvcalc.wasm', 'clvcalc.js']) {
  const s = size(file);
  both = { raw: both.raw + s.raw, gzip: both.gzip + s.gzip };
  console.log(`  ${file.padEnd(28)} ${kb(s.raw).padStart(11)} raw ${kb(s.gzip).padStart(11)} gzipped`);
}
console.log(`  ${'wasm + glue'.padEnd(28)} ${kb(both.raw).padStart(11)} raw ${kb(both.gzip).padStart(11)} gzipped`);
