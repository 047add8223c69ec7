// The warehouse SQL (clvcalc sql) run by real engines equals the core's own summary (clvcalc
// summarise) customer by customer: DuckDB (npm @duckdb/node-api), PostgreSQL 15 (a throwaway
// cluster in a temp dir, Unix socket only, run as the postgres user when the test runs as root)
// and SQLite (the sqlite3 shell). Data: the CDNOW sample, and a seeded synthetic log with
// returns, several rows a day and purchases across week and month ends. Tolerance: 1e-9
// relative (the engines add the same doubles in another order).
import test from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { nativeCli, repoRoot } from './wasm_engine.mjs';

const columns = ['frequency', 'recency', 'T', 'monetary_value', 'total_spend'];
const holdoutColumns = ['frequency_holdout', 'monetary_value_holdout', 'duration_holdout'];

function cli(args) {
  const run = spawnSync(nativeCli, args, { encoding: 'utf8', maxBuffer: 64 << 20 });
  if (run.error) throw run.error;
  assert.equal(run.status, 0, `clvcalc ${args.join(' ')}: ${run.stderr}`);
  return run.stdout;
}

// Rows of a CSV without quoted fields (what clvcalc summarise and psql --csv print here).
function parseCsv(text) {
  const [head, ...lines] = text.trim().split('\n');
  const names = head.split(',');
  return lines.map((line) => Object.fromEntries(line.split(',').map((v, i) => [names[i], v])));
}

// The transactions as a CSV file (customer_id, date, amount) in `dir`.
function cdnowCsv(dir) {
  const rows = fs.readFileSync(path.join(repoRoot, 'data', 'CDNOW_sample.txt'), 'utf8').trim().split('\n').map((line) => {
    const [, customer, day, , amount] = line.trim().split(/\s+/);
    return `${customer},${day.slice(0, 4)}-${day.slice(4, 6)}-${day.slice(6)},${amount}`;
  });
  const file = path.join(dir, 'cdnow.csv');
  fs.writeFileSync(file, ['customer_id,date,amount', ...rows].join('\n') + '\n');
  return file;
}

// 300 customers over 2022-2023: several rows on some days, returns (negative amounts), some on
// days without a purchase. Deterministic (seeded LCG).
function syntheticCsv(dir) {
  let seed = 20261201;
  const random = (n) => { seed = (Math.imul(seed, 1103515245) + 12345) >>> 0; return (seed >>> 8) % n; };
  const rows = ['customer_id,date,amount'];
  const start = Date.UTC(2022, 0, 1);
  for (let c = 1; c <= 300; c++) {
    let day = random(400);
    const purchases = 1 + random(12);
    for (let p = 0; p < purchases && day < 730; p++) {
      const date = new Date(start + day * 86400e3).toISOString().slice(0, 10);
      const amount = (random(20000) / 100 - (random(10) === 0 ? 250 : 0)).toFixed(2);
      rows.push(`C${c},${date},${amount}`);
      if (random(4) === 0) rows.push(`C${c},${date},${(random(5000) / 100).toFixed(2)}`);
      day += random(3) === 0 ? 0 : 1 + random(60);
    }
  }
  const file = path.join(dir, 'synthetic.csv');
  fs.writeFileSync(file, rows.join('\n') + '\n');
  return file;
}

// Summary options as clvcalc arguments, with the CDNOW split and a few variations.
const cases = [
  { name: 'CDNOW weeks, calibration to 1997-09-30', data: 'cdnow', args: ['--unit', 'week', '--calibration-end', '1997-09-30', '--observation-end', '1998-06-30'] },
  { name: 'CDNOW days, observation end from the data', data: 'cdnow', args: ['--unit', 'day'] },
  { name: 'synthetic, returns subtracted, calendar months', data: 'synthetic', args: ['--unit', 'month', '--grouping', 'period', '--returns', 'subtract', '--calibration-end', '2023-03-15', '--observation-end', '2023-12-31'] },
  { name: 'synthetic, returns kept, calendar weeks', data: 'synthetic', args: ['--unit', 'week', '--grouping', 'period', '--returns', 'keep', '--observation-end', '2023-06-30'] },
  { name: 'synthetic, returns dropped, months of 30.4375 days', data: 'synthetic', args: ['--unit', 'month', '--returns', 'drop', '--calibration-end', '2022-12-31'] },
];

function coreSummary(file, args) {
  const csv = cli(['summarise', file, '--customer', 'customer_id', '--date', 'date', '--amount', 'amount', '--header', 'yes',
                   '--date-format', 'iso', '--latest-date', 'none', '--quiet', ...args]);
  return parseCsv(csv);
}

function sqlFor(dialect, args) {
  return cli(['sql', dialect, '--table', 'transactions', '--customer-column', 'customer_id', '--date-column', 'date',
              '--amount-column', 'amount', ...args]);
}

function assertSameSummary(engine, expected, actual, withHoldout) {
  assert.equal(actual.length, expected.length, `${engine}: customers`);
  const byId = new Map(actual.map((row) => [String(row.customer_id), row]));
  for (const row of expected) {
    const other = byId.get(row.customer_id);
    assert.ok(other, `${engine}: customer ${row.customer_id} missing`);
    for (const name of [...columns, ...(withHoldout ? holdoutColumns : [])]) {
      const want = Number(row[name]), got = Number(other[name]);
      assert.ok(Math.abs(want - got) <= 1e-9 * Math.max(1, Math.abs(want)),
        `${engine}: customer ${row.customer_id} ${name}: core ${want}, SQL ${got}`);
    }
  }
}

