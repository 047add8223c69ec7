// The workbench's cost structure, loyalty programme and satisfaction views in a real browser, in
// both languages: the numbers on the page are the native core's answer to the same request (the
// demo client's texts written out by hand here), an edit on the dashboard moves the sections
// linked to it, an edit in a section moves its answer, bad input gets a message at its field or
// cell with the last answer kept and marked stale, and the printed report (read back with
// pdftotext) holds every view.
import test, { before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startEnvironment, openSession, expectNoProblems, shownNumber, eventually, hasCJK } from './page_harness.mjs';
import { evaluateNative } from '../node/wasm_engine.mjs';

let env;
let dir;
before(async () => { env = await startEnvironment(); dir = mkdtempSync(path.join(os.tmpdir(), 'clvcalc-wbv-')); });
after(async () => { await env?.close(); rmSync(dir, { recursive: true, force: true }); });

const wb = (page, id) => page.locator(`[data-testid="workbench"] [data-testid="${id}"]`);
const core = (request) => {
  const response = JSON.parse(evaluateNative(JSON.stringify(request)));
  assert.ok(response.ok, JSON.stringify(response.problems));
  return response;
};
const LANGS = [['en', 'en-US'], ['zh-CN', 'zh-CN']];

async function openWorkbench(session, lang, hash = `#v=2&tool=workbench&lang=${lang}&cur=USD&per=year`) {
  await session.page.goto(env.url + hash, { waitUntil: 'load' });
  await session.page.waitForFunction(() => /\d/.test(document.querySelector('[data-testid="wb-kpi-cac"]')?.textContent ?? ''),
                                     null, { timeout: 20_000 });
}

async function retype(locator, text) {
  await locator.selectText();
  await locator.pressSequentially(text);
}

// Waits until the element's number is `value` to the shown rounding (a cent, a hundredth).
// A what-if slider moved as a hand moves it: its value set, then its input event.
async function moveLever(page, name, value) {
  await wb(page, `wb-lever-${name}`).evaluate((slider, v) => { slider.value = v; slider.dispatchEvent(new Event('input', { bubbles: true })); }, value);
}

async function expectShown(page, id, value, tolerance = 0.005) {
  await eventually(async () => {
    const text = await wb(page, id).textContent();
    assert.ok(Math.abs(shownNumber(text) - value) <= tolerance + 1e-9 * Math.abs(value), `${id}: shown ${text}, core ${value}`);
  });
}

// The demo's cost structure (web/tools/workbench/descriptors.js DEMO.cs; this period's
// acquisition and retention items and its customers are the dashboard's DEMO.ue).
function costRequest({ newCustomers = 2000, courses = 5000 } = {}) {
  return { version: 1, calculation: 'cost_structure_periods', inputs: {
    families: { acquisition: { advertising: 120000, marketing_events: 30000, sales_team: 40000, sales_tools: 10000 },
                retention: { customer_service: 36000, loyalty_programme: 24000, satisfaction_surveys: 6000 },
                churn_management: { churn_analysis: 8000, win_back_offers: 12000, reactivation: 5000 },
                data_management: { collection: 6000, storage: 4000, analysis: 10000 },
                training: { courses, materials: 2000, trainers: 8000 } },
    previous_families: { acquisition: { advertising: 100000, marketing_events: 30000, sales_team: 35000, sales_tools: 8000 },
                         retention: { customer_service: 32000, loyalty_programme: 15000, satisfaction_surveys: 5000 },
                         churn_management: { churn_analysis: 6000, win_back_offers: 8000, reactivation: 4000 },
                         data_management: { collection: 5000, storage: 3000, analysis: 6000 },
                         training: { courses: 5000, materials: 2000, trainers: 6000 } },
    new_customers: newCustomers, customers_retained: 6000 } };
}

// The demo's loyalty programme (DEMO.lp) on the dashboard's behaviour (DEMO.ue).
const loyaltyRequest = (changes = {}) => ({ version: 1, calculation: 'loyalty_programme', inputs: {
  members: 2500, annual_fee: 25, annual_cost_per_member: 30, retention_uplift: 0.05, frequency_uplift: 0.2, spend_uplift: 0.05,
  average_order_value: 60, orders_per_period: 5, gross_margin_rate: 0.4, retention_rate: 0.75, discount_rate: 0.1,
  discount_rate_period: 'year', convention: 'end_retained', period: 'year', ...changes } });

