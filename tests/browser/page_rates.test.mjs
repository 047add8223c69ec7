// Rates as a student types them (issue 14): a rate's own period follows the page's Period, a bare
// number above 1 is a percentage in every rate field, and a reading that is likely a slip says so.
import test, { before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  startEnvironment, openSession, openPage, byTestId, textOf, retype, expectNoProblems, eventually,
} from './page_harness.mjs';

let env;
before(async () => { env = await startEnvironment(); });
after(async () => { await env?.close(); });

const headline = (page) => textOf(page, 'result-value');

test('a monthly exercise: the discount rate is read per month, and follows the Period switch back to year', async () => {
  const session = await openSession(env);
  const { page } = session;
  await openPage(session, env, '#calc=retention_clv&lang=en&cur=USD&per=month&in.margin_per_period=20&in.retention_rate=95%25&in.discount_rate=1%25');
  // 20 × 0.95 / (1 + 0.01 − 0.95) = 316.67 at the end-of-period convention, a 1 % monthly rate.
  assert.equal(await byTestId(page, 'input-discount_rate_period').inputValue(), 'month');
  await eventually(async () => assert.equal(await headline(page), '$316.67'));
  // Chosen by hand (the same as the Period): still no choice of its own.
  await byTestId(page, 'input-discount_rate_period').selectOption('month');
  await byTestId(page, 'period-switch').selectOption('year');
  await eventually(async () => assert.equal(await byTestId(page, 'input-discount_rate_period').inputValue(), 'year'));
  await retype(page, 'discount_rate', '10%');
  // Per year now: 20 × 0.95 / (1 + 0.10 − 0.95) = 126.67, not 10 % a month.
  await eventually(async () => assert.equal(await headline(page), '$126.67'));
  // A choice of its own (per month with a yearly Period) is kept, and converted by the core.
  await byTestId(page, 'input-discount_rate_period').selectOption('month');
  await eventually(async () => assert.notEqual(await headline(page), '$126.67'));
  await expectNoProblems(session);
  await session.close();
});

test('"10" in a rate field is 10 %, "80" a retention rate of 80 %, and "1" as a discount rate warns', async () => {
  const session = await openSession(env);
  const { page } = session;
  await openPage(session, env, '#calc=retention_clv&lang=en&cur=USD&per=year&in.margin_per_period=100&in.retention_rate=80%25&in.discount_rate=10%25');
  const withPercent = await headline(page);
  await retype(page, 'discount_rate', '10');
  await retype(page, 'retention_rate', '80');
  await eventually(async () => assert.equal(await headline(page), withPercent));
  assert.match(await byTestId(page, 'input-discount_rate').locator('xpath=..').innerText(), /= 10%/);
  assert.equal(await byTestId(page, 'error-retention_rate').isVisible(), false);
  assert.equal(await byTestId(page, 'notice-discount_rate').isVisible(), false);
  await retype(page, 'discount_rate', '1');
  await byTestId(page, 'notice-discount_rate').waitFor();
  assert.match(await textOf(page, 'notice-discount_rate'), /100%/);
  await expectNoProblems(session);
  await session.close();
});

test('example numbers are marked as examples, and "Clear" empties the form for the user\'s own', async () => {
  const session = await openSession(env);
  const { page } = session;
  await openPage(session, env, '#calc=cost_structure&lang=en&cur=USD&per=year');
  assert.equal(await byTestId(page, 'example-note').isVisible(), true);
  const tagged = () => page.locator('.field.is-example').count();
  assert.ok(await tagged() >= 7, 'each example field is marked');
  await retype(page, 'families.acquisition.advertising', '1000');
  await eventually(async () => assert.equal(await page.locator('[data-field="families.acquisition.advertising"].is-example').count(), 0));
  await byTestId(page, 'clear-inputs').click();
  await eventually(async () => assert.equal(await tagged(), 0));
  assert.equal(await byTestId(page, 'example-note').isVisible(), false);
  assert.equal(await byTestId(page, 'input-families.retention.loyalty_programme').inputValue(), '', 'the example loyalty spend no longer counts');
  assert.equal(await byTestId(page, 'input-customers').inputValue(), '');
  assert.equal(await byTestId(page, 'error-customers').isVisible(), true, 'the required field is marked');
  await retype(page, 'customers', '100');
  await retype(page, 'families.training.courses', '500');
  await eventually(async () => assert.equal(await textOf(page, 'result-value'), '$5.00'));
  await page.reload({ waitUntil: 'load' });
  await eventually(async () => assert.equal(await textOf(page, 'result-value'), '$5.00'), { timeout: 15_000 });
  await expectNoProblems(session);
  await session.close();
});
