// The page's quality beyond its numbers: accessibility (axe-core, keyboard order, labels, a
// live region), privacy (no request leaves the page's origin), hosting under any sub-path,
// offline use through the service worker, and a phone-sized screen.
import test, { before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { startServer } from '../../scripts/serve.mjs';
import { startEnvironment, openSession, openPage, waitForAnswer, typeInto, byTestId, shownNumber, watch,
         expectNoBadText, expectNoProblems, repoRoot, dist } from './page_harness.mjs';

const axePath = path.join(repoRoot, 'node_modules', 'axe-core', 'axe.min.js');
const screenshots = path.join(repoRoot, 'build', 'screenshots');

let env;
before(async () => { env = await startEnvironment(); await mkdir(screenshots, { recursive: true }); });
after(async () => { await env?.close(); });

// The lazily drawn views (schedule, chart, breakdown) follow an answer by a frame: `action` is
// run and this resolves once they have been drawn for it.
async function afterExtras(page, action) {
  await page.evaluate(() => performance.clearMeasures('clvcalc:extras'));
  await action();
  await page.waitForFunction(() => performance.getEntriesByName('clvcalc:extras').length > 0, null, { timeout: 10_000 });
}

// Opens a calculation from the sidebar and waits for its views; the one already open stays as it is.
async function openCalculation(page, id) {
  if (await byTestId(page, `calc-${id}`).getAttribute('aria-current') === 'page') return;
  await afterExtras(page, () => byTestId(page, `calc-${id}`).click());
}

async function switchLanguage(page, lang) {
  await afterExtras(page, () => byTestId(page, 'lang-switch').selectOption(lang));
  await page.waitForFunction((l) => document.documentElement.lang === l, lang);
}

const calculationIds = (page) => page.$$eval('[data-calc]', (nodes) => nodes.map((n) => n.dataset.calc));

// Records every request a context makes (the page's, its workers' and the service worker's).
function recordRequests(context) {
  const urls = [];
  context.on('request', (request) => urls.push(request.url()));
  return urls;
}

// Every request went to the server, under the page's own path (never the server's root).
function expectOwnRequests(urls, origin, base) {
  assert.ok(urls.length > 5, `only ${urls.length} requests were seen`);
  const foreign = urls.filter((u) => {
    const url = new URL(u);
    if (url.protocol === 'data:') return false;
    if (url.protocol === 'blob:') return new URL(url.pathname).origin !== origin;
    return url.origin !== origin || !url.pathname.startsWith(base);
  });
  assert.deepEqual(foreign, [], `requests outside ${origin}${base}`);
}

// Serious and critical violations, as "[label] impact rule: targets". `contrast: false` leaves out
// the colour-contrast rule, nine tenths of axe's time here.
async function axeViolations(page, label, { contrast = true } = {}) {
  if (!(await page.evaluate(() => typeof window.axe === 'object'))) await page.addScriptTag({ path: axePath });
  const violations = await page.evaluate(async (contrast) => {
    const results = await window.axe.run(document, { resultTypes: ['violations'],
                                                     rules: { 'color-contrast': { enabled: contrast } } });
    return results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.impact} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  }, contrast);
  return violations.map((v) => `[${label}] ${v}`);
}

test('axe finds no serious or critical violation on any calculation, in English and Chinese, errors included (and a desktop screenshot)', async () => {
  const session = await openSession(env);
  const { page } = session;
  await openPage(session, env);
  const found = [];
  for (const lang of ['en', 'zh-CN']) {
    if (lang !== 'en') {
      await switchLanguage(page, lang);
      await afterExtras(page, () => byTestId(page, 'currency-switch').selectOption('CNY'));
    }
    for (const id of await calculationIds(page)) {
      await openCalculation(page, id);
      // Colours do not change with the language: contrast is checked on the English page.
      found.push(...await axeViolations(page, `${lang} ${id}`, { contrast: lang === 'en' }));
      if (lang === 'zh-CN' && id === 'retention_clv') {
        await page.locator('[data-testid="chart"] canvas').first().waitFor();
        assert.match(await byTestId(page, 'result-value').textContent(), /^¥\d/);
        await page.screenshot({ path: path.join(screenshots, 'desktop-zh-CN.png'), fullPage: true });
      }
    }
    // An input error on screen, and the last good answer shown as out of date (greyed).
    const [id, field] = lang === 'en' ? ['cost_structure', 'customers'] : ['retention_clv', 'margin_per_period'];
    await openCalculation(page, id);
    await afterExtras(page, () => byTestId(page, `input-${field}`).fill('12 abc'));
    assert.equal(await byTestId(page, `error-${field}`).isVisible(), true);
    assert.equal(await byTestId(page, 'stale-marker').isVisible(), true);
    found.push(...await axeViolations(page, `${lang} ${id} with an error`));
  }
  assert.deepEqual(found, []);
  await expectNoProblems(session);
  await session.close();
});

