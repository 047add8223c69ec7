// The built page (dist/) served under a sub-path in headless Chromium: it shows a computed result
// through the wasm engine, web/engine.js answers a request, and nothing goes wrong on the way:
// no console error, no uncaught exception, no request to anything but the local server.
// Contract with the page: the headline result is [data-testid="result-value"], which shows "—"
// until the first answer; web/engine.js exports start() -> {evaluate(request object) -> response}.
import test from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startServer } from '../../scripts/serve.mjs';

const dist = process.env.CLV_DIST_DIR ?? path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'dist');
const chromiumArgs = ['--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
                      '--disable-component-update', '--disable-sync'];

test('the page computes a result through the wasm engine from a sub-path', async (t) => {
  const server = await startServer({ root: dist, port: 0, base: '/x/y/' });
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: chromiumArgs });
  t.after(async () => { await browser.close(); await server.close(); });

  const context = await browser.newContext();
  const problems = [];
  // Anything not served by our server is recorded and refused, so the test never goes online.
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.origin === new URL(server.url).origin) return route.continue();
    problems.push(`request to ${url.href}`);
    return route.abort();
  });
  const page = await context.newPage();
  page.on('console', (message) => { if (message.type() === 'error') problems.push(`console error: ${message.text()}`); });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  page.on('response', (response) => { if (response.status() >= 400) problems.push(`HTTP ${response.status()} ${response.url()}`); });

  await page.goto(server.url, { waitUntil: 'load' });
  const result = page.locator('[data-testid="result-value"]');
  await result.waitFor({ state: 'visible', timeout: 15_000 });
  try {
    await page.waitForFunction(() => /\d/.test(document.querySelector('[data-testid="result-value"]')?.textContent ?? ''),
                               null, { timeout: 15_000 });
  } catch (error) {
    const problemsShown = await page.locator('[data-testid="problems"]').textContent().catch(() => '');
    assert.fail(`no number in result-value after 15 s: it shows "${(await result.textContent()).trim()}"; ` +
                `problems shown: "${problemsShown.trim()}"; recorded: ${JSON.stringify(problems)} (${error.message})`);
  }
  const shown = (await result.textContent()).trim();
  t.diagnostic(`result-value shows "${shown}"`);

  // The same engine the page uses, asked directly: the README's acquisition example.
  const answer = await page.evaluate(async () => {
    const { createEngine } = await import(new URL('engine/client.js', document.baseURI).href);
    const engine = createEngine({ module: 'calculator' });
    return { version: await engine.version(), response: await engine.evaluate({ version: 1, calculation: 'acquisition_cost',
      inputs: { advertising: 30000, marketing_events: 12000, sales_team: 45000, sales_tools: 3000, new_customers: 600 } }) };
  });
  t.diagnostic(`engine ${answer.version}`);
  assert.equal(answer.response.ok, true, JSON.stringify(answer.response.problems));
  assert.ok(Math.abs(answer.response.result.cac - 150) < 1e-9);

  await page.waitForTimeout(300);  // let late console errors (e.g. a failed lazy import) arrive
  assert.deepEqual(problems, []);
});