// The demo's survey (web/tools/workbench/tables.js INDICATOR_ROWS), names in the page's language.
function satisfactionRequest(lang, countsOfRow0) {
  const names = lang === 'zh-CN' ? ['服务', '价格', '配送', '产品质量'] : ['Service', 'Price', 'Delivery', 'Product quality'];
  const rows = [[0.4, [2, 3, 5, 10, 20, 40, 20]], [0.3, [5, 5, 10, 30, 25, 15, 10]], [0.4, [0, 0, 5, 15, 30, 30, 20]], [0.2, [1, 2, 4, 13, 30, 35, 15]]];
  if (countsOfRow0) rows[0][1] = countsOfRow0;
  return { version: 1, calculation: 'satisfaction_index', inputs: { indicators: rows.map(([weight, counts], k) => ({ name: names[k], weight, counts })) } };
}

test('cost structure: the core\'s totals and growth, following the dashboard\'s customers and its own cells', async () => {
  for (const [lang, locale] of LANGS) {
    const session = await openSession(env, { locale });
    const { page } = session;
    await openWorkbench(session, lang);
    let r = core(costRequest()).result;
    for (const k of ['total', 'cost_per_customer', 'cost_per_new_customer', 'cost_per_retained_customer']) await expectShown(page, `wb-cs-${k}`, r[k]);
    await expectShown(page, 'wb-cs-total_growth', r.total_growth * 100);
    const fastest = await wb(page, 'wb-cs-fastest').textContent();
    assert.ok(fastest.includes(await page.locator(`[data-testid="wb-cs-table"] tr[data-family="${r.fastest_growing}"] th`).textContent()), fastest);
    assert.equal(hasCJK(fastest), lang === 'zh-CN', fastest);
    assert.equal(await page.locator('[data-testid="wb-cs-chart"] li').count(), 2, 'a bar per period');
    // The dashboard's new customers feed the cost per new customer.
    await retype(page.locator('[data-testid="wb-form-ue"] [data-testid="input-new_customers"]'), '4000');
    r = core(costRequest({ newCustomers: 4000 })).result;
    await expectShown(page, 'wb-cs-cost_per_new_customer', r.cost_per_new_customer);
    await retype(wb(page, 'input-families.training.courses'), '9000');
    r = core(costRequest({ newCustomers: 4000, courses: 9000 })).result;
    await expectShown(page, 'wb-cs-total', r.total);
    // A bad cell: a message under it, the last answer kept and marked stale.
    await wb(page, 'input-previous_families.training.courses').fill('5k');
    await wb(page, 'error-previous_families.training.courses').waitFor({ state: 'visible' });
    assert.equal(hasCJK(await wb(page, 'error-previous_families.training.courses').textContent()), lang === 'zh-CN');
    await wb(page, 'wb-stale-cs').waitFor({ state: 'visible' });
    await expectShown(page, 'wb-cs-total', r.total);
    await expectNoProblems(session);
    await session.close();
  }
});

test('loyalty programme: the core\'s value per member, following the dashboard\'s retention lever', async () => {
  for (const [lang, locale] of LANGS) {
    const session = await openSession(env, { locale });
    const { page } = session;
    await openWorkbench(session, lang);
    let r = core(loyaltyRequest()).result;
    for (const k of ['base_clv', 'member_clv', 'value_per_member', 'programme_profit']) await expectShown(page, `wb-lp-${k}`, r[k]);
    assert.equal(await page.locator('[data-testid="wb-lp-chart"] li').count(), 3);
    await moveLever(page, 'retention_rate', '80');
    r = core(loyaltyRequest({ retention_rate: 0.8 })).result;
    await expectShown(page, 'wb-lp-value_per_member', r.value_per_member);
    const form = (id) => page.locator(`[data-testid="wb-form-lp"] [data-testid="${id}"]`);
    await form('input-members').fill('2,5OO');
    await form('error-members').waitFor({ state: 'visible' });
    assert.equal(hasCJK(await form('error-members').textContent()), lang === 'zh-CN');
    await wb(page, 'wb-stale-lp').waitFor({ state: 'visible' });
    await expectShown(page, 'wb-lp-value_per_member', r.value_per_member);
    await retype(form('input-members'), '4000');
    r = core(loyaltyRequest({ retention_rate: 0.8, members: 4000 })).result;
    await expectShown(page, 'wb-lp-programme_profit', r.programme_profit);
    await wb(page, 'wb-stale-lp').waitFor({ state: 'hidden' });
    await expectNoProblems(session);
    await session.close();
  }
});

