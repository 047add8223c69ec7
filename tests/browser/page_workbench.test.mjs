// The workbench tool in a real browser: opened from a link, its KPI tiles equal the native core's
// answer to the same request (to the cent shown), typing re-answers, a bad input gets a message
// at its field in the user's language and keeps the last answer marked stale, a share link
// reopens the same state in a fresh browser, the language switch re-words it, and the printed
// report (read back with pdftotext) has the client, the date and the KPIs.
import test, { before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startEnvironment, openSession, expectNoProblems, shownNumber, eventually, switchLanguage, hasCJK } from './page_harness.mjs';
import { evaluateNative } from '../node/wasm_engine.mjs';

let env;
let dir;
before(async () => { env = await startEnvironment(); dir = mkdtempSync(path.join(os.tmpdir(), 'clvcalc-wb-')); });
after(async () => { await env?.close(); rmSync(dir, { recursive: true, force: true }); });

const wb = (page, id) => page.locator(`[data-testid="workbench"] [data-testid="${id}"]`);
const kpi = (page, id) => wb(page, `wb-kpi-${id}`);

// Opens the page on `hash` and waits until the workbench's CAC tile shows a number.
async function openWorkbench(session, hash = '#v=2&tool=workbench&lang=en&cur=USD&per=year') {
  await session.page.goto(env.url + hash, { waitUntil: 'load' });
  await session.page.waitForFunction(() => /\d/.test(document.querySelector('[data-testid="wb-kpi-cac"]')?.textContent ?? ''),
                                     null, { timeout: 20_000 });
}

// A field of the unit-economics form (other sections' forms have fields of the same names).
const ueField = (page, id) => page.locator(`[data-testid="wb-form-ue"] [data-testid="${id}"]`);

async function retypeWb(page, field, text) {
  const input = ueField(page, `input-${field}`);
  await input.selectText();
  if (text === '') await input.press('Backspace');
  else await input.pressSequentially(text);
}

// The demo client (web/tools/workbench/descriptors.js DEMO) as the core's request, written out
// here by hand so the test also checks how the page reads what is typed (40% -> 0.4).
function demoRequest(changes = {}) {
  const inputs = {
    acquisition_spend: { advertising: 120000, marketing_events: 30000, sales_team: 40000, sales_tools: 10000 },
    new_customers: 2000,
    retention_spend: { customer_service: 36000, loyalty_programme: 24000, satisfaction_surveys: 6000 },
    customers_retained: 6000, average_order_value: 60, orders_per_period: 5, gross_margin_rate: 0.4,
    retention_rate: 0.75, discount_rate: 0.1, discount_rate_period: 'year', customers: 8000,
    convention: 'end_retained', period: 'year', ...changes,
  };
  return { version: 1, calculation: 'unit_economics', inputs };
}
const core = (request) => JSON.parse(evaluateNative(JSON.stringify(request)));

// Each tile shows the core's number (to the shown rounding: 0.005 of a cent or of a ratio).
async function expectTilesEqualCore(page, response) {
  assert.ok(response.ok, JSON.stringify(response.problems));
  const r = response.result;
  for (const [id, value] of [['cac', r.cac], ['retention_cost_per_customer', r.retention_cost_per_customer], ['clv', r.clv],
                             ['profit', r.profit], ['ltv_to_cac', r.ltv_to_cac], ['payback_period', r.payback_period]]) {
    await eventually(async () => {
      const text = (await kpi(page, id).textContent()).split(':')[0];  // a ratio reads "6.4 : 1"
      assert.ok(Math.abs(shownNumber(text) - value) <= 0.005 + 1e-9 * Math.abs(value), `${id}: shown ${text}, core ${value}`);
    });
  }
}

test('the demo client\'s KPIs are the core\'s answer, and typing re-answers', async () => {
  const session = await openSession(env);
  const { page } = session;
  await openWorkbench(session);
  await expectTilesEqualCore(page, core(demoRequest()));
  await retypeWb(page, 'new_customers', '4000');
  await retypeWb(page, 'retention_rate', '80%');
  await expectTilesEqualCore(page, core(demoRequest({ new_customers: 4000, retention_rate: 0.8 })));
  await wb(page, 'wb-lead').selectOption('start');
  await expectTilesEqualCore(page, core(demoRequest({ new_customers: 4000, retention_rate: 0.8, convention: 'start' })));
  await expectNoProblems(session);
  await session.close();
});

