// The native CLI's transaction commands (clvcalc preview / summarise / sql): what they print,
// their exit status (0 done, 1 problems, 2 usage), and files read from disk that the page
// cannot send as text: GBK (decoded with iconv), UTF-16, a 2 GB file (refused by its size).
import test from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { nativeCli, repoRoot } from './wasm_engine.mjs';

const cdnow = path.join(repoRoot, 'data', 'CDNOW_sample.txt');
const run = (args) => spawnSync(nativeCli, args, { encoding: 'utf8', maxBuffer: 64 << 20 });
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clv-cli-'));
test.after(() => fs.rmSync(dir, { recursive: true, force: true }));

test('preview prints the guessed shape of the CDNOW sample', () => {
  const result = run(['preview', cdnow]);
  assert.equal(result.status, 0, result.stderr);
  assert.match(result.stdout, /^delimiter: whitespace$/m);
  assert.match(result.stdout, /^guess: customer 1, date 3, amount 5, quantity 4$/m);
  assert.match(result.stdout, /^date format: yyyymmdd$/m);
});

test('summarise prints the summary as CSV and its report on stderr', () => {
  const result = run(['summarise', cdnow, '--customer', '2', '--calibration-end', '1997-09-30', '--observation-end', '1998-06-30']);
  assert.equal(result.status, 0, result.stderr);
  const lines = result.stdout.trim().split('\n');
  assert.equal(lines.length, 2358);
  assert.equal(lines[1], '0001,2,30.4285714285714,38.8571428571429,22.345,74.02,1,26.48,39');
  assert.match(result.stderr, /read 6919 rows of 2357 customers from 6919 lines/);
  assert.match(result.stderr, /mean of the repeat purchases \(the first excluded\)/);
});

test('a GBK file is decoded with iconv and read with its Chinese header', () => {
  const file = path.join(dir, 'gbk.csv');
  const gbk = spawnSync('iconv', ['-f', 'UTF-8', '-t', 'GBK'], { input: '客户,日期,金额\n张三,2023/1/5,￥88.00\n李四,2023/1/6,12.5\n张三,2023/2/1,"1,200.00"\n' });
  assert.equal(gbk.status, 0, 'iconv (libc-bin) makes the GBK file');
  fs.writeFileSync(file, gbk.stdout);
  const preview = run(['preview', file]);
  assert.match(preview.stdout, /^encoding: utf-8 \(decoded from gbk\)$/m);
  const result = run(['summarise', file, '--unit', 'day', '--quiet']);
  assert.equal(result.status, 0, result.stderr);
  assert.equal(result.stdout, 'customer_id,frequency,recency,T,monetary_value,total_spend\n张三,1,27,27,1200,1288\n李四,0,0,26,0,12.5\n');
});

test('a UTF-16 file with d/m or m/d dates asks which, then reads', () => {
  const file = path.join(dir, 'utf16.txt');
  fs.writeFileSync(file, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('id\tdate\tamount\r\nA\t05/01/2023\t3\r\nA\t06/02/2023\t4\r\n', 'utf16le')]));
  const ask = run(['summarise', file]);
  assert.equal(ask.status, 1);
  assert.match(ask.stderr, /^problem: date_format date_format_ambiguous \(dmy mdy\)$/m);
  const result = run(['summarise', file, '--date-format', 'dmy', '--unit', 'day', '--quiet']);
  assert.equal(result.status, 0, result.stderr);
  assert.equal(result.stdout.trim().split('\n')[1], 'A,1,32,32,4,7');
});

test('files that cannot be read are problems, wrong words are usage errors', () => {
  const big = path.join(dir, 'big.csv');
  fs.writeFileSync(big, '');
  fs.truncateSync(big, 2_000_000_000);  // sparse: 2 GB without the disk space
  const tooBig = run(['summarise', big]);
  assert.equal(tooBig.status, 1);
  assert.match(tooBig.stderr, /^problem: file file_too_large$/m);
  const empty = path.join(dir, 'empty.csv');
  fs.writeFileSync(empty, '\n\n');
  assert.match(run(['summarise', empty]).stderr, /^problem: file empty_file$/m);
  const usage = run(['summarise', cdnow, '--unit', 'year']);
  assert.equal(usage.status, 2);
  assert.match(usage.stderr, /--unit does not take year/);
  assert.equal(run(['summarise', path.join(dir, 'no-such-file')]).status, 2);
  const sql = run(['sql', 'mysql']);
  assert.equal(sql.status, 2);
  assert.match(sql.stderr, /no SQL dialect mysql/);
});