async function duckdbRows(file, sql) {
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  await connection.run(`CREATE TABLE transactions AS SELECT * FROM read_csv('${file}', header = true,
    columns = {'customer_id': 'VARCHAR', 'date': 'DATE', 'amount': 'DOUBLE'})`);
  const reader = await connection.runAndReadAll(sql);
  const rows = reader.getRowObjects();
  connection.closeSync?.();
  return rows;
}

// A PostgreSQL 15 cluster of its own: initdb in a temp dir, listening on a socket there only.
function startPostgres() {
  const bin = '/usr/lib/postgresql/15/bin';
  assert.ok(fs.existsSync(path.join(bin, 'initdb')), 'PostgreSQL 15 is not installed (scripts/setup.sh installs it)');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clv-pg-'));
  const asRoot = process.getuid() === 0;
  if (asRoot) {
    const uid = Number(spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).stdout);
    const gid = Number(spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).stdout);
    fs.chownSync(dir, uid, gid);
  }
  const run = (program, args) => {
    const result = asRoot ? spawnSync('runuser', ['-u', 'postgres', '--', program, ...args], { encoding: 'utf8' })
                          : spawnSync(program, args, { encoding: 'utf8' });
    assert.equal(result.status, 0, `${program} ${args.join(' ')}: ${result.stderr}${result.stdout}`);
    return result.stdout;
  };
  const data = path.join(dir, 'data');
  run(path.join(bin, 'initdb'), ['-D', data, '-U', 'clv', '-A', 'trust', '-E', 'UTF8', '--locale=C', '--no-sync']);
  run(path.join(bin, 'pg_ctl'), ['-D', data, '-l', path.join(dir, 'log'), '-w', '-o',
    `-c listen_addresses='' -k ${dir} -c fsync=off`, 'start']);
  const psql = (file) => run(path.join(bin, 'psql'), ['-X', '-q', '--csv', '-v', 'ON_ERROR_STOP=1', '-h', dir, '-U', 'clv', '-d', 'postgres', '-f', file]);
  const stop = () => {
    spawnSync(asRoot ? 'runuser' : path.join(bin, 'pg_ctl'),
      asRoot ? ['-u', 'postgres', '--', path.join(bin, 'pg_ctl'), '-D', data, '-m', 'immediate', 'stop'] : ['-D', data, '-m', 'immediate', 'stop']);
    fs.rmSync(dir, { recursive: true, force: true });
  };
  return { dir, psql, stop, asRoot };
}

function postgresRows(pg, csvFile, sql) {
  const copy = path.join(pg.dir, 'data.csv');
  fs.copyFileSync(csvFile, copy);
  const script = path.join(pg.dir, 'query.sql');
  fs.writeFileSync(script, `DROP TABLE IF EXISTS transactions;
CREATE TABLE transactions (customer_id TEXT, date DATE, amount DOUBLE PRECISION);
\\copy transactions FROM '${copy}' WITH (FORMAT csv, HEADER true)
${sql}`);
  if (pg.asRoot) {
    fs.chmodSync(copy, 0o644);
    fs.chmodSync(script, 0o644);
  }
  return parseCsv(pg.psql(script));
}

function sqliteRows(dir, csvFile, sql) {
  const script = path.join(dir, 'sqlite.sql');
  fs.writeFileSync(script, `CREATE TABLE transactions (customer_id TEXT, date TEXT, amount REAL);
.mode csv
.import --skip 1 ${csvFile} transactions
.headers on
${sql}`);
  const run = spawnSync('sqlite3', [':memory:'], { input: fs.readFileSync(script), encoding: 'utf8', maxBuffer: 64 << 20 });
  assert.equal(run.status, 0, `sqlite3: ${run.error ?? run.stderr}`);
  return parseCsv(run.stdout.replace(/"/g, '').replace(/\r/g, ''));
}

test('the summary SQL computes the core summary in DuckDB, PostgreSQL and SQLite', async (t) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clv-sql-'));
  const files = { cdnow: cdnowCsv(dir), synthetic: syntheticCsv(dir) };
  const pg = startPostgres();
  try {
    for (const { name, data, args } of cases) {
      await t.test(name, async () => {
        const expected = coreSummary(files[data], args);
        const withHoldout = args.includes('--calibration-end');
        assert.ok(expected.length > 100, `only ${expected.length} customers`);
        assertSameSummary('duckdb', expected, await duckdbRows(files[data], sqlFor('duckdb', args)), withHoldout);
        assertSameSummary('postgresql', expected, postgresRows(pg, files[data], sqlFor('postgresql', args)), withHoldout);
        assertSameSummary('sqlite', expected, sqliteRows(dir, files[data], sqlFor('sqlite', args)), withHoldout);
      });
    }
    await t.test('the CDNOW calibration summary has the published 2,357 customers, 946 of them repeat buyers', () => {
      const summary = coreSummary(files.cdnow, cases[0].args);
      assert.equal(summary.length, 2357);
      assert.equal(summary.filter((row) => Number(row.frequency) > 0).length, 946);
    });
  } finally {
    pg.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