test('a bad input gets a message at its field, in each language, and the last answer stays, marked stale', async () => {
  for (const [lang, locale, words] of [['en', 'en-US', /Not a number/], ['zh-CN', 'zh-CN', /不是数字|数字/]]) {
    const session = await openSession(env, { locale });
    const { page } = session;
    await openWorkbench(session, `#v=2&tool=workbench&lang=${lang}&cur=USD&per=year`);
    const before = await kpi(page, 'clv').textContent();
    await ueField(page, 'input-average_order_value').fill('6o');  // at once: "6" alone would be a good answer
    const error = ueField(page, 'error-average_order_value');
    await error.waitFor({ state: 'visible' });
    assert.match(await error.textContent(), words);
    await wb(page, 'wb-stale').waitFor({ state: 'visible' });
    assert.equal(await kpi(page, 'clv').textContent(), before, 'the last good CLV is kept');
    await retypeWb(page, 'average_order_value', '60');
    await wb(page, 'wb-stale').waitFor({ state: 'hidden' });
    await expectNoProblems(session);
    await session.close();
  }
});

test('a share link reopens the same state in a fresh browser', async () => {
  const session = await openSession(env);
  const { page } = session;
  await openWorkbench(session);
  await wb(page, 'wb-client').fill('Northwind 商贸');
  await retypeWb(page, 'gross_margin_rate', '35%');
  await retypeWb(page, 'horizon_periods', '10');
  await wb(page, 'wb-lead').selectOption('end_first_certain');
  await eventually(async () => assert.match(await page.evaluate(() => location.hash), /horizon_periods=10.*ch\.lead=end_first_certain/));
  const url = await page.evaluate(() => location.href);
  const cac = await kpi(page, 'clv').textContent();
  await session.close();

  const fresh = await openSession(env);
  await openWorkbench(fresh, new URL(url).hash);
  assert.equal(await wb(fresh.page, 'wb-client').inputValue(), 'Northwind 商贸');
  assert.equal(await ueField(fresh.page, 'input-gross_margin_rate').inputValue(), '35%');
  assert.equal(await wb(fresh.page, 'wb-lead').inputValue(), 'end_first_certain');
  await eventually(async () => assert.equal(await kpi(fresh.page, 'clv').textContent(), cac));
  await expectTilesEqualCore(fresh.page, core(demoRequest({ gross_margin_rate: 0.35, horizon_periods: 10, convention: 'end_first_certain' })));
  await expectNoProblems(fresh);
  await fresh.close();
});

test('the language switch re-words the dashboard and keeps its numbers', async () => {
  const session = await openSession(env);
  const { page } = session;
  await openWorkbench(session);
  const label = page.locator('[data-testid="workbench"] .wb-tile[data-tile="cac"] dt');
  assert.ok(!hasCJK(await label.textContent()));
  const cac = shownNumber(await kpi(page, 'cac').textContent());
  await switchLanguage(page, 'zh-CN');
  await eventually(async () => assert.ok(hasCJK(await label.textContent()), await label.textContent()));
  assert.ok(hasCJK(await page.locator('[data-testid="workbench"] h1').textContent()));
  assert.equal(shownNumber(await kpi(page, 'cac').textContent()), cac);
  await expectNoProblems(session);
  await session.close();
});

test('the printed report has the client, the date, the inputs and the KPIs', async () => {
  const session = await openSession(env);
  const { page } = session;
  await openWorkbench(session);
  await wb(page, 'wb-client').fill('Contoso Retail');
  await eventually(async () => assert.match(await wb(page, 'wb-print-meta').textContent(), /Contoso Retail/));
  const file = path.join(dir, 'report.pdf');
  writeFileSync(file, await page.pdf({ format: 'A4' }));
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  const date = new Intl.DateTimeFormat('en', { dateStyle: 'long' }).format(new Date());
  const r = core(demoRequest()).result;
  const money = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' });
  for (const part of ['Contoso Retail', date, 'Average order value', money.format(r.cac), money.format(r.clv), money.format(r.profit)]) {
    assert.ok(text.includes(part), `the report has no "${part}":\n${text}`);
  }
  assert.ok(!text.includes('Blank client'), 'no buttons in the report');
  await expectNoProblems(session);
  await session.close();
});

