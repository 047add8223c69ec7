// The model cards in both languages: the sBG example (Fader & Hardie 2007's regular plan) shows
// the published α 0.704 and β 1.182 and the projected survivors of years 8–12; the BG/BB
// example (Fader, Hardie & Shang 2010's donors) shows α 1.204, β 0.750, γ 0.657, δ 2.783 and
// each history's P(alive); a rising curve gets a message naming its period; after a BG/NBD +
// Gamma-Gamma fit of the CDNOW sample the tiers of predicted value are shown, downloadable as
// the workbench's segments and opened in the workbench. Screenshots at 1280 and 375 wide go to
// build/screenshots/ (looked at by hand).
import test, { before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { mkdir, readFile } from 'node:fs/promises';
import { startEnvironment, openSession, byTestId, expectNoProblems, textOf, shownNumber, repoRoot } from './page_harness.mjs';

const screenshots = path.join(repoRoot, 'build', 'screenshots');
let env;
before(async () => { env = await startEnvironment(); await mkdir(screenshots, { recursive: true }); });
after(async () => { await env?.close(); });

const near = (shown, want, margin, what) => assert.ok(Math.abs(shown - want) <= margin, `${what}: shown ${shown}, published ${want}`);
const WORDS = {
  en: { sbgTitle: /Contract retention/, rising: /Survivor curve \(period 2\)/, badRow: /Frequency \(row 1\)/ },
  'zh-CN': { sbgTitle: /合约留存/, rising: /存活曲线（第 2 期）/, badRow: /频次（第 1 行）/ },
};

async function openTool(page, lang) {
  await page.goto(`${env.url}#v=2&tool=customer_data&lang=${lang}`, { waitUntil: 'load' });
  // The cards are worded once the core's description is in.
  await page.waitForFunction(() => ['data-sbg-example', 'data-bgbb-example']
    .every((id) => (document.querySelector(`[data-testid="${id}"]`)?.textContent ?? '').trim() !== ''));
}

for (const lang of ['en', 'zh-CN']) {
  test(`${lang}: the sBG example gives the published alpha and beta and projection; a rising curve is named`, async () => {
    const session = await openSession(env, { locale: lang === 'en' ? 'en-US' : 'zh-CN' });
    const { page } = session;
    await openTool(page, lang);
    assert.match(await byTestId(page, 'data-sbg-card').textContent(), WORDS[lang].sbgTitle);
    await byTestId(page, 'data-sbg-example').click();
    await byTestId(page, 'data-param-sbg-alpha').waitFor({ timeout: 30_000 });
    // Published α = 0.704, β = 1.182 (3 decimals); survivors in years 8–12 220.1, 204.4, 191.2, 179.9, 170.0.
    near(shownNumber(await textOf(page, 'data-param-sbg-alpha')), 0.704, 0.0005, 'alpha');
    near(shownNumber(await textOf(page, 'data-param-sbg-beta')), 1.182, 0.0005, 'beta');
    near(shownNumber(await textOf(page, 'data-fit-sbg-log_likelihood')), -1680.27, 0.005, 'log-likelihood');
    const projected = [220.1, 204.4, 191.2, 179.9, 170.0];
    for (let k = 0; k < projected.length; k++) near(shownNumber(await textOf(page, `data-sbg-fitted-${8 + k}`)), projected[k], 0.051, `year ${8 + k}`);
    await page.locator('[data-testid="data-sbg-chart-survivors"] canvas').waitFor();
    await page.locator('[data-testid="data-sbg-chart-rates"] canvas').waitFor();
    await page.screenshot({ path: path.join(screenshots, `data-sbg-1280-${lang}.png`), fullPage: true });
    await byTestId(page, 'data-sbg-survivors').fill('1000 631 700 500');
    await byTestId(page, 'data-sbg-fit').click();
    await byTestId(page, 'data-sbg-problems').waitFor();
    assert.match(await textOf(page, 'data-sbg-problems'), WORDS[lang].rising);
    near(shownNumber(await textOf(page, 'data-param-sbg-alpha')), 0.704, 0.0005, 'the last good fit stays');
    await expectNoProblems(session);
    await session.close();
  });

  test(`${lang}: the BG/BB example gives the published donation parameters and each history's P(alive)`, async () => {
    const session = await openSession(env, { locale: lang === 'en' ? 'en-US' : 'zh-CN', viewport: { width: 375, height: 800 } });
    const { page } = session;
    await openTool(page, lang);
    await byTestId(page, 'data-bgbb-example').click();
    await byTestId(page, 'data-bgbb-rows').waitFor({ timeout: 30_000 });
    const published = { alpha: 1.204, beta: 0.750, gamma: 0.657, delta: 2.783 };
    for (const [k, v] of Object.entries(published)) near(shownNumber(await textOf(page, `data-param-bg_bb-${k}`)), v, 0.0005, k);
    near(shownNumber(await textOf(page, 'data-fit-bg_bb-log_likelihood')), -33225.6, 0.05, 'log-likelihood');
    assert.equal(await page.locator('[data-testid="data-bgbb-rows"] tbody tr').count(), 22);
    // A donor who gave in all six years is more likely alive than one who gave only in the first.
    const alive = async (i) => shownNumber(await textOf(page, `data-bgbb-alive-${i}`));
    assert.ok(await alive(21) > await alive(2));
    await byTestId(page, 'data-bgbb-card').screenshot({ path: path.join(screenshots, `data-bgbb-375-${lang}.png`) });
    // More transactions than opportunities up to the last one: named by column and row; the last fit stays.
    await byTestId(page, 'data-bgbb-table').fill('frequency,recency,periods\n3,2,6\n1,1,6');
    await byTestId(page, 'data-bgbb-fit').click();
    await byTestId(page, 'data-bgbb-problems').waitFor();
    assert.match(await textOf(page, 'data-bgbb-problems'), WORDS[lang].badRow);
    near(shownNumber(await textOf(page, 'data-param-bg_bb-alpha')), 1.204, 0.0005, 'the last good fit stays');
    // The same histories from a file (the test data's CSV, with a weight column) fit the same.
    await byTestId(page, 'data-bgbb-file').setInputFiles(path.join(repoRoot, 'tests', 'data', 'donations_1995_cohort.csv'));
    await page.waitForFunction(() => /3464/.test(document.querySelector('[data-testid="data-bgbb-table"]').value));
    await byTestId(page, 'data-bgbb-fit').click();
    await page.waitForFunction(() => document.querySelector('[data-testid="data-bgbb-problems"]').hidden);
    near(shownNumber(await textOf(page, 'data-param-bg_bb-delta')), 2.783, 0.0005, 'delta from the file');
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(width <= 375, `nothing scrolls sideways at 375 px (${width})`);
    await expectNoProblems(session);
    await session.close();
  });
}

const cdnow = '#v=2&tool=customer_data&src=transactions&ds=sample&col.customer=1&col.date=2&col.amount=4&cal=1997-09-30&obs=1998-06-30&run=1&model=bg_nbd&mg=30%25&dr=10%25&hz=52';

for (const [lang, width] of [['en', 1280], ['zh-CN', 375]]) {
  test(`${lang}: after BG/NBD + Gamma-Gamma on the CDNOW sample the tiers are shown, downloaded and opened in the workbench`, async () => {
    const session = await openSession(env, { locale: lang === 'en' ? 'en-US' : 'zh-CN', viewport: { width, height: 900 } });
    const { page } = session;
    await page.goto(`${env.url}${cdnow}&lang=${lang}`, { waitUntil: 'load' });
    await byTestId(page, 'data-customers').waitFor();
    await page.waitForFunction(() => document.querySelector('[data-testid="data-progress"]')?.hidden === true);
    await byTestId(page, 'data-fit').click();
    await byTestId(page, 'data-tiers').waitFor({ timeout: 60_000 });
    const customers = await Promise.all(['A', 'B', 'C'].map(async (t) => shownNumber((await textOf(page, `data-tier-${t}-customers`)).replace(/,/g, ''))));
    assert.equal(customers.reduce((a, b) => a + b, 0), 2357, 'the tiers partition the 2,357 customers');
    assert.ok(Math.abs(customers[0] - 0.2 * 2357) <= 1, `A is the top 20 % (${customers[0]})`);
    const bins = await page.locator('[data-testid="data-value-histogram"] .value-bar').evaluateAll((bars) => bars.map((b) => Number(b.dataset.count)));
    assert.equal(bins.reduce((a, b) => a + b, 0), 2357, 'the histogram counts every customer');
    const shareA = shownNumber(await textOf(page, 'data-tier-A-share'));
    assert.ok(shareA > 20, `A's share of value (${shareA} %) is above its share of customers`);
    await byTestId(page, 'data-tiers').scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(screenshots, `data-tiers-${width}-${lang}.png`), fullPage: width > 400 });
    const [download] = await Promise.all([page.waitForEvent('download'), byTestId(page, 'data-download-tiers').click()]);
    const lines = (await readFile(await download.path(), 'utf8')).trim().split('\n');
    assert.equal(lines[0], 'name,customers,average_order_value,orders_per_period,gross_margin_rate,retention_rate,acquisition_cost,retention_cost_per_customer');
    assert.equal(lines.length, 4);
    await byTestId(page, 'data-open-workbench').click();
    await page.waitForFunction(() => /tool=workbench/.test(location.hash) && /seg\.0\.customers=/.test(location.hash), null, { timeout: 30_000 });
    const hash = decodeURIComponent(await page.evaluate(() => location.hash));
    assert.match(hash, new RegExp(`seg\\.0\\.customers=${customers[0]}(&|$)`));
    await expectNoProblems(session);
    await session.close();
  });
}
