// The customer data tool as a newcomer meets it: open it from the tool switcher, open the CDNOW
// sample, map its columns, summarise in the Worker, and read the 2,357 customers and the
// published summary's figures; cancel a summary and run the next; a GBK file; a bad file; a
// reload and a link. Every figure compared is the core's: the test asks the same engine module
// (engine/client.js in the page) for the same request and compares what the page shows with it,
// and the downloaded summary with lifetimes' published CDNOW summary.
import test, { before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { startEnvironment, openSession, byTestId, expectNoProblems, repoRoot, shownNumber, textOf } from './page_harness.mjs';

let env;
before(async () => { env = await startEnvironment(); });
after(async () => { await env?.close(); });

const GBK_ORDERS = 'v827pyzI1cbaLL3wtu4K1cXI/SwyMDIzLTAxLTA1LDg4LjAwCsDuy8QsMjAyMy0wMS0wNiwxMi41MArVxcj9LDIwMjMtMDItMTAsMzAuMDAKzfXO5SwyMDIzLTAyLTExLDUuMDAK1cXI/SwyMDIzLTAzLTAxLDIwLjAwCg==';

// Opens the page in `lang` and switches to the customer data tool with the switcher.
async function openTool(session, lang = 'en') {
  const { page } = session;
  await page.goto(`${env.url}#v=2&tool=calculator&lang=${lang}`, { waitUntil: 'load' });
  await byTestId(page, 'tool-customer_data').click();
  await byTestId(page, 'data-sample').waitFor();
}

async function openSample(page) {
  await byTestId(page, 'data-sample').click();
  await page.waitForFunction(() => /CDNOW_sample\.txt/.test(document.querySelector('[data-testid="data-current"]')?.textContent ?? '')
    && document.querySelector('[data-testid="data-preview-table"]'));
}

// Maps CDNOW's columns (customer id is the second column, dates the third, dollars the fifth).
async function mapCdnow(page) {
  await byTestId(page, 'data-col-customer').selectOption('1');
  await byTestId(page, 'data-col-date').selectOption('2');
  await byTestId(page, 'data-col-amount').selectOption('4');
  await byTestId(page, 'data-calibration_end').fill('1997-09-30');
  await byTestId(page, 'data-calibration_end').dispatchEvent('change');
  await byTestId(page, 'data-observation_end').fill('1998-06-30');
  await byTestId(page, 'data-observation_end').dispatchEvent('change');
}

async function summarise(page) {
  await byTestId(page, 'data-summarise').click();
  await byTestId(page, 'data-customers').waitFor();
  await page.waitForFunction(() => document.querySelector('[data-testid="data-progress"]')?.hidden === true);
}

// The core's answer to the same request, from the same module in a Worker of its own.
async function coreAnswer(page, request) {
  return page.evaluate(async (request) => {
    const { createEngine } = await import(new URL('engine/client.js', document.baseURI).href);
    const engine = createEngine({ module: 'customer_data', where: 'worker' });
    const text = await (await fetch(new URL('data/CDNOW_sample.txt', document.baseURI))).text();
    const response = await engine.evaluate({ ...request, inputs: { ...request.inputs, text } });
    engine.dispose();
    return response;
  }, request);
}

const cdnowRequest = { version: 1, calculation: 'summarise_transactions',
  inputs: { columns: { customer: 1, date: 2, amount: 4, quantity: 3 }, calibration_end: '1997-09-30', observation_end: '1998-06-30',
            date_format: 'auto', time_unit: 'week', grouping: 'day', returns: 'drop' } };

test('the CDNOW sample: mapped, summarised in the Worker, 2,357 customers and the core\'s figures on the page', async () => {
  const session = await openSession(env);
  const { page } = session;
  await openTool(session);
  await openSample(page);
  assert.match(await textOf(page, 'data-detected'), /spaces/);
  await mapCdnow(page);
  await summarise(page);
  assert.equal(await textOf(page, 'data-customers'), '2,357');
  const core = await coreAnswer(page, cdnowRequest);
  assert.equal(core.ok, true);
  for (const name of ['repeat_customers', 'purchases', 'mean_frequency', 'holdout_purchases']) {
    const shown = shownNumber(await textOf(page, `data-stat-${name}`));
    assert.ok(Math.abs(shown - core.result.statistics[name]) <= 0.005, `${name}: ${shown} vs ${core.result.statistics[name]}`);
  }
  assert.match(await textOf(page, 'data-conventions'), /first purchase is excluded/);
  assert.match(await textOf(page, 'data-conventions'), /same day are merged/);
  assert.equal(await textOf(page, 'data-bad-total'), 'Every row could be read.');
  const cohorts = await page.locator('[data-testid="data-cohorts"] tbody tr').count();
  assert.equal(cohorts, core.result.cohorts.length);
  await expectNoProblems(session);
  await session.close();
});

test('the downloaded summary equals lifetimes\' published CDNOW summary (to its 2 decimals)', async () => {
  const session = await openSession(env);
  const { page } = session;
  await openTool(session);
  await openSample(page);
  await mapCdnow(page);
  await summarise(page);
  const [download] = await Promise.all([page.waitForEvent('download'), byTestId(page, 'data-download-summary').click()]);
  const saved = (await readFile(await download.path(), 'utf8')).trim().split('\n');
  const published = (await readFile(path.join(repoRoot, 'tests', 'data', 'cdnow_customers_summary_with_transactions.csv'), 'utf8')).trim().split('\n');
  assert.equal(saved.length, published.length);
  assert.match(saved[0], /^customer_id,frequency,recency,T,monetary_value,total_spend,frequency_holdout/);
  for (let i = 1; i < published.length; i++) {
    const [id, x, tx, T, zbar] = published[i].split(',').map(Number);
    const [sid, f, r, sT, m] = saved[i].split(',').map(Number);
    assert.equal(sid, id);
    for (const [a, b, name] of [[f, x, 'frequency'], [r, tx, 'recency'], [sT, T, 'T'], [m, zbar, 'monetary_value']]) {
      assert.ok(Math.abs(a - b) <= 0.005 + 1e-9, `customer ${id} ${name}: ${a} vs ${b}`);
    }
  }
  await expectNoProblems(session);
  await session.close();
});

test('Cancel stops a summary in the Worker; the next one works', async () => {
  const session = await openSession(env);
  const { page } = session;
  await openTool(session);
  await openSample(page);
  await mapCdnow(page);
  // The engine's Worker is kept busy for a while (as a big file would keep it), so the summary
  // asked for meanwhile is still running when Cancel is pressed.
  const worker = page.workers().find((w) => /engine-worker\.js/.test(w.url()));
  assert.ok(worker, 'the tool\'s engine runs in a Worker');
  const closed = new Promise((resolve) => worker.once('close', resolve));
  worker.evaluate(() => { const end = Date.now() + 4000; while (Date.now() < end); }).catch(() => {});
  await byTestId(page, 'data-summarise').click();
  await byTestId(page, 'data-cancel').click();
  await page.waitForFunction(() => document.querySelector('[data-testid="data-progress"]').hidden);
  assert.match(await textOf(page, 'toast'), /Cancelled/);
  assert.equal(await byTestId(page, 'data-customers').count(), 0, 'no summary from the cancelled run');
  await closed;  // the busy Worker was stopped, not waited for
  await summarise(page);
  assert.equal(await textOf(page, 'data-customers'), '2,357');
  await expectNoProblems(session);
  await session.close();
});

test('a GBK file from a Chinese spreadsheet is decoded, previewed and summarised', async () => {
  const session = await openSession(env, { locale: 'zh-CN' });
  const { page } = session;
  await openTool(session, 'zh-CN');
  await byTestId(page, 'data-file').setInputFiles({ name: '订单.csv', mimeType: 'text/csv', buffer: Buffer.from(GBK_ORDERS, 'base64') });
  await byTestId(page, 'data-preview-table').waitFor();
  assert.match(await textOf(page, 'data-current'), /已从 GBK 解码/);
  assert.match(await textOf(page, 'data-preview-table'), /张三/);
  assert.equal(await byTestId(page, 'data-col-customer').inputValue(), '0', 'the core\'s guess is preselected');
  await summarise(page);
  assert.equal(await textOf(page, 'data-customers'), '3');
  assert.match(await textOf(page, 'data-customers-table'), /张三/);
  await expectNoProblems(session);
  await session.close();
});

test('a bad file gets a localized message naming the file, and what was open stays', async () => {
  for (const [lang, locale, words] of [['en', 'en-US', /^The file photo\.csv: This is not a text file/], ['zh-CN', 'zh-CN', /^文件 photo\.csv：这不是文本文件/]]) {
    const session = await openSession(env, { locale });
    const { page } = session;
    await openTool(session, lang);
    await openSample(page);
    await byTestId(page, 'data-file').setInputFiles({ name: 'photo.csv', mimeType: 'text/csv', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1, 2, 3, 0, 0]) });
    const problems = byTestId(page, 'data-problems');
    await problems.waitFor();
    assert.match(await problems.innerText(), words);
    assert.match(await textOf(page, 'data-current'), /CDNOW_sample\.txt/, 'the sample stays open');
    assert.match(await textOf(page, 'data-preview-table'), /19970101/);
    assert.equal(await byTestId(page, 'data-kept').locator('li').count(), 0, 'the refused file is not kept');
    await expectNoProblems(session);
    await session.close();
  }
});

