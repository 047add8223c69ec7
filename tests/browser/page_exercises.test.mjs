// The exercise types a student meets (issue 14), as a student would do them: CLV from totals, a
// lifetime from a changing and capped churn, a payback-only profitability exercise, checking
// any named result, and an exact half cent that rounds up on screen and in the check.
import test, { before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  startEnvironment, openSession, openPage, byTestId, textOf, retype, expectNoProblems, eventually,
} from './page_harness.mjs';

let env;
before(async () => { env = await startEnvironment(); });
after(async () => { await env?.close(); });


test('0.145 × 3 × 1 is 0.435: shown as 0.44, and 0.44 is the answer the check accepts', async () => {
  const session = await openSession(env);
  const { page } = session;
  await openPage(session, env, '#calc=simple_clv&lang=en&cur=USD&per=year&in.average_purchase=0.145&in.purchases_per_period=3&in.lifespan_periods=1');
  assert.equal(await textOf(page, 'result-value'), '$0.44');
  await byTestId(page, 'check-answer').fill('0.44');
  await byTestId(page, 'check-button').click();
  await eventually(async () => assert.match(await textOf(page, 'check-verdict'), /✓/));
  await byTestId(page, 'check-answer').fill('0.43');
  await eventually(async () => assert.match(await textOf(page, 'check-verdict'), /✗/));
  await expectNoProblems(session);
  await session.close();
});

test('CLV from totals shows each textbook step; a lifetime from a changing, capped churn is in periods', async () => {
  const session = await openSession(env);
  const { page } = session;
  await openPage(session, env, '#calc=simple_clv_totals&lang=en&cur=USD&per=year&in.gross_margin_rate=30%25');
  // 50,000 / 1,000 = 50 per purchase; 1,000 / 200 = 5 purchases; 250 a customer; 800 / 200 = 4 years.
  assert.equal(await textOf(page, 'result-value'), '$300.00');
  const steps = await textOf(page, 'steps');
  for (const part of ['50.00', '5', '250.00', '4', '1,000.00']) assert.ok(steps.includes(part), `${part} in:\n${steps}`);
  await byTestId(page, 'calc-expected_lifetime').click();
  await byTestId(page, 'input-retention_source').selectOption('list');
  await retype(page, 'retention_rates', '60% 85%');
  await retype(page, 'max_periods', '3');
  // 1 + 0.6 + 0.6 × 0.85 = 2.11 periods.
  await eventually(async () => assert.equal(await textOf(page, 'result-value'), '2.11 years'));
  await expectNoProblems(session);
  await session.close();
});

test('a payback-only exercise needs no lifetime value, and the check can be about the payback', async () => {
  const session = await openSession(env);
  const { page } = session;
  await openPage(session, env, '#calc=profitability&lang=zh-CN&cur=CNY&per=year&in.lifetime_value=&in.acquisition_cost=500&in.retention_cost=&in.revenue_per_period=1000&in.gross_margin_rate=25%25');
  assert.equal(await byTestId(page, 'error-lifetime_value').isVisible(), false);
  // Nothing asked for the profit: the payback is the headline, 500 / (1,000 × 25 %) = 2 years.
  assert.match(await textOf(page, 'result-value'), /^2 年/);
  assert.match(await page.locator('.headline-label').innerText(), /回收期/);
  // The check is about what the headline shows unless the user picks another result.
  assert.equal(await byTestId(page, 'check-result').inputValue(), 'payback_periods');
  await byTestId(page, 'check-answer').fill('2');
  await byTestId(page, 'check-button').click();
  await eventually(async () => assert.match(await textOf(page, 'check-verdict'), /✓/));
  assert.doesNotMatch(page.url(), /res=/);  // the default is not written into the link
  await byTestId(page, 'check-result').selectOption('margin_per_period');
  await eventually(async () => assert.match(page.url(), /res=margin_per_period/));
  await expectNoProblems(session);
  await session.close();
});

test('retention CLV\'s check can be about a convention\'s limit, and names the slip of another convention', async () => {
  const session = await openSession(env);
  const { page } = session;
  await openPage(session, env, '#calc=retention_clv&lang=en&cur=USD&per=year&in.margin_per_period=100&in.retention_rate=80%25&in.discount_rate=10%25&in.periods=5');
  await byTestId(page, 'convention-switch').selectOption('start');
  await byTestId(page, 'check-result').selectOption('limit');
  await byTestId(page, 'check-answer').fill('366.67');
  await byTestId(page, 'check-button').click();
  await eventually(async () => assert.match(await textOf(page, 'check-verdict'), /✓/));
  assert.match(await page.locator('.check-prompt').innerText(), /Limit/);
  await expectNoProblems(session);
  await session.close();
});
