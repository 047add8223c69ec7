// The printout (issue 14), read back from a real PDF with poppler's pdftotext and pdfinfo: the
// calculation's name, the date, the inputs given as a list (no empty boxes), the answer with its
// convention named, the worked solution, and tables only as far as the user opened them.
import test, { before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startEnvironment, openSession, openPage, byTestId, expectNoProblems, eventually } from './page_harness.mjs';

let env;
let dir;
before(async () => { env = await startEnvironment(); dir = mkdtempSync(path.join(os.tmpdir(), 'clvcalc-print-')); });
after(async () => { await env?.close(); rmSync(dir, { recursive: true, force: true }); });

// The page printed to PDF: its text (pdftotext, layout order) and its number of pages (pdfinfo).
async function printed(page, name) {
  const file = path.join(dir, `${name}.pdf`);
  writeFileSync(file, await page.pdf({ format: 'A4' }));
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))[1]);
  return { text, pages };
}

const count = (text, word) => text.split(word).length - 1;

test('retention CLV prints its name, the date, the inputs given, the answer with its convention and the steps', async () => {
  for (const [lang, locale, words] of [
    ['en', 'en-US', { name: 'Retention-based CLV', margin: 'Margin per year', answer: '$266.67', convention: 'Convention', optional: 'optional' }],
    ['zh-CN', 'zh-CN', { name: '基于保留率的 CLV', margin: '每年毛利', answer: '¥266.67', convention: '计算惯例', optional: '可选' }]]) {
    const session = await openSession(env, { locale });
    const { page } = session;
    await openPage(session, env, `#calc=retention_clv&lang=${lang}&cur=${lang === 'en' ? 'USD' : 'CNY'}&per=year&in.margin_per_period=100&in.retention_rate=80%25&in.discount_rate=10%25`);
    await page.locator('[data-testid="steps-end_retained"] .step').first().waitFor();
    const { text, pages } = await printed(page, `retention-${lang}`);
    const date = new Intl.DateTimeFormat(lang, { dateStyle: 'long' }).format(new Date());
    for (const part of [words.name, date, words.margin, '100', words.answer, words.convention]) {
      assert.ok(text.includes(part), `${lang}: the printout has no "${part}":\n${text}`);
    }
    assert.ok(count(text, words.answer) >= 2, `${lang}: the answer and its worked solution`);
    assert.equal(count(text, words.optional), 0, `${lang}: empty optional boxes are printed:\n${text}`);
    assert.ok(pages <= 2, `${lang}: ${pages} pages`);
    await expectNoProblems(session);
    await session.close();
  }
});

test('a 60-month CLV prints no table until it is opened, then only the chosen convention\'s', async () => {
  const session = await openSession(env);
  const { page } = session;
  await openPage(session, env, '#calc=retention_clv&lang=en&cur=USD&per=month&in.margin_per_period=20&in.retention_rate=95%25&in.discount_rate=1%25&in.periods=60');
  await page.locator('[data-testid="steps-end_retained"] .step').first().waitFor();
  const closed = await printed(page, 'sixty-closed');
  assert.equal(count(closed.text, 'Cumulative present value'), count(closed.text, 'Cumulative present value'), 'sanity');
  assert.ok(!/\n\s*60\s+60\s/.test(closed.text), 'no table rows without the table opened');  // a row: month, booked at, …
  await page.locator('.convention-table summary').click();
  await eventually(async () => assert.equal(await byTestId(page, 'table').locator('tbody tr').count(), 60));
  const open = await printed(page, 'sixty-open');
  assert.ok(/\n\s*60\s+60\s/.test(open.text), 'the opened table prints to its last row');
  assert.equal(await page.locator('table.period-table').count(), 1, 'one table: the chosen convention\'s');
  assert.ok(open.pages <= 4, `${open.pages} pages`);
  await expectNoProblems(session);
  await session.close();
});

test('the cost structure prints the items given, not the empty boxes of the others', async () => {
  const session = await openSession(env);
  const { page } = session;
  await openPage(session, env, '#calc=cost_structure&lang=en&cur=USD&per=year');
  const { text, pages } = await printed(page, 'cost-structure');
  assert.ok(text.includes('Advertising'), text);
  assert.ok(!text.includes('Trainers'), 'an item left empty is not listed');
  assert.equal(count(text, 'optional'), 0);
  assert.ok(pages <= 2, `${pages} pages`);
  await session.close();
});