test('satisfaction index: the core\'s index and scores, the weights\' warning, an edited count, a bad one at its cell', async () => {
  for (const [lang, locale] of LANGS) {
    const session = await openSession(env, { locale });
    const { page } = session;
    await openWorkbench(session, lang);
    let response = core(satisfactionRequest(lang));
    await expectShown(page, 'wb-si-index', response.result.index);
    for (const [i, row] of response.result.indicators.entries()) await expectShown(page, `wb-out-indicators-${i}-score`, row.score);
    assert.ok(response.warnings.some((w) => w.code === 'weights_normalised'));
    const warning = page.locator('[data-testid="wb-section-satisfaction"] .notes.warnings li').first();
    await eventually(async () => assert.match(await warning.textContent(), lang === 'zh-CN' ? /权重之和为 1\.3/ : /sum to 1\.3/));
    assert.equal(await page.locator('[data-testid="wb-si-chart"] li').count(), 5, 'a bar per indicator and one for all');
    await retype(wb(page, 'wb-cell-indicators-0-counts_7'), '60');
    response = core(satisfactionRequest(lang, [2, 3, 5, 10, 20, 40, 60]));
    await expectShown(page, 'wb-si-index', response.result.index);
    await wb(page, 'wb-cell-indicators-0-counts_1').fill('-1');
    const error = page.locator('[data-testid="wb-table-indicators"] tr[data-row="0"] td[data-column="counts_1"] .cell-error');
    await error.waitFor({ state: 'visible' });
    assert.equal(hasCJK(await error.textContent()), lang === 'zh-CN');
    await wb(page, 'wb-stale-indicators').waitFor({ state: 'visible' });
    await expectShown(page, 'wb-si-index', response.result.index);
    await expectNoProblems(session);
    await session.close();
  }
});

test('the printed report holds the three views; a share link reopens their edits', async () => {
  const session = await openSession(env);
  const { page } = session;
  await openWorkbench(session, 'en');
  await retype(wb(page, 'input-families.training.courses'), '9000');
  await retype(wb(page, 'wb-cell-indicators-0-counts_7'), '60');
  const r = core(costRequest({ courses: 9000 })).result;
  await expectShown(page, 'wb-cs-total', r.total);
  const file = path.join(dir, 'report.pdf');
  writeFileSync(file, await page.pdf({ format: 'A4' }));
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  const money = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' });
  const lp = core(loyaltyRequest()).result;
  const si = core(satisfactionRequest('en', [2, 3, 5, 10, 20, 40, 60])).result;
  for (const part of ['Cost structure over two periods', money.format(r.total), 'Fastest-growing family', 'Loyalty programme',
                      money.format(lp.value_per_member), 'Satisfaction index', si.index.toFixed(2)]) {
    // Section titles print in capitals (the card title's style).
    assert.ok(text.toLowerCase().includes(part.toLowerCase()), `the report has no "${part}":\n${text}`);
  }
  // The cost table as CSV (the core's numbers at full precision) and the charts as PNG.
  const [csv] = await Promise.all([page.waitForEvent('download'), wb(page, 'wb-cs-csv').click()]);
  const csvText = readFileSync(await csv.path(), 'utf8');
  assert.match(csvText, /^\uFEFFfamily,total,share,cost_per_customer,previous_total,change,growth\r\n/);
  assert.ok(csvText.includes(`all,${r.total},1,${r.cost_per_customer}`), csvText);
  for (const id of ['wb-cs-png', 'wb-si-png', 'wb-lp-png']) {
    const [png] = await Promise.all([page.waitForEvent('download'), wb(page, id).click()]);
    assert.match(png.suggestedFilename(), /\.png$/);
    assert.deepEqual([...readFileSync(await png.path()).subarray(1, 4)].map((c) => String.fromCharCode(c)).join(''), 'PNG');
  }
  await eventually(async () => assert.match(await page.evaluate(() => location.hash), /cs\.families\.training\.courses=9000.*ind\.0\.counts_7=60/));
  const url = await page.evaluate(() => location.href);
  await session.close();
  const fresh = await openSession(env);
  await openWorkbench(fresh, 'en', new URL(url).hash);
  await expectShown(fresh.page, 'wb-cs-total', r.total);
  await expectShown(fresh.page, 'wb-si-index', si.index);
  await expectNoProblems(fresh);
  await fresh.close();
});