test('no request leaves the page\'s origin and sub-path through a tour of every calculation, preset, export and language', async () => {
  const session = await openSession(env);
  const { page, context } = session;
  const urls = recordRequests(context);
  await openPage(session, env);
  await page.locator('[data-testid="presets"] button').first().waitFor({ state: 'attached' });
  for (const id of await calculationIds(page)) {
    await openCalculation(page, id);
    await expectNoBadText(page);
  }
  const presetIds = await page.$$eval('[data-testid="presets"] [data-testid^="preset-"]', (nodes) => nodes.map((n) => n.dataset.testid));
  assert.ok(presetIds.length > 5);
  for (const id of presetIds) await afterExtras(page, () => byTestId(page, id).click());
  await afterExtras(page, () => byTestId(page, 'calc-retention_clv').click());
  await page.locator('[data-testid="chart"] canvas').first().waitFor();
  await page.waitForFunction(() => !document.querySelector('[data-testid="export-png"]').disabled);
  for (const id of ['export-json', 'export-csv', 'export-png']) {
    await Promise.all([page.waitForEvent('download'), byTestId(page, id).click()]);
  }
  await page.evaluate(() => { window.print = () => {}; });
  await byTestId(page, 'export-print').click();
  await switchLanguage(page, 'zh-CN');
  await byTestId(page, 'share-link').click();
  await byTestId(page, 'toast').waitFor();  // no clipboard permission: the link is shown instead
  await switchLanguage(page, 'en');
  await waitForAnswer(page);
  expectOwnRequests(urls, env.origin, new URL(env.url).pathname);
  await expectNoProblems(session);
  await session.close();
});

// The other tests run under the harness's /x/y/ (the tour checks every request stays under it);
// this one under another base, online and then offline.
test('from another sub-path the page asks only for files under it, and works offline after one visit', async () => {
  const deep = await startServer({ root: dist, port: 0, base: '/deep/sub/path/' });
  const origin = new URL(deep.url).origin;
  // Not openSession: its route() interception would keep the service worker's requests from
  // the network. Requests are recorded instead, and checked to stay on the origin.
  const context = await env.browser.newContext({ serviceWorkers: 'allow', locale: 'en-US' });
  const urls = recordRequests(context);
  const problems = [];
  const page = await context.newPage();
  watch(page, problems);
  const session = { page, problems };
  try {
    await page.goto(deep.url, { waitUntil: 'load' });
    await waitForAnswer(page);
    await page.locator('[data-testid="presets"] button').first().waitFor({ state: 'attached' });
    await afterExtras(page, () => byTestId(page, 'calc-discounted_clv').click());
    await page.locator('[data-testid="chart"] canvas').first().waitFor();
    await page.waitForFunction(() => location.hash.includes('calc=discounted_clv'));
    assert.equal(new URL(page.url()).pathname, '/deep/sub/path/', 'the state is written to the hash, the path stays');
    await afterExtras(page, () => byTestId(page, 'calc-retention_clv').click());
    const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
    assert.equal(scope, deep.url);
    if (!(await page.evaluate(() => Boolean(navigator.serviceWorker.controller)))) {
      await page.waitForFunction(() => Boolean(navigator.serviceWorker.controller), null, { timeout: 3_000 })
        .catch(async () => { await page.reload({ waitUntil: 'load' }); await waitForAnswer(page); });
    }
    assert.equal(await page.evaluate(() => Boolean(navigator.serviceWorker.controller)), true, 'the service worker controls the page');
    const online = shownNumber(await byTestId(page, 'result-value').textContent());
    expectOwnRequests(urls, origin, '/deep/sub/path/');
    await expectNoProblems(session);

    await context.setOffline(true);
    assert.equal(await page.evaluate(() => fetch('build-id.txt', { cache: 'no-store' }).then(() => 'reached', () => 'offline')),
                 'offline', 'the network is really off (an uncached file cannot be fetched)');
    problems.length = 0;  // that refused fetch is the point, not a problem
    await page.reload({ waitUntil: 'load' });
    await waitForAnswer(page);
    assert.equal(shownNumber(await byTestId(page, 'result-value').textContent()), online);
    // The engine answers new input offline, and the lazily loaded parts come from the cache.
    await afterExtras(page, () => typeInto(page, 'margin_per_period', '250'));
    const offline = shownNumber(await byTestId(page, 'result-value').textContent());
    assert.notEqual(offline, online);
    assert.equal(await byTestId(page, 'stale-marker').isVisible(), false);
    await page.locator('[data-testid="chart"] canvas').first().waitFor();
    await switchLanguage(page, 'zh-CN');
    await waitForAnswer(page);
    await page.locator('[data-testid="presets"] button').first().waitFor({ state: 'attached' });
    expectOwnRequests(urls, origin, '/deep/sub/path/');
    await expectNoProblems(session);
  } finally {
    await context.close();
    await deep.close();
  }
});

