// Shared set-up for the page suites (tests/browser/page_*.test.mjs): one local server for dist/
// under a sub-path and one Debian Chromium per test file, and per test a fresh context that
// refuses and records any request off the server's origin, console errors, uncaught exceptions
// and HTTP errors. Tests assert `session.problems` is empty at their end (`expectNoProblems`).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startServer } from '../../scripts/serve.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
export const repoRoot = path.resolve(here, '..', '..');
export const dist = process.env.CLV_DIST_DIR ?? path.join(repoRoot, 'dist');
export const chromiumArgs = ['--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
                             '--disable-component-update', '--disable-sync'];

// The presets the page offers, and the shared worked examples they come from.
export const presets = JSON.parse(readFileSync(path.join(repoRoot, 'web', 'tools', 'calculator', 'presets.json'), 'utf8')).presets;
const sharedExamples = path.resolve(repoRoot, '..', 'shared', 'formulas', 'worked-examples.json');
export const workedExamples = JSON.parse(readFileSync(process.env.CLV_WORKED_EXAMPLES ?? sharedExamples, 'utf8'));

// One server + browser for a test file: `const env = await startEnvironment(t)` in a `before`.
export async function startEnvironment({ base = '/x/y/' } = {}) {
  const server = await startServer({ root: dist, port: 0, base });
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: chromiumArgs });
  return {
    server, browser, url: server.url, origin: new URL(server.url).origin,
    close: async () => { await browser.close(); await server.close(); },
  };
}

// A fresh context and page; `locale` sets navigator.language (the page's default language).
// options: {locale, viewport, serviceWorkers ('allow'|'block'), acceptDownloads}
export async function openSession(env, { locale = 'en-US', viewport = { width: 1280, height: 900 },
                                          serviceWorkers = 'block', ...rest } = {}) {
  const context = await env.browser.newContext({ locale, viewport, serviceWorkers, acceptDownloads: true, ...rest });
  const problems = [];
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.origin === env.origin || url.protocol === 'blob:' || url.protocol === 'data:') return route.continue();
    problems.push(`request to ${url.href}`);
    return route.abort();
  });
  const page = await context.newPage();
  watch(page, problems);
  return { context, page, problems, close: () => context.close() };
}

export function watch(page, problems) {
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console error: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push(`uncaught: ${e.message}`));
  page.on('response', (r) => { if (r.status() >= 400) problems.push(`HTTP ${r.status()} ${r.url()}`); });
}

export const byTestId = (page, id) => page.locator(`[data-testid="${id}"]`);

// Opens the page (optionally with a hash) and waits until the headline shows a number.
export async function openPage(session, env, hash = '') {
  await session.page.goto(env.url + hash, { waitUntil: 'load' });
  await waitForAnswer(session.page);
}

export async function waitForAnswer(page) {
  await page.waitForFunction(() => /\d/.test(document.querySelector('[data-testid="result-value"]')?.textContent ?? ''),
                             null, { timeout: 15_000 });
}

// Types into a field as a person would: select all, type, and let the page answer.
export async function typeInto(page, field, text) {
  const input = byTestId(page, `input-${field}`);
  await input.fill('');
  await input.pressSequentially(text);
}

// A number shown by the page in any of its formats ("¥4,329.48", "4,329.48 元", "15.00%",
// "-1,234", "−1,234"): the digits as a JS number, percent kept as shown (15 for "15.00%").
export function shownNumber(text) {
  const cleaned = String(text).replace(/[\u2212\u2012\u2013]/g, '-').replace(/[^\d.\-]/g, '');
  const match = cleaned.match(/-?\d+(?:\.\d+)?/);
  assert.ok(match, `no number in "${text}"`);
  return Number(match[0]);
}

// Nothing the page shows may read NaN, Infinity or undefined, and the headline is never blank.
export async function expectNoBadText(page) {
  const body = await page.locator('body').innerText();
  for (const word of ['NaN', 'Infinity', 'undefined', '[object Object]', 'null']) {
    assert.ok(!new RegExp(`\\b${word.replace(/[[\]]/g, '\\$&')}\\b`).test(body), `the page shows "${word}"`);
  }
  const headline = (await byTestId(page, 'result-value').textContent()).trim();
  assert.notEqual(headline, '', 'the headline result is blank');
}

export async function expectNoProblems(session, page = session.page) {
  await page.waitForTimeout(150);  // late console errors (a failed lazy import) still arrive
  assert.deepEqual(session.problems, []);
}

// --- Helpers for the preset, typing and check suites ---

// True when the text holds Chinese characters (CJK Unified Ideographs or CJK punctuation).
export const hasCJK = (text) => /[\u3000-\u303F\u4E00-\u9FFF\uFF01-\uFF5E]/.test(String(text ?? ''));

// The trimmed text of a test id (innerText: what is shown, laid out as read).
export async function textOf(page, id) {
  return (await byTestId(page, id).innerText()).trim();
}

// Retries `check` (an async function that throws on failure) until it passes or `timeout` ms
// have passed; then throws its last error. For what the page draws a frame later (tables).
export async function eventually(check, { timeout = 5_000, interval = 50 } = {}) {
  const end = Date.now() + timeout;
  for (;;) {
    try {
      return await check();
    } catch (error) {
      if (Date.now() > end) throw error;
      await new Promise((resolve) => setTimeout(resolve, interval));
    }
  }
}

// Types over a field's whole text as a person does (select all, then type), so the field is
// never empty between the old text and the new one; '' deletes the text.
export async function retype(page, field, text) {
  const input = byTestId(page, `input-${field}`);
  await input.selectText();
  if (text === '') await input.press('Backspace');
  else await input.pressSequentially(text);
}

// Switches the language with the page's own switch and waits until the page has been re-worded
// (the page sets <html lang> once the catalogue is in, and re-words everything right after it).
export async function switchLanguage(page, lang) {
  await byTestId(page, 'lang-switch').selectOption(lang);
  await page.waitForFunction((lang) => document.documentElement.lang === lang, lang, { timeout: 10_000 });
}

// Clicks `button` while the engine's Worker is kept busy, then Cancel: a job running in wasm can
// only be stopped by stopping its Worker. Resolves once that Worker has closed.
export async function cancelInBusyWorker(page, button) {
  const worker = page.workers().find((w) => /engine-worker\.js/.test(w.url()));
  const closed = new Promise((resolve) => worker.once('close', resolve));
  worker.evaluate(() => { const end = Date.now() + 4000; while (Date.now() < end); }).catch(() => {});
  await byTestId(page, button).click();
  await byTestId(page, 'data-cancel').click();
  await closed;
}
