// Wasm speed of reading and summarising a seeded 1,000,000-row transaction CSV, the way the page
// will do it: 1 MiB chunks copied from a JavaScript buffer into wasm memory and fed to the
// streaming reader, then the summary. Budget: 80 MB/s or more (figures only, never a test).
//   node tests/bench/transaction_wasm_bench.mjs   (after scripts/bench.sh built the bench module)
import fs from 'node:fs';
import path from 'node:path';
import { loadFactory, repoRoot } from '../node/wasm_engine.mjs';

const dir = path.join(repoRoot, 'build', 'wasm', 'bench');
const createTransactionBench = loadFactory(path.join(dir, 'clv_transaction_bench.js'));
const bench = await createTransactionBench({ wasmBinary: fs.readFileSync(path.join(dir, 'clv_transaction_bench.wasm')) });

const rows = 1_000_000, chunkBytes = 1 << 20;
const sizeAt = bench._malloc(4);
const generated = bench._clv_bench_generate(rows, 13, sizeAt);
const size = bench.HEAP32[sizeAt >> 2];
const file = bench.HEAPU8.slice(generated, generated + size);  // the "file", outside wasm memory
bench._free(generated);
bench._free(sizeAt);
const megabytes = size / 1e6;
console.log(`transactions in wasm (Node ${process.version}): ${rows.toLocaleString('en')} rows, ${megabytes.toFixed(1)} MB CSV (seed 13), ` +
            `1 MiB chunks copied in; best of 3 (budget >= 80 MB/s)`);

const chunk = bench._malloc(chunkBytes);
let best = Infinity, bestCpu = Infinity, customers = 0;
for (let round = 0; round < 3; round++) {
  const start = performance.now();
  const startCpu = process.cpuUsage();  // on a shared machine wall time also counts others' work
  const reader = bench._clv_bench_reader_new(size);
  for (let at = 0; at < size; at += chunkBytes) {
    const part = file.subarray(at, Math.min(size, at + chunkBytes));
    bench.HEAPU8.set(part, chunk);  // HEAPU8 is looked up each time: memory growth replaces it
    bench._clv_bench_reader_feed(reader, chunk, part.length);
  }
  customers = bench._clv_bench_reader_finish_summarise(reader);
  best = Math.min(best, (performance.now() - start) / 1000);
  const cpu = process.cpuUsage(startCpu);
  bestCpu = Math.min(bestCpu, (cpu.user + cpu.system) / 1e6);
}
bench._free(chunk);
const over = megabytes / best < 80 ? '  over budget' : '';
console.log(`  ${'read + summarise (wasm)'.padEnd(28)} ${(megabytes / best).toFixed(1).padStart(8)} MB/s  ${(1e3 * best).toFixed(1).padStart(7)} ms wall  ` +
            `(${(megabytes / bestCpu).toFixed(1)} MB/s, ${(1e3 * bestCpu).toFixed(1)} ms CPU)  ${customers} customers, ` +
            `wasm memory ${(bench.HEAPU8.length / 2 ** 20).toFixed(0)} MiB${over}`);