test('on a phone nothing scrolls sideways and the answer is on screen, for every calculation', async () => {
  const session = await openSession(env, { viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true,
                                           deviceScaleFactor: 2 });
  const { page } = session;
  await openPage(session, env);
  const overflow = [];
  for (const lang of ['en', 'zh-CN']) {
    if (lang !== 'en') await switchLanguage(page, lang);
    for (const id of await calculationIds(page)) {
      await afterExtras(page, () => byTestId(page, `calc-${id}`).tap());
      // The period tables open too: they scroll inside their own box, not the page.
      const seen = await page.evaluate(() => {
        for (const d of document.querySelectorAll('details')) { d.buildTable?.(); d.open = true; }
        const root = document.scrollingElement;
        const wide = [...document.querySelectorAll('body *')].filter((n) => {
          const box = n.getBoundingClientRect();
          return box.width > 0 && box.right > root.clientWidth + 1 && !n.closest('.table-wrap, .sr-only');
        }).slice(0, 5).map((n) => `${n.tagName.toLowerCase()}.${n.className}`);
        const result = document.querySelector('[data-testid="result-value"]');
        result.scrollIntoView({ block: 'center' });
        const { left, right, top, bottom } = result.getBoundingClientRect();
        return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth, wide, tables: document.querySelectorAll('details table').length,
                 result: { left, right, top, bottom, text: result.textContent, onScreen: top >= 0 && bottom <= innerHeight } };
      });
      if (seen.scrollWidth > seen.clientWidth) overflow.push(`${lang} ${id}: ${JSON.stringify(seen)}`);
      const { result } = seen;
      assert.ok(result.left >= 0 && result.right <= 375 && result.right > result.left && result.onScreen, `${lang} ${id}: ${JSON.stringify(result)}`);
      assert.match(result.text, /\d/, `${lang} ${id}`);
      if (['retention_clv', 'discounted_clv'].includes(id)) assert.ok(seen.tables > 0, `${id}: a period table was opened`);
      if (lang === 'en' && ['retention_clv', 'cost_structure'].includes(id) || lang === 'zh-CN' && id === 'discounted_clv') {
        // The answer card at the top of the screen, as someone scrolling to it sees it.
        await page.evaluate(() => document.querySelector('.results-card').scrollIntoView({ block: 'start' }));
        await page.screenshot({ path: path.join(screenshots, `phone-${id}-${lang}.png`) });
      }
    }
  }
  assert.deepEqual(overflow, []);
  // The top of the page: settings, and the form of the calculation last picked.
  await page.evaluate(() => scrollTo(0, 0));
  await page.screenshot({ path: path.join(screenshots, 'phone-top-zh-CN.png') });
  await expectNoProblems(session);
  await session.close();
});

// The answer card comes after the form on a phone: while it is out of view, the bar repeats its
// answer as the card shows it, stale included, and a tap brings the card into view.
test('on a phone the answer bar repeats the answer while the card is out of view, and takes the user to it', async () => {
  const session = await openSession(env, { viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true });
  const { page } = session;
  await openPage(session, env, '#calc=cost_structure&lang=en');
  const bar = byTestId(page, 'answer-bar');
  const barValue = byTestId(page, 'answer-bar-value');
  const cardValue = byTestId(page, 'result-value');
  await bar.waitFor({ state: 'visible' });
  assert.equal(await barValue.innerText(), await cardValue.innerText());
  assert.match(await bar.innerText(), /Cost per customer/);

  await typeInto(page, 'customers', '250');
  assert.equal(await barValue.innerText(), await cardValue.innerText());
  assert.match(await barValue.innerText(), /420\.00/);
  await typeInto(page, 'customers', 'abc');
  assert.equal(await barValue.innerText(), await cardValue.innerText(), 'the last good answer');
  assert.equal(await bar.evaluate((b) => b.classList.contains('is-stale')), true);
  await typeInto(page, 'customers', '500');
  assert.equal(await bar.evaluate((b) => b.classList.contains('is-stale')), false);

  await bar.tap();
  await bar.waitFor({ state: 'hidden' });
  assert.equal(await page.evaluate(() => {
    const box = document.querySelector('[data-testid="result-value"]').getBoundingClientRect();
    return box.top >= 0 && box.bottom <= innerHeight;
  }), true, 'the answer on screen');
  await expectNoProblems(session);
  await session.close();

  // Beside the form, the card needs no bar, wherever the page is scrolled.
  const desktop = await openSession(env);
  await openPage(desktop, env, '#calc=cost_structure&lang=en');
  await desktop.page.evaluate(() => scrollTo(0, document.body.scrollHeight));
  await desktop.page.waitForTimeout(300);
  assert.equal(await byTestId(desktop.page, 'answer-bar').isVisible(), false);
  await desktop.close();
});

