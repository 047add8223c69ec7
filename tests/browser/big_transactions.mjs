// A big transaction CSV for the page's tests and bench, written to a temporary file: a header
// "customer_id,date,amount", then `rows` seeded rows of `customers` customers drawn uniformly,
// dates over 2021-01-01..2023-12-31 (ISO), amounts 1.00..500.00 with cents. About 30 bytes a
// row: a million rows are ~30 MB. Returns {file, bytes, rows, customers (the distinct ids that
// occur), remove()}.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const DAY_MS = 86_400_000;
const FIRST = Date.UTC(2021, 0, 1);
const DAYS = 3 * 365;

// xorshift32: the same file for the same seed.
function random(seed) {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13; state >>>= 0;
    state ^= state >>> 17;
    state ^= state << 5; state >>>= 0;
    return state / 4294967296;
  };
}

export function writeBigTransactions({ rows = 1_000_000, customers = 100_000, seed = 13 } = {}) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clv-big-'));
  const file = path.join(dir, `transactions-${rows}.csv`);
  const next = random(seed);
  const seen = new Uint8Array(customers);
  const fd = fs.openSync(file, 'w');
  let bytes = 0;
  const write = (text) => { fs.writeSync(fd, text); bytes += Buffer.byteLength(text); };
  write('customer_id,date,amount\n');
  const dates = Array.from({ length: DAYS }, (_, d) => new Date(FIRST + d * DAY_MS).toISOString().slice(0, 10));
  let block = [];
  for (let i = 0; i < rows; i++) {
    const customer = Math.floor(next() * customers);
    seen[customer] = 1;
    const cents = 100 + Math.floor(next() * 49_901);
    block.push(`C${String(customer).padStart(6, '0')},${dates[Math.floor(next() * DAYS)]},${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`);
    if (block.length === 10_000) { write(block.join('\n') + '\n'); block = []; }
  }
  if (block.length) write(block.join('\n') + '\n');
  fs.closeSync(fd);
  return { file, bytes, rows, customers: seen.reduce((n, s) => n + s, 0), remove: () => fs.rmSync(dir, { recursive: true, force: true }) };
}
