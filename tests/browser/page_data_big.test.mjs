// A million-row transaction file (~26 MB, written to a temporary file) picked on the page: it is
// read slice by slice in the engine's Worker with a progress bar (engine/datasets.js), the
// summary counts every customer of the file, and BG/NBD and Gamma-Gamma are fitted on the
// summary the Worker keeps; a summary cancelled halfway and a fit cancelled in a busy Worker
// both end cleanly, and the page answers again (the sample summarises, the big file fits).
import test, { before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startEnvironment, openSession, byTestId, expectNoProblems, textOf, shownNumber } from './page_harness.mjs';
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

test('a million-row CSV is summarised slice by slice with progress, then BG/NBD and Gamma-Gamma are fitted', async () => {
  const session = await openSession(env);
  const { page } = session;
  await pickBigFile(page);
  await byTestId(page, 'data-summarise').click();
  await byTestId(page, 'data-customers').waitFor({ timeout: 120_000 });
  assert.equal(shownNumber(await textOf(page, 'data-customers')), big.customers);
  assert.equal(shownNumber(await textOf(page, 'data-stat-rows_used')), big.rows);
  const seen = await page.evaluate(() => window.progressSeen);
  assert.ok(seen.some((v) => v > 0 && v < 1), `the bar moved through the file: ${seen.join(', ')}`);
  assert.ok((await textOf(page, 'data-summary-held')).includes(big.customers.toLocaleString('en-US')));
  assert.equal(await byTestId(page, 'data-download-summary').count(), 0, 'no CSV of 20 rows passed off as the summary');
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
  assert.match(await textOf(page, 'data-predict-held'), /768 KB/);
  await expectNoProblems(session);
  await session.close();
});

test('a summary cancelled halfway and a fit cancelled in a busy Worker end cleanly; the page answers again', async () => {
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
  const worker = page.workers().find((w) => /engine-worker\.js/.test(w.url()));
  const closed = new Promise((resolve) => worker.once('close', resolve));
  worker.evaluate(() => { const end = Date.now() + 4000; while (Date.now() < end); }).catch(() => {});
  await byTestId(page, 'data-fit').click();
  await byTestId(page, 'data-cancel').click();
  await closed;
  await idle(page);
  assert.equal(await byTestId(page, 'data-params-bg_nbd').count(), 0);
  // ... and the next fit reads the file again into the new Worker, then fits.
  await byTestId(page, 'data-fit').click();
  await byTestId(page, 'data-params-gamma_gamma').waitFor({ timeout: 120_000 });
  assert.equal(await textOf(page, 'data-fit-bg_nbd-converged'), 'yes');
  await expectNoProblems(session);
  await session.close();
});