test('a reload keeps the file (IndexedDB) and the summary; a link reopens the tool with its settings', async () => {
  const session = await openSession(env);
  const { page } = session;
  await openTool(session);
  const text = await readFile(path.join(repoRoot, 'data', 'CDNOW_sample.txt'));
  await byTestId(page, 'data-file').setInputFiles({ name: 'my-orders.txt', mimeType: 'text/plain', buffer: text });
  await byTestId(page, 'data-preview-table').waitFor();
  await mapCdnow(page);
  await summarise(page);
  await page.waitForFunction(() => /ds=f/.test(location.hash) && /run=1/.test(location.hash));
  const link = page.url();
  await page.reload({ waitUntil: 'load' });
  await byTestId(page, 'data-customers').waitFor();
  assert.equal(await textOf(page, 'data-customers'), '2,357');
  assert.match(await textOf(page, 'data-current'), /my-orders\.txt/);
  assert.equal(await byTestId(page, 'data-col-customer').inputValue(), '1');
  assert.equal(await byTestId(page, 'data-calibration_end').inputValue(), '1997-09-30');
  await expectNoProblems(session);
  await session.close();

  // In another browser the file is not kept: the link opens the tool, with its settings, and says so.
  const other = await openSession(env);
  await other.page.goto(link, { waitUntil: 'load' });
  await byTestId(other.page, 'data-problems').waitFor();
  assert.match(await textOf(other.page, 'data-problems'), /not kept in this browser/);
  assert.equal(await other.page.locator('[data-testid="tool-customer_data"][aria-current="page"]').count(), 1);
  await expectNoProblems(other);
  await other.close();

  // A link naming the sample opens it, summarised, in any browser.
  const third = await openSession(env);
  await third.page.goto(`${env.url}#v=2&tool=customer_data&lang=en&src=transactions&ds=sample&col.customer=1&col.date=2&col.amount=4&cal=1997-09-30&obs=1998-06-30&run=1`, { waitUntil: 'load' });
  await byTestId(third.page, 'data-customers').waitFor();
  assert.equal(await textOf(third.page, 'data-customers'), '2,357');
  await expectNoProblems(third);
  await third.close();
});

