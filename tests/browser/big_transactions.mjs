// A big transaction CSV for the page's tests and bench, written to a temporary file: a header
// "customer_id,date,amount", then `rows` rows of customers who buy as the models say (so fitting
// them means something): each customer's first purchase falls in 2021, later ones at a Poisson
// rate λ ~ Gamma(2, 20) per week, and after each purchase the customer drops out with
// probability p ~ Beta(1, 9) (BG/NBD); each purchase's spend is Gamma(6, ν) with ν ~ Gamma(3, 15)
// per customer (Gamma-Gamma: mean spend 45). Dates run to 2023-12-31 (ISO); amounts in cents.
// Seeded: the same file for the same seed. About 26 bytes a row: a million rows are ~26 MB.
// Returns {file, bytes, rows, customers, remove()}.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const DAY_MS = 86_400_000;
const FIRST = Date.UTC(2021, 0, 1);
const DAYS = 3 * 365;

// xorshift32 uniforms in (0, 1).
function uniforms(seed) {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13; state >>>= 0;
    state ^= state >>> 17;
    state ^= state << 5; state >>>= 0;
    return (state + 0.5) / 4294967296;
  };
}

// Gamma(shape, rate) by Marsaglia & Tsang (2000), shape < 1 boosted by U^(1/shape).
function gammaSampler(next) {
  const normal = () => Math.sqrt(-2 * Math.log(next())) * Math.cos(2 * Math.PI * next());
  const gamma = (shape, rate) => {
    if (shape < 1) return gamma(shape + 1, rate) * next() ** (1 / shape);
    const d = shape - 1 / 3, c = 1 / Math.sqrt(9 * d);
    for (;;) {
      const z = normal(), v = (1 + c * z) ** 3;
      if (v > 0 && Math.log(next()) < 0.5 * z * z + d - d * v + d * Math.log(v)) return d * v / rate;
    }
  };
  return gamma;
}

// One customer's purchase days (0-based from 2021-01-01) and amounts.
function customerRows(next, gamma) {
  const lambda = gamma(2, 20) / 7;  // per day
  const x = gamma(1, 1), y = gamma(9, 1), dropout = x / (x + y);
  const nu = gamma(3, 15);
  const rows = [];
  let day = Math.floor(next() * 365);
  while (day < DAYS) {
    rows.push([day, Math.max(1, Math.round(gamma(6, nu) * 100))]);
    if (next() < dropout) break;
    day += Math.ceil(-Math.log(next()) / lambda);
  }
  return rows;
}

export function writeBigTransactions({ rows = 1_000_000, seed = 13 } = {}) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clv-big-'));
  const file = path.join(dir, `transactions-${rows}.csv`);
  const next = uniforms(seed);
  const gamma = gammaSampler(next);
  const dates = Array.from({ length: DAYS }, (_, d) => new Date(FIRST + d * DAY_MS).toISOString().slice(0, 10));
  const fd = fs.openSync(file, 'w');
  let bytes = 0, written = 0, customers = 0, block = [];
  const flush = () => { const text = `${block.join('\n')}\n`; fs.writeSync(fd, text); bytes += Buffer.byteLength(text); block = []; };
  block.push('customer_id,date,amount');
  while (written < rows) {
    const id = `C${String(customers++).padStart(7, '0')}`;
    for (const [day, cents] of customerRows(next, gamma)) {
      if (written === rows) break;
      block.push(`${id},${dates[day]},${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`);
      written += 1;
    }
    if (block.length >= 10_000) flush();
  }
  flush();
  fs.closeSync(fd);
  return { file, bytes, rows, customers, remove: () => fs.rmSync(dir, { recursive: true, force: true }) };
}
