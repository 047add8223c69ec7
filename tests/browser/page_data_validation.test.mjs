// The Validation card: the CDNOW sample with the classic split (calibration to 1997-09-30, 39
// weeks; holdout to 1998-06-30, 39 more), BG/NBD fitted in the Worker, then the four plots of
// Fader, Hardie & Lee (2005) drawn from validate_model, their numbers equal to the core's own
// answer to the same requests (to the digits shown). Without a holdout the card says how to set
// one. Screenshots at 1280 and 375 wide, en and zh-CN (build/screenshots/).
import test, { before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { startEnvironment, openSession, byTestId, expectNoProblems, textOf, shownNumber, repoRoot, hasCJK } from './page_harness.mjs';

let env;
before(async () => { env = await startEnvironment(); });
after(async () => { await env?.close(); });

const shots = path.join(repoRoot, 'build', 'screenshots');
const PLOTS = ['conditional', 'cumulative', 'per_period', 'histogram', 'p_alive'];

async function openSampleMapped(page, lang) {
  await page.goto(`${env.url}#v=2&tool=calculator&lang=${lang}`, { waitUntil: 'load' });
  await byTestId(page, 'tool-customer_data').click();
  await byTestId(page, 'data-sample').click();
  await page.waitForFunction(() => /CDNOW_sample\.txt/.test(document.querySelector('[data-testid="data-current"]')?.textContent ?? '')
    && document.querySelector('[data-testid="data-preview-table"]'));
  await byTestId(page, 'data-col-customer').selectOption('1');
  await byTestId(page, 'data-col-date').selectOption('2');
  await byTestId(page, 'data-col-amount').selectOption('4');
}

async function setSplit(page, calibration, observation) {
  for (const [field, value] of [['calibration_end', calibration], ['observation_end', observation]]) {
    await byTestId(page, `data-${field}`).fill(value);
    await byTestId(page, `data-${field}`).dispatchEvent('change');
  }
}

async function summariseAndFit(page) {
  await byTestId(page, 'data-summarise').click();
  await byTestId(page, 'data-customers').waitFor();
  await page.waitForFunction(() => document.querySelector('[data-testid="data-progress"]')?.hidden === true);
  await byTestId(page, 'data-model').selectOption('bg_nbd');
  await byTestId(page, 'data-fit').click();
}

// Every plot drawn (uPlot's canvas in each chart box) and the progress bar gone.
async function waitForPlots(page) {
  for (const name of PLOTS) await page.locator(`[data-testid="data-valid-chart-${name}"] canvas`).first().waitFor({ timeout: 60_000 });
  await page.waitForFunction(() => document.querySelector('[data-testid="data-progress"]')?.hidden === true);
}

// The core's own validation of the same data, from the same module in a Worker of its own.
async function coreValidation(page) {
  return page.evaluate(async () => {
    const { createEngine } = await import(new URL('engine/client.js', document.baseURI).href);
    const engine = createEngine({ module: 'customer_data', where: 'worker' });
    const text = await (await fetch(new URL('data/CDNOW_sample.txt', document.baseURI))).text();
    const s = (await engine.evaluate({ calculation: 'summarise_transactions', inputs: { text, columns: { customer: 1, date: 2, amount: 4 },
      calibration_end: '1997-09-30', observation_end: '1998-06-30' } })).result;
    const customers = { frequency: s.customers.frequency, recency: s.customers.recency, T: s.customers.T };
    const fit = await engine.evaluate({ calculation: 'fit_model', inputs: { model: 'bg_nbd', customers } });
    const validation = await engine.evaluate({ calculation: 'validate_model', inputs: { model: 'bg_nbd', params: fit.result.params, customers,
      holdout: { frequency: s.holdout.frequency, duration: s.holdout.duration },
      tracking: { time: s.tracking.time, repeat_purchases: s.tracking.repeat_purchases, calibration_end: s.tracking.calibration_end } } });
    engine.dispose();
    return validation;
  });
}

// The table under a plot as rows of cell texts.
async function tableRows(page, name) {
  return page.locator(`[data-testid="data-valid-table-${name}"] tbody tr`).evaluateAll((rows) =>
    rows.map((row) => [...row.querySelectorAll('td')].map((cell) => cell.textContent.trim())));
}

async function screenshot(page, name) {
  mkdirSync(shots, { recursive: true });
  await byTestId(page, 'data-validation-card').screenshot({ path: path.join(shots, `${name}.png`) });
}

test('CDNOW, 39 + 39 weeks, BG/NBD: the validation plots drawn with the core\'s numbers', async () => {
  const session = await openSession(env);
  const { page } = session;
  await openSampleMapped(page, 'en');
  await setSplit(page, '1997-09-30', '1998-06-30');
  await summariseAndFit(page);
  await waitForPlots(page);
  const core = await coreValidation(page);
  assert.equal(core.ok, true, JSON.stringify(core.problems));
  const r = core.result;
  assert.equal(shownNumber(await textOf(page, 'data-valid-predicted_holdout_purchases')), Number(r.totals.predicted_holdout_purchases.toFixed(1)));
  assert.equal(shownNumber(await textOf(page, 'data-valid-actual_holdout_purchases')), r.totals.actual_holdout_purchases);
  const conditional = await tableRows(page, 'conditional');
  assert.deepEqual(conditional.map((row) => row[0]), ['0', '1', '2', '3', '4', '5', '6', '7+']);
  conditional.forEach((row, i) => {
    assert.equal(shownNumber(row[1]), r.conditional.customers[i], `customers with x = ${row[0]}`);
    assert.equal(shownNumber(row[2]), Number(r.conditional.actual[i].toFixed(3)), `actual at x = ${row[0]}`);
    assert.equal(shownNumber(row[3]), Number(r.conditional.model[i].toFixed(3)), `model at x = ${row[0]}`);
  });
  const cumulative = await tableRows(page, 'cumulative');
  assert.equal(cumulative.length, 78);
  assert.equal(shownNumber(cumulative[77][1].replace(/,/g, '')), r.tracking.actual_cumulative[77]);
  assert.equal(shownNumber(cumulative[77][2].replace(/,/g, '')), Number(r.tracking.model_cumulative[77].toFixed(1)));
  const histogram = await tableRows(page, 'histogram');
  assert.equal(shownNumber(histogram[0][1].replace(/,/g, '')), 2357 - 946);  // one-time buyers (data/README)
  assert.equal(shownNumber(histogram[0][2].replace(/,/g, '')), Number(r.histogram.model[0].toFixed(1)));
  assert.equal((await tableRows(page, 'p_alive')).length, r.p_alive_by_recency.recency.length);
  assert.match(await textOf(page, 'data-valid-about'), /39(\.0)? weeks/);
  assert.equal(await byTestId(page, 'data-valid-no-holdout').isHidden(), true);
  await screenshot(page, 'validation-en-1280');
  await expectNoProblems(session);
  await session.close();
});

test('a phone in Chinese: the same plots, one above the other, the words in Chinese', async () => {
  const session = await openSession(env, { locale: 'zh-CN', viewport: { width: 375, height: 800 } });
  const { page } = session;
  await openSampleMapped(page, 'zh-CN');
  await setSplit(page, '1997-09-30', '1998-06-30');
  await summariseAndFit(page);
  await waitForPlots(page);
  assert.ok(hasCJK(await textOf(page, 'data-valid-about')));
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(width <= 375, `the page scrolls sideways: ${width}px`);
  await screenshot(page, 'validation-zh-CN-375');
  await expectNoProblems(session);
  await session.close();
});

test('without a holdout the card says how to set one; with it on a wide screen in Chinese, the plots', async () => {
  const session = await openSession(env, { locale: 'zh-CN' });
  const { page } = session;
  await openSampleMapped(page, 'zh-CN');
  await summariseAndFit(page);
  await byTestId(page, 'data-valid-no-holdout').waitFor({ timeout: 60_000 });
  assert.match(await textOf(page, 'data-valid-no-holdout'), /1997-09-30/);
  assert.equal(await page.locator('[data-testid="data-valid-chart-conditional"] canvas').count(), 0);
  await setSplit(page, '1997-09-30', '1998-06-30');
  await summariseAndFit(page);
  await waitForPlots(page);
  assert.equal(await byTestId(page, 'data-valid-no-holdout').isHidden(), true);
  await screenshot(page, 'validation-zh-CN-1280');
  await expectNoProblems(session);
  await session.close();
});

test('en at 375 wide', async () => {
  const session = await openSession(env, { viewport: { width: 375, height: 800 } });
  const { page } = session;
  await openSampleMapped(page, 'en');
  await setSplit(page, '1997-09-30', '1998-06-30');
  await summariseAndFit(page);
  await waitForPlots(page);
  await screenshot(page, 'validation-en-375');
  await expectNoProblems(session);
  await session.close();
});