// The demo's segments (web/tools/workbench/tables.js) as the core's request, written out by hand.
function demoSegmentsRequest(changeRow0 = {}) {
  const rows = [
    ['Loyal regulars', 400, 120, 10, 0.45, 0.9, 150, 60, 'mature'], ['Mainstream', 2500, 60, 5, 0.4, 0.75, 100, 12, 'mature'],
    ['Occasional buyers', 4000, 35, 2, 0.35, 0.5, 80, 5, 'new'], ['Bargain hunters', 1500, 25, 3, 0.15, 0.4, 90, 8, 'lapsed']];
  const segments = rows.map(([name, customers, average_order_value, orders_per_period, gross_margin_rate, retention_rate, acquisition_cost,
    retention_cost_per_customer, lifecycle_stage]) => ({ name, customers, average_order_value, orders_per_period, gross_margin_rate,
    retention_rate, acquisition_cost, retention_cost_per_customer, lifecycle_stage }));
  Object.assign(segments[0], changeRow0);
  return { version: 1, calculation: 'segments', inputs: { segments, discount_rate: 0.1, discount_rate_period: 'year', period: 'year',
                                                          convention: 'end_retained' } };
}

test('segments: each row shows the core\'s CLV, profit and tier, losses flagged; an edit and a new row re-answer', async () => {
  const session = await openSession(env);
  const { page } = session;
  await openWorkbench(session);
  const cell = (i, name) => wb(page, `wb-out-segments-${i}-${name}`);
  const money = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' });
  const expectRows = async (response) => {
    assert.ok(response.ok, JSON.stringify(response.problems));
    for (const [i, row] of response.result.segments.entries()) {
      await eventually(async () => {
        assert.equal(await cell(i, 'clv').textContent(), money.format(row.clv));
        assert.equal(await cell(i, 'profit_per_customer').textContent(), money.format(row.profit_per_customer));
        assert.equal(await cell(i, 'tier').textContent(), row.tier);
      });
      assert.equal(await cell(i, 'loss_reason').textContent() !== '', Boolean(row.loss_reason), `row ${i} flag`);
    }
  };
  await expectRows(core(demoSegmentsRequest()));
  const top = core(demoSegmentsRequest()).result.top_share_of_profit;
  assert.match(await wb(page, 'wb-pareto-top').textContent(), new RegExp(new Intl.NumberFormat('en-US', { style: 'percent', maximumFractionDigits: 2 }).format(top)));
  await wb(page, 'wb-cell-segments-0-customers').fill('800');
  await expectRows(core(demoSegmentsRequest({ customers: 800 })));
  await wb(page, 'wb-add-segments').click();
  await wb(page, 'wb-cell-segments-4-name').waitFor();
  await wb(page, 'wb-stale-segments').waitFor({ state: 'visible' });
  assert.match(await page.locator('[data-testid="wb-table-segments"] tr[data-row="4"] .cell-error').first().textContent(), /Required/);
  assert.equal(await cell(0, 'clv').textContent(), money.format(core(demoSegmentsRequest({ customers: 800 })).result.segments[0].clv),
               'the last good answer stays');
  await wb(page, 'wb-remove-segments-4').click();
  await wb(page, 'wb-stale-segments').waitFor({ state: 'hidden' });
  await expectNoProblems(session);
  await session.close();
});

test('sensitivity: the tornado has a bar per input the core ranks; the break-even retention rate is the core\'s', async () => {
  const session = await openSession(env);
  const { page } = session;
  await openWorkbench(session);
  const sens = core({ version: 1, calculation: 'sensitivity', inputs: { base: { calculation: 'unit_economics', inputs: demoRequest().inputs },
                                                                        outcome: 'profit', change: 0.1 } });
  assert.ok(sens.ok, JSON.stringify(sens.problems));
  await eventually(async () => assert.equal(await page.locator('[data-testid="wb-tornado"] li').count(), sens.result.bars.length));
  const order = await page.locator('[data-testid="wb-tornado"] li').evaluateAll((items) => items.map((li) => li.dataset.input));
  assert.deepEqual(order, sens.result.bars.map((b) => b.input), 'ranked as the core ranked them');
  const be = core({ version: 1, calculation: 'break_even', inputs: { base: { calculation: 'unit_economics', inputs: demoRequest().inputs },
                                                                     input: 'retention_rate', outcome: 'profit', target: 0 } });
  assert.ok(be.ok, JSON.stringify(be.problems));
  const pct = new Intl.NumberFormat('en-US', { style: 'percent', maximumFractionDigits: 2 }).format(be.result.value);
  await eventually(async () => assert.ok((await wb(page, 'wb-be-answer').textContent()).includes(pct), await wb(page, 'wb-be-answer').textContent()));
  await wb(page, 'wb-be-target').fill('1e9');
  await eventually(async () => assert.match(await wb(page, 'wb-be-problems').textContent(), /No value of this input/));
  await switchLanguage(page, 'zh-CN');
  await eventually(async () => assert.ok(hasCJK(await wb(page, 'wb-be-problems').textContent())));
  await expectNoProblems(session);
  await session.close();
});
