// The customer data tool's warehouse path: the SQL for each dialect (the core writes it) with a
// copy button, and a summary brought as a file instead of transactions, read by the core
// (read_summary): lifetimes' published CDNOW summary, and a summary missing a column.
import test, { before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startEnvironment, openSession, byTestId, expectNoProblems, textOf } from './page_harness.mjs';

let env;
before(async () => { env = await startEnvironment(); });
after(async () => { await env?.close(); });

async function openTool(page, lang = 'en') {
  await page.goto(`${env.url}#v=2&tool=customer_data&lang=${lang}`, { waitUntil: 'load' });
  await byTestId(page, 'data-sample').waitFor();
}

test('the SQL follows the dialect, the names and the summary settings, and Copy puts it on the clipboard', async () => {
  const session = await openSession(env, { permissions: ['clipboard-read', 'clipboard-write'] });
  const { page } = session;
  await openTool(page);
  await page.waitForFunction(() => /duckdb/.test(document.querySelector('[data-testid="data-sql"]').textContent));
  for (const [dialect, word] of [['postgresql', /postgresql/], ['spark', /spark/], ['bigquery', /bigquery/]]) {
    await byTestId(page, 'data-sql-dialect').selectOption(dialect);
    await page.waitForFunction((w) => new RegExp(w).test(document.querySelector('[data-testid="data-sql"]').textContent), word.source);
  }
  await byTestId(page, 'data-sql-table').fill('shop.orders');
  await byTestId(page, 'data-sql-table').dispatchEvent('change');
  await page.waitForFunction(() => /`shop`\.`orders`|shop\.orders|`shop.orders`/.test(document.querySelector('[data-testid="data-sql"]').textContent));
  await page.waitForFunction(() => /sql=bigquery/.test(location.hash));
  await byTestId(page, 'data-sql-copy').click();
  await byTestId(page, 'toast').waitFor();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), await byTestId(page, 'data-sql').textContent());
  await expectNoProblems(session);
  await session.close();
});

test('lifetimes\' published CDNOW summary, brought instead of transactions, reads as 2,357 customers, 946 repeat', async () => {
  const session = await openSession(env);
  const { page } = session;
  await openTool(page);
  await byTestId(page, 'data-source-summary').click();
  await byTestId(page, 'data-sample-summary').click();
  await byTestId(page, 'data-customers').waitFor();
  assert.equal(await textOf(page, 'data-customers'), '2,357');
  assert.equal(await textOf(page, 'data-stat-repeat_customers'), '946');
  assert.match(await textOf(page, 'data-columns-found'), /Customer → column 1.*Frequency → column 2/);
  assert.match(await textOf(page, 'data-customers-table'), /30\.43/);
  await expectNoProblems(session);
  await session.close();
});

test('a summary without a recency column is named in the user\'s language', async () => {
  for (const [lang, locale, words] of [['en', 'en-US', /^Recency column: The header has no such column/], ['zh-CN', 'zh-CN', /^recency 列：表头中没有这一列/]]) {
    const session = await openSession(env, { locale });
    const { page } = session;
    await openTool(page, lang);
    await byTestId(page, 'data-source-summary').click();
    await byTestId(page, 'data-file').setInputFiles({ name: 'summary.csv', mimeType: 'text/csv', buffer: Buffer.from('id,frequency,T\nA,1,3\n') });
    await byTestId(page, 'data-problems').waitFor();
    assert.match(await textOf(page, 'data-problems'), words);
    assert.match(await textOf(page, 'data-problems'), /t_x/, 'the names it takes are listed');
    await expectNoProblems(session);
    await session.close();
  }
});
