// The Fit card on the CDNOW calibration summary: BG/NBD fitted in the Worker gives Fader, Hardie
// & Lee's published parameters (r 0.2426, alpha 4.4136, a 0.7929, b 2.4259: to the 4 decimals
// the page shows, i.e. within 5e-5 plus the optimiser's 1e-4) and exactly the core's own answer
// to the same request; the Gamma-Gamma follows, then each customer's prediction, the CSV of all
// of them, and the one-time buyer note; a fit cancelled in a busy Worker, and the next one works.
import test, { before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { startEnvironment, openSession, byTestId, expectNoProblems, textOf, shownNumber, cancelInBusyWorker } from './page_harness.mjs';

let env;
before(async () => { env = await startEnvironment(); });
after(async () => { await env?.close(); });

const link = '#v=2&tool=customer_data&lang=en&src=transactions&ds=sample&col.customer=1&col.date=2&col.amount=4&cal=1997-09-30&obs=1998-06-30&run=1&model=bg_nbd&mg=30%25&dr=10%25&hz=52';
const PUBLISHED = { r: 0.2426, alpha: 4.4136, a: 0.7929, b: 2.4259 };  // Fader, Hardie & Lee (2005), CDNOW

async function openSummarised(page) {
  await page.goto(env.url + link, { waitUntil: 'load' });
  await byTestId(page, 'data-customers').waitFor();
  await page.waitForFunction(() => document.querySelector('[data-testid="data-progress"]')?.hidden === true);
}

// The core's fit of the customers the page shows, asked of the same module in a Worker of its own.
async function coreFit(page) {
  return page.evaluate(async () => {
    const { createEngine } = await import(new URL('engine/client.js', document.baseURI).href);
    const engine = createEngine({ module: 'customer_data', where: 'worker' });
    const text = await (await fetch(new URL('data/CDNOW_sample.txt', document.baseURI))).text();
    const summary = await engine.evaluate({ calculation: 'summarise_transactions', inputs: { text, columns: { customer: 1, date: 2, amount: 4 },
      calibration_end: '1997-09-30', observation_end: '1998-06-30' } });
    const c = summary.result.customers;
    const fit = await engine.evaluate({ calculation: 'fit_model', inputs: { model: 'bg_nbd', customers: { frequency: c.frequency, recency: c.recency, T: c.T } } });
    engine.dispose();
    return fit;
  });
}

test('BG/NBD on the CDNOW summary: the published parameters, the core\'s numbers, predictions and their CSV', async () => {
  const session = await openSession(env);
  const { page } = session;
  await openSummarised(page);
  await byTestId(page, 'data-fit').click();
  await byTestId(page, 'data-top').waitFor({ timeout: 30_000 });
  const core = await coreFit(page);
  assert.equal(core.ok, true);
  for (const [symbol, published] of Object.entries(PUBLISHED)) {
    const shown = shownNumber(await textOf(page, `data-param-bg_nbd-${symbol}`));
    assert.ok(Math.abs(shown - published) <= 1.5e-4, `${symbol}: shown ${shown}, published ${published}`);
    assert.equal(shown, Number(core.result.params[symbol].toFixed(4)), `${symbol}: the core's own value`);
  }
  assert.equal(await textOf(page, 'data-fit-bg_nbd-converged'), 'yes');
  assert.ok(Math.abs(shownNumber(await textOf(page, 'data-fit-bg_nbd-log_likelihood')) - core.result.log_likelihood) < 1e-4);
  await byTestId(page, 'data-params-gamma_gamma').waitFor();
  assert.equal(await page.locator('[data-testid="data-top"] tbody tr').count(), 15);
  assert.match(await textOf(page, 'data-one-time-note'), /P\(alive\) = 1/);
  const [download] = await Promise.all([page.waitForEvent('download'), byTestId(page, 'data-download-predictions').click()]);
  const lines = (await readFile(await download.path(), 'utf8')).trim().split('\n');
  assert.equal(lines.length, 2358);
  assert.equal(lines[0], 'customer_id,frequency,recency,T,p_alive,expected_purchases,expected_spend,clv');
  const oneTime = lines.slice(1).map((l) => l.split(',')).find((f) => f[1] === '0');
  assert.equal(Number(oneTime[4]), 1, 'a one-time buyer has P(alive) = 1 under BG/NBD');
  await expectNoProblems(session);
  await session.close();
});

test('a fit cancelled while the Worker is busy ends cleanly, and the next fit works', async () => {
  const session = await openSession(env);
  const { page } = session;
  await openSummarised(page);
  await cancelInBusyWorker(page, 'data-fit');
  await page.waitForFunction(() => document.querySelector('[data-testid="data-progress"]').hidden);
  assert.match(await textOf(page, 'toast'), /Cancelled/);
  assert.equal(await byTestId(page, 'data-params-bg_nbd').count(), 0);
  await byTestId(page, 'data-fit').click();
  await byTestId(page, 'data-params-bg_nbd').waitFor({ timeout: 30_000 });
  await expectNoProblems(session);
  await session.close();
});
