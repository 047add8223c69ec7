// The workbench's scenarios, value composition and win-back in a real browser, in both
// languages: the comparison with the base shows the native core's numbers and changes for the
// demo's two scenarios, a lever moved on the dashboard moves every scenario, "add a scenario"
// and a change typed in it re-answer, a bad change gets a message at its box with the last
// answer kept and marked stale; value composition and win-back show the core's answer.
import test, { before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startEnvironment, openSession, expectNoProblems, shownNumber, eventually, hasCJK } from './page_harness.mjs';
import { evaluateNative } from '../node/wasm_engine.mjs';

let env;
before(async () => { env = await startEnvironment(); });
after(async () => { await env?.close(); });

const wb = (page, id) => page.locator(`[data-testid="workbench"] [data-testid="${id}"]`);
const core = (request) => {
  const response = JSON.parse(evaluateNative(JSON.stringify(request)));
  assert.ok(response.ok, JSON.stringify(response.problems));
  return response;
};

async function openWorkbench(session, lang) {
  await session.page.goto(`${env.url}#v=2&tool=workbench&lang=${lang}&cur=USD&per=year`, { waitUntil: 'load' });
  await session.page.waitForFunction(() => /\d/.test(document.querySelector('[data-testid="wb-kpi-cac"]')?.textContent ?? ''),
                                     null, { timeout: 20_000 });
}

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

// The dashboard's demo (web/tools/workbench/descriptors.js DEMO.ue), written out by hand.
const base = (changes = {}) => ({
  acquisition_spend: { advertising: 120000, marketing_events: 30000, sales_team: 40000, sales_tools: 10000 }, new_customers: 2000,
  retention_spend: { customer_service: 36000, loyalty_programme: 24000, satisfaction_surveys: 6000 }, customers_retained: 6000,
  average_order_value: 60, orders_per_period: 5, gross_margin_rate: 0.4, retention_rate: 0.75, discount_rate: 0.1,
  discount_rate_period: 'year', customers: 8000, convention: 'end_retained', period: 'year', ...changes });
const names = (lang) => (lang === 'zh-CN' ? ['保留率提升', '广告降本'] : ['Better retention', 'Cheaper advertising']);
const scenarios = (lang, changes, extra = []) => ({ version: 1, calculation: 'scenarios', inputs: { base: base(changes), variants: [
  { name: names(lang)[0], retention_rate: 0.8 }, { name: names(lang)[1], acquisition_spend: { advertising: 90000 } }, ...extra] } });

async function expectComparison(page, response) {
  const r = response.result;
  for (const o of ['clv', 'profit', 'total_profit']) {
    await expectShown(page, `wb-scn-out-base-${o}`, r.base[o]);
    for (const [i, s] of r.scenarios.entries()) {
      await expectShown(page, `wb-scn-out-${i}-${o}`, s[o]);
      // "+$62.86 (+24.44%)": the change, then the relative change in brackets.
      await eventually(async () => {
        const [change, relative] = (await wb(page, `wb-scn-delta-${i}-${o}`).textContent()).split(' (');
        assert.ok(Math.abs(shownNumber(change) - s.changes[o]) <= 0.005 + 1e-9 * Math.abs(s.changes[o]), `${o} ${i}: ${change}`);
        if (typeof s.relative_changes?.[o] === 'number') assert.ok(Math.abs(shownNumber(relative) - s.relative_changes[o] * 100) <= 0.005 + 1e-9);
      });
    }
  }
}

test('scenarios: side by side with the core\'s changes; the lever, a new scenario and a bad change', async () => {
  for (const [lang, locale] of [['en', 'en-US'], ['zh-CN', 'zh-CN']]) {
    const session = await openSession(env, { locale });
    const { page } = session;
    await openWorkbench(session, lang);
    await expectComparison(page, core(scenarios(lang)));
    await moveLever(page, 'gross_margin_rate', '45');
    await expectComparison(page, core(scenarios(lang, { gross_margin_rate: 0.45 })));
    await wb(page, 'wb-add-scenarios').click();
    await wb(page, 'wb-scn-name-2').waitFor();
    await wb(page, 'wb-scn-add-change-2').click();
    await wb(page, 'wb-scn-field-2-0').selectOption('average_order_value');
    await wb(page, 'wb-scn-value-2-0').fill('70');
    const third = { name: lang === 'zh-CN' ? '情景 3' : 'Scenario 3', average_order_value: 70 };
    await expectComparison(page, core(scenarios(lang, { gross_margin_rate: 0.45 }, [third])));
    await wb(page, 'wb-scn-value-2-0').fill('7O');
    const error = page.locator('[data-testid="wb-scn-editor"] [data-scenario="2"] .wb-scn-change .cell-error');
    await error.waitFor({ state: 'visible' });
    assert.equal(hasCJK(await error.textContent()), lang === 'zh-CN');
    await wb(page, 'wb-stale-scenarios').waitFor({ state: 'visible' });
    await expectComparison(page, core(scenarios(lang, { gross_margin_rate: 0.45 }, [third])));
    await expectNoProblems(session);
    await session.close();
  }
});

test('value composition and win-back show the core\'s answer to the demo', async () => {
  const session = await openSession(env);
  const { page } = session;
  await openWorkbench(session, 'en');
  const vc = core({ version: 1, calculation: 'value_composition', inputs: {
    historical_margins: [100, 110, 120], history: 'carried_to_today', average_order_value: 60, orders_per_period: 5, gross_margin_rate: 0.4,
    retention_rate: 0.75, discount_rate: 0.1, discount_rate_period: 'year', convention: 'end_retained', period: 'year',
    cross_sell_margin_per_period: 20, cross_sell_adoption_rate: 0.25, referrals_per_period: 0.1, referred_customer_value: 150,
    spend_growth_rate: 0.02, category_spend_per_period: 800, target_share_of_wallet: 0.6, product_lines_used: 2, product_lines_offered: 5 } }).result;
  for (const k of ['historical_value', 'current_value', 'potential_value', 'total_value']) await expectShown(page, `wb-vc-${k}`, vc[k]);
  const back = core({ version: 1, calculation: 'win_back', inputs: { lapsed_customers: 1500, offer_cost_per_customer: 15, win_back_rate: 0.12,
                                                                      regained_customer_value: 200 } }).result;
  for (const k of ['net_value_per_customer', 'total_net_value']) await expectShown(page, `wb-wb-${k}`, back[k]);
  await expectShown(page, 'wb-wb-break_even_win_back_rate', back.break_even_win_back_rate * 100);
  await expectNoProblems(session);
  await session.close();
});