test('dates that read both day first and month first are asked about, and the answer is used', async () => {
  const session = await openSession(env);
  const { page } = session;
  await openTool(session);
  const text = 'id,date,amount\nA,05/01/2023,10\nA,06/02/2023,12\nB,07/03/2023,8\nA,08/04/2023,9\n';
  await byTestId(page, 'data-file').setInputFiles({ name: 'orders.csv', mimeType: 'text/csv', buffer: Buffer.from(text) });
  await byTestId(page, 'data-date-ask').waitFor();
  assert.match(await textOf(page, 'data-date-ask'), /day\/month\/year.*month\/day\/year|month\/day\/year.*day\/month\/year/);
  await byTestId(page, 'data-summarise').click();
  await byTestId(page, 'data-problems').waitFor();
  assert.match(await textOf(page, 'data-problems'), /^Date format: The dates read both day first and month first/);
  await byTestId(page, 'data-date_format').selectOption('dmy');
  await summarise(page);
  assert.equal(await textOf(page, 'data-customers'), '2');
  assert.match(await textOf(page, 'data-conventions'), /Purchases from 2023-01-05 to 2023-04-08/);
  assert.equal(await byTestId(page, 'data-problems').isHidden(), true);
  await expectNoProblems(session);
  await session.close();
});

test('a file too large for one request is summarised slice by slice in the Worker; the page keeps working', async () => {
  const session = await openSession(env);
  const { page } = session;
  await openTool(session);
  const rows = ['id,date,amount'];
  for (let i = 0; i < 60_000; i++) rows.push(`C${i % 5000},2023-${String(1 + (i % 12)).padStart(2, '0')}-15,${(i % 97) + 0.5}`);
  await byTestId(page, 'data-file').setInputFiles({ name: 'big.csv', mimeType: 'text/csv', buffer: Buffer.from(rows.join('\n')) });
  await byTestId(page, 'data-preview-table').waitFor();
  await byTestId(page, 'data-summarise').click();
  await byTestId(page, 'data-customers').waitFor();
  assert.equal(await textOf(page, 'data-customers'), '5,000');
  assert.equal(await textOf(page, 'data-stat-rows_used'), '60,000');
  assert.match(await textOf(page, 'data-summary-held'), /5,000 customers stays in the engine/);
  await openSample(page);
  await summarise(page);
  assert.equal(await textOf(page, 'data-customers'), '2,357');
  await expectNoProblems(session);
  await session.close();
});
