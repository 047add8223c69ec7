// A million-row transaction file (~26 MB, written to a temporary file) picked on the page: it is
// read slice by slice in the engine's Worker with a progress bar (engine/datasets.js), the
// summary counts every customer of the file, and BG/NBD and Gamma-Gamma are fitted on the
// summary the Worker keeps, each customer's value predicted (the top customers, the CSV of all)
// and the fit validated on the holdout; a summary cancelled halfway and a fit cancelled in a
// busy Worker both end cleanly, and the page answers again (the big file fits).
import test, { before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, writeFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { startEnvironment, openSession, byTestId, expectNoProblems, textOf, shownNumber, cancelInBusyWorker } from './page_harness.mjs';
import { writeBigTransactions } from './big_transactions.mjs';

let env;
let big;
before(async () => {
  big = writeBigTransactions({ rows: 1_000_000, seed: 13 });
  env = await startEnvironment();
});
after(async () => { big?.remove(); await env?.close(); });

const idle = (page) => page.waitForFunction(() => document.querySelector('[data-testid="data-progress"]')?.hidden === true);

// Every value the progress bar takes, recorded in the page (polling could miss a fast read).
async function recordProgress(page) {
  await page.evaluate(() => {
    window.progressSeen = [];
    const bar = document.querySelector('[data-testid="data-progress-bar"]');
    new MutationObserver(() => { if (bar.hasAttribute('value')) window.progressSeen.push(bar.value); })
      .observe(bar, { attributes: true, attributeFilter: ['value'] });
  });
}

async function pickBigFile(page) {
  await page.goto(`${env.url}#v=2&tool=customer_data&lang=en&src=transactions`, { waitUntil: 'load' });
  await byTestId(page, 'data-file').waitFor();
  await byTestId(page, 'data-file').setInputFiles(big.file);
  await byTestId(page, 'data-preview-table').waitFor({ timeout: 60_000 });
  await idle(page);
  await recordProgress(page);
}

async function setSplit(page, calibration, observation) {
  for (const [field, value] of [['calibration_end', calibration], ['observation_end', observation]]) {
    await byTestId(page, `data-${field}`).fill(value);
    await byTestId(page, `data-${field}`).dispatchEvent('change');
  }
}

test('a million-row CSV is summarised slice by slice, fitted, each customer predicted and the fit validated', async () => {
  const session = await openSession(env);
  const { page } = session;
  await pickBigFile(page);
  await setSplit(page, '2023-06-30', '2023-12-31');
  await byTestId(page, 'data-summarise').click();
  await byTestId(page, 'data-customers').waitFor({ timeout: 120_000 });
  assert.equal(shownNumber(await textOf(page, 'data-customers')), big.customers);
  assert.equal(shownNumber(await textOf(page, 'data-stat-rows_used')), big.rows);
  const seen = await page.evaluate(() => window.progressSeen);
  assert.ok(seen.some((v) => v > 0 && v < 1), `the bar moved through the file: ${seen.join(', ')}`);
  assert.ok((await textOf(page, 'data-summary-held')).includes(big.customers.toLocaleString('en-US')));
  // The summary's CSV holds every customer (the core writes it in the Worker), not the 20 shown.
  const [summaryFile] = await Promise.all([page.waitForEvent('download'), byTestId(page, 'data-download-summary').click()]);
  const summaryLines = (await readFile(await summaryFile.path(), 'utf8')).trim().split('\n');
  assert.equal(summaryLines[0], 'customer_id,frequency,recency,T,monetary_value,total_spend,frequency_holdout,monetary_value_holdout,duration_holdout');
  assert.equal(summaryLines.length, big.customers + 1);
  await idle(page);
  await byTestId(page, 'data-fit').click();
  await byTestId(page, 'data-params-gamma_gamma').waitFor({ timeout: 120_000 });
  await idle(page);
  for (const symbol of ['r', 'alpha', 'a', 'b']) {
    const value = shownNumber(await textOf(page, `data-param-bg_nbd-${symbol}`));
    assert.ok(Number.isFinite(value) && value > 0, `${symbol} = ${value}`);
  }
  assert.equal(await textOf(page, 'data-fit-bg_nbd-converged'), 'yes');
  assert.equal(shownNumber(await textOf(page, 'data-fit-bg_nbd-fit_customers')), big.customers);
  assert.equal(await textOf(page, 'data-fit-gamma_gamma-converged'), 'yes');
  // Each customer's prediction, made in the Worker on the summary it keeps.
  await byTestId(page, 'data-top').waitFor({ timeout: 120_000 });
  await page.locator('[data-testid="data-valid-chart-cumulative"] canvas').first().waitFor({ timeout: 120_000 });
  await idle(page);
  const top = await page.locator('[data-testid="data-top"] tbody tr').allInnerTexts();
  assert.equal(top.length, 15);
  const totalClv = shownNumber(await textOf(page, 'data-total_clv'));
  assert.ok(totalClv > 0, `total CLV ${totalClv}`);
  // The CSV of every customer, written by the core slice by slice: its values add up to the total
  // shown, and its best customer is the table's first.
  const [download] = await Promise.all([page.waitForEvent('download'), byTestId(page, 'data-download-predictions').click()]);
  const lines = (await readFile(await download.path(), 'utf8')).trim().split('\n');
  assert.equal(lines[0], 'customer_id,frequency,recency,T,p_alive,expected_purchases,expected_spend,clv');
  assert.equal(lines.length, big.customers + 1);
  const rows = lines.slice(1).map((line) => line.split(','));
  const sum = rows.reduce((total, cells) => total + Number(cells[7]), 0);
  assert.ok(Math.abs(sum - totalClv) <= 1e-6 * totalClv + 1, `CSV total ${sum}, shown ${totalClv}`);
  const best = rows.reduce((a, b) => (Number(b[7]) > Number(a[7]) ? b : a));
  assert.equal(top[0].split('\t')[0], best[0], "the top customer is the CSV's highest value");
  // The validation card, from the holdout the Worker kept.
  assert.ok(shownNumber(await textOf(page, 'data-valid-actual_holdout_purchases')) > 0);
  assert.ok(shownNumber(await textOf(page, 'data-valid-predicted_holdout_purchases')) > 0);
  await expectNoProblems(session);
  await session.close();
});

test('a summary cancelled halfway, and a fit and a prediction cancelled in a busy Worker, end cleanly; the page answers again', async () => {
  const session = await openSession(env);
  const { page } = session;
  await pickBigFile(page);
  await byTestId(page, 'data-summarise').click();
  await page.waitForFunction(() => window.progressSeen.some((v) => v > 0 && v < 1), null, { timeout: 60_000 });
  await byTestId(page, 'data-cancel').click();
  await idle(page);
  assert.match(await textOf(page, 'toast'), /Cancelled/);
  assert.equal(await byTestId(page, 'data-customers').count(), 0, 'no summary of half a file');
  // The Worker lives on and answers: the file is summarised again, whole.
  await byTestId(page, 'data-summarise').click();
  await byTestId(page, 'data-customers').waitFor({ timeout: 120_000 });
  assert.equal(shownNumber(await textOf(page, 'data-customers')), big.customers);
  await idle(page);
  // A fit cancelled while the Worker is busy stops that Worker (and the summary it kept) ...
  await cancelInBusyWorker(page, 'data-fit');
  await idle(page);
  assert.equal(await byTestId(page, 'data-params-bg_nbd').count(), 0);
  // ... and the next fit reads the file again into the new Worker, then fits.
  await byTestId(page, 'data-fit').click();
  await byTestId(page, 'data-params-gamma_gamma').waitFor({ timeout: 120_000 });
  assert.equal(await textOf(page, 'data-fit-bg_nbd-converged'), 'yes');
  await byTestId(page, 'data-top').waitFor({ timeout: 120_000 });
  await idle(page);
  // A prediction cancelled in a busy Worker: the next one reads the file again and predicts,
  // and the fits on screen stay.
  await cancelInBusyWorker(page, 'data-predict');
  await idle(page);
  await byTestId(page, 'data-predict').click();
  await page.waitForFunction(() => document.querySelector('[data-testid="data-progress-label"]')?.textContent.includes('Summarising'), null, { timeout: 60_000 });
  await idle(page);
  await byTestId(page, 'data-top').waitFor({ timeout: 120_000 });
  assert.equal(await textOf(page, 'data-fit-bg_nbd-converged'), 'yes');
  assert.equal(await page.locator('[data-testid="data-top"] tbody tr').count(), 15);
  await expectNoProblems(session);
  await session.close();
});

// A per-customer summary too big for one request: lifetimes' CDNOW summary written 25 times
// under new ids (58,925 rows, ~1.3 MB). Every row repeated equally leaves the likelihood's
// maximum where it was, so the fit is the published one (Fader, Hardie & Lee 2005, to the 4
// digits shown).
test('a summary file over 768 KB is read in the Worker, fitted and predicted', async () => {
  const source = (await readFile(new URL('../data/cdnow_customers_summary_with_transactions.csv', import.meta.url), 'utf8')).trim().split('\n');
  const lines = [source[0]];
  for (let copy = 0; copy < 25; copy++) for (const row of source.slice(1)) lines.push(`${copy}-${row}`);
  const file = path.join(os.tmpdir(), `clv-big-summary-${process.pid}.csv`);
  await writeFile(file, `${lines.join('\n')}\n`);
  const session = await openSession(env);
  const { page } = session;
  try {
    await page.goto(`${env.url}#v=2&tool=customer_data&lang=en&src=summary`, { waitUntil: 'load' });
    await byTestId(page, 'data-file').setInputFiles(file);
    await byTestId(page, 'data-customers').waitFor({ timeout: 60_000 });
    await idle(page);
    assert.equal(shownNumber(await textOf(page, 'data-customers')), 58_925);
    await byTestId(page, 'data-model').selectOption('bg_nbd');
    await byTestId(page, 'data-fit').click();
    await byTestId(page, 'data-top').waitFor({ timeout: 60_000 });
    await idle(page);
    const published = { r: 0.2426, alpha: 4.4136, a: 0.7929, b: 2.4259 };
    for (const [symbol, value] of Object.entries(published)) {
      const shown = shownNumber(await textOf(page, `data-param-bg_nbd-${symbol}`));
      assert.ok(Math.abs(shown - value) <= 2e-4, `${symbol}: shown ${shown}, published ${value}`);
    }
    assert.equal(shownNumber(await textOf(page, 'data-fit-bg_nbd-fit_customers')), 58_925);
    assert.equal(await page.locator('[data-testid="data-top"] tbody tr').count(), 15);
    await expectNoProblems(session);
  } finally {
    await session.close();
    await rm(file, { force: true });
  }
});
