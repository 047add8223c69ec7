// Wasm speed in Node (same requests as bench_main.cpp) and what the page costs to download:
// the module's size raw and gzipped, and the total gzipped size of everything index.html pulls
// in before its first answer (html, css, the static ES-module graph, i18n, glue, wasm, vendor).
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
const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;
const size = (file) => { const data = fs.readFileSync(path.join(distDir, file)); return { raw: data.length, gzip: gz(data) }; };

console.log(`\nsizes (dist/, gzip -9)`);
let both = { raw: 0, gzip: 0 };
for (const file of ['clvcalc.wasm', 'clvcalc.js']) {
  const s = size(file);
  both = { raw: both.raw + s.raw, gzip: both.gzip + s.gzip };
  console.log(`  ${file.padEnd(28)} ${kib(s.raw).padStart(11)} raw ${kib(s.gzip).padStart(11)} gzipped`);
}
console.log(`  ${'wasm + glue'.padEnd(28)} ${kib(both.raw).padStart(11)} raw ${kib(both.gzip).padStart(11)} gzipped`);

// What the page loads for its first answer: index.html's src/href files (not links to other
// pages), the static import graph of its modules, and what engine.js/i18n.js fetch. Files only
// imported dynamically (e.g. uPlot, loaded when a chart is first drawn) are listed apart.
const firstAnswer = new Set(['index.html']);
const lazy = new Set();
const html = fs.readFileSync(path.join(distDir, 'index.html'), 'utf8');
const local = (ref) => ref && !/^(?:[a-z]+:|\/\/|#)/i.test(ref);
const queue = [];
for (const [, ref] of html.matchAll(/<(?:script|link)\b[^>]*?\b(?:src|href)="([^"]+)"/gi)) {
  if (local(ref)) queue.push(path.posix.normalize(ref.split(/[?#]/)[0]));
}
while (queue.length) {
  const file = queue.shift();
  if (firstAnswer.has(file) || !fs.statSync(path.join(distDir, file), { throwIfNoEntry: false })?.isFile()) continue;
  firstAnswer.add(file);
  if (!/\.m?js$/.test(file)) continue;
  const source = fs.readFileSync(path.join(distDir, file), 'utf8');
  const dir = path.posix.dirname(file);
  for (const [, ref] of source.matchAll(/(?:^|[;\s])(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|^\s*import\s*['"]([^'"]+)['"]/gm)) {
    if (ref && ref.startsWith('.')) queue.push(path.posix.join(dir, ref));
  }
  for (const [, ref] of source.matchAll(/new URL\(\s*['"`]([^'"`$]+)['"`]/g)) {
    const target = path.posix.join(dir, ref);
    if (/import\(\s*new URL\(\s*['"`]/.test(source) && source.includes(`import(new URL('${ref}'`)) lazy.add(target);
    else queue.push(target);
  }
}
// i18n catalogues are fetched by a template URL: count every catalogue (the page loads one).
for (const file of fs.readdirSync(path.join(distDir, 'i18n')).filter((f) => f.endsWith('.json'))) firstAnswer.add(`i18n/${file}`);
for (const file of lazy) firstAnswer.delete(file);

let total = { raw: 0, gzip: 0 };
console.log('\nfirst answer: what index.html loads before showing a result (dist/, gzip -9)');
for (const file of [...firstAnswer].sort()) {
  const s = size(file);
  total = { raw: total.raw + s.raw, gzip: total.gzip + s.gzip };
  console.log(`  ${file.padEnd(28)} ${kib(s.raw).padStart(11)} raw ${kib(s.gzip).padStart(11)} gzipped`);
}
console.log(`  ${'TOTAL'.padEnd(28)} ${kib(total.raw).padStart(11)} raw ${kib(total.gzip).padStart(11)} gzipped  (${firstAnswer.size} files; both i18n catalogues counted)`);
for (const file of [...lazy].sort()) {
  if (!fs.existsSync(path.join(distDir, file))) continue;
  const s = size(file);
  console.log(`  later, on demand: ${file} ${kib(s.gzip)} gzipped`);
}