test('the keyboard reaches the language, the calculations, every input in order and the check; all are labelled', async () => {
  const session = await openSession(env);
  const { page } = session;
  await openPage(session, env);
  await page.locator('[data-testid="presets"] button').first().waitFor({ state: 'attached' });

  const controlsInForm = () => page.$$eval('[data-testid="inputs-form"] [data-testid^="input-"]',
    (nodes) => nodes.filter((n) => !n.closest('[hidden]')).map((n) => n.dataset.testid));
  const fields = await controlsInForm();
  assert.ok(fields.length >= 6, `fields: ${fields}`);
  await page.evaluate(() => {
    window.focusOrder = [];
    document.addEventListener('focusin', (e) => window.focusOrder.push(e.target.dataset?.testid ?? e.target.tagName));
  });
  let all = [];
  for (let round = 0; round < 8 && !all.includes('check-answer'); round++) {
    for (let i = 0; i < 10; i++) await page.keyboard.press('Tab');
    all = await page.evaluate(() => window.focusOrder);
  }
  const order = all.slice(0, all.indexOf('check-answer') + 1 || undefined);
  const at = (id) => order.indexOf(id);
  const calcs = order.filter((id) => /^calc-[a-z_]+$/.test(id) && !['calc-title', 'calc-about', 'calc-picker'].includes(id));
  assert.ok(at('lang-switch') >= 0, `Tab order: ${order.join(' ')}`);
  assert.ok(calcs.length >= 10, `every calculation is reached: ${order.join(' ')}`);
  assert.ok(at('lang-switch') < at(calcs[0]), 'the language switch comes before the calculations');
  const reachedFields = order.filter((id) => fields.includes(id));
  assert.deepEqual(reachedFields, fields, 'every input, in the order of the form');
  assert.ok(at(calcs.at(-1)) < at(fields[0]) && at(fields.at(-1)) < at('check-answer'), `Tab order: ${order.join(' ')}`);

  // The keyboard works them: Enter picks a calculation, typing answers at once.
  await byTestId(page, 'calc-discounted_clv').focus();
  await afterExtras(page, () => page.keyboard.press('Enter'));
  assert.equal(await page.$eval('[data-calc][aria-current="page"]', (n) => n.dataset.calc), 'discounted_clv');
  await byTestId(page, 'input-cash_flow_per_period').focus();
  await page.keyboard.press('End');
  await page.keyboard.type('0');
  assert.equal(await byTestId(page, 'input-cash_flow_per_period').inputValue(), '10000');

  // Every control has an accessible name (Playwright's own computation, as a screen reader sees it).
  const unnamed = [];
  for (const id of await calculationIds(page)) {
    await byTestId(page, `calc-${id}`).click();
    const shown = (await controlsInForm()).length;
    const tree = await byTestId(page, 'inputs-form').ariaSnapshot();
    const controls = tree.split('\n').filter((line) => /^\s*- (textbox|combobox)\b/.test(line));
    assert.equal(controls.length, shown, `${id}: ${tree}`);
    unnamed.push(...controls.filter((line) => !/^\s*- (textbox|combobox) "[^"]*\S[^"]*"/.test(line)).map((line) => `${id}: ${line.trim()}`));
  }
  await byTestId(page, 'calc-retention_clv').click();  // the only one with a convention switch
  for (const id of ['lang-switch', 'currency-switch', 'period-switch', 'check-answer', 'convention-switch', 'import-file']) {
    const line = (await byTestId(page, id).ariaSnapshot()).split('\n')[0];
    if (!/^- \w+ "[^"]*\S[^"]*"/.test(line)) unnamed.push(`${id}: ${line}`);
  }
  assert.deepEqual(unnamed, [], 'controls without an accessible name');

  // The results area holds a live region that announces the answer once typing pauses.
  const live = await page.evaluate(() => {
    const results = document.querySelector('[data-testid="results"]');
    const region = results.closest('[aria-live]') ?? results.querySelector('[aria-live]');
    return region && { politeness: region.getAttribute('aria-live'), testid: region.dataset.testid };
  });
  assert.deepEqual(live, { politeness: 'polite', testid: 'live' });
  await typeInto(page, 'margin_per_period', '321');
  const headline = (await byTestId(page, 'result-value').textContent()).trim();
  await page.waitForFunction((h) => document.querySelector('[data-testid="live"]').textContent.includes(h), headline, { timeout: 5_000 });
  await expectNoProblems(session);
  await session.close();
});
