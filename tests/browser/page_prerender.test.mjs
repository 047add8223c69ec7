// The first screen baked into index.html (scripts/prerender.mjs): a first visit shows it in its
// language before any script of the page has run, it is exactly what the live page then shows,
// its answer comes first and the rest of it once the answer has been shown, it gives way to the
// live page, and a link or a saved state never shows it.
import test, { before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  startEnvironment, openSession, openPage, waitForAnswer, typeInto, byTestId, expectNoProblems,
} from './page_harness.mjs';

let env;
before(async () => { env = await startEnvironment(); });
after(async () => { await env?.close(); });

// The shown text of the parts of the first screen, in `scope` (the prerendered copy or the live
// page), and the values in its form fields.
async function shownParts(page, scope) {
  return page.evaluate((scope) => {
    const root = scope === 'live' ? document.body : document.querySelector(`.prerender[lang="${scope}"]`);
    const one = (selector) => [...root.querySelectorAll(selector)].find((e) => scope !== 'live' || !e.closest('.prerender'));
    const parts = {};
    // The live region speaks the answer to screen readers ~0.8 s after it (the copy has none):
    // its words are no part of what is shown.
    const spoken = scope === 'live' ? document.querySelector('[data-testid="live"]')?.innerText.trim() : '';
    for (const part of ['.topbar', '.sidebar', '.calc-head', '.inputs-card', '.results-card', '.check-card']) {
      const text = one(part).innerText.trim();
      parts[part] = spoken && text.endsWith(spoken) ? text.slice(0, -spoken.length).trim() : text;
    }
    parts.fields = [...one('.inputs-card').querySelectorAll('input, select')].map((e) => e.value);
    return parts;
  }, scope);
}

for (const [locale, lang, answer] of [['zh-CN', 'zh-CN', '¥266.67'], ['en-US', 'en', '$266.67']]) {
  test(`a first visit (${locale}) shows the prerendered answer before any script, the same as the live page`, async () => {
    // Without the page's module nothing computes: what shows is index.html alone.
    const bare = await openSession(env, { locale });
    await bare.page.route('**/main.js', (route) => route.abort());
    await bare.page.goto(env.url, { waitUntil: 'load' });
    assert.equal(await bare.page.evaluate(() => document.documentElement.dataset.prerender), lang);
    const copy = bare.page.locator(`.prerender[lang="${lang}"]`);
    assert.equal(await copy.isVisible(), true);
    assert.equal(await bare.page.locator('.prerender:visible').count(), 1, 'one language only');
    assert.equal((await copy.locator('.headline-value').innerText()).trim(), answer);
    assert.equal(await copy.locator('.headline-value').getAttribute('elementtiming'), 'first-result');
    assert.equal(await copy.locator('.solution-card, .schedule-card-wrap, .export-card, .footer').count(), 0, 'the first screen only');
    // Once the answer has been shown, the loader reveals the rest of the copy and starts main.js.
    await bare.page.waitForFunction(() => document.documentElement.hasAttribute('data-prerender-shown'));
    assert.equal(await copy.locator('.inputs-card input').first().isVisible(), true);
    assert.doesNotMatch(await bare.page.locator('body').innerText(), /\b(NaN|Infinity|undefined)\b/);
    const prerendered = await shownParts(bare.page, lang);
    await bare.close();

    // The live page: the copy is gone once it has answered, and it shows the same.
    const session = await openSession(env, { locale });
    await openPage(session, env);
    assert.equal(await session.page.locator('.prerender').count(), 0);
    assert.equal(await session.page.evaluate(() => document.documentElement.hasAttribute('data-prerender')), false);
    // The live sidebar's worked examples come with presets.json, after the answer: wait for them
    // (a difference that stays is shown by the comparison below).
    await session.page.waitForFunction((text) => [...document.querySelectorAll('.sidebar')]
      .find((e) => !e.closest('.prerender'))?.innerText.trim() === text, prerendered['.sidebar'], { timeout: 10_000 }).catch(() => {});
    assert.deepEqual(await shownParts(session.page, 'live'), prerendered);
    await expectNoProblems(session);
    await session.close();
  });
}

// Until the answer has been shown, the copy leaves out the sidebar and the forms where the
// columns sit side by side (nothing below them moves when they appear), and nothing on a phone.
test('the copy paints its answer first, the sidebar and forms after it, at desktop widths only', async () => {
  for (const [viewport, staged] of [[{ width: 1280, height: 900 }, true], [{ width: 390, height: 844 }, false]]) {
    const session = await openSession(env, { locale: 'zh-CN', viewport });
    await session.page.route('**/main.js', (route) => route.abort());
    await session.page.goto(env.url, { waitUntil: 'load' });
    await session.page.waitForFunction(() => document.documentElement.hasAttribute('data-prerender-shown'));
    const copy = session.page.locator('.prerender[lang="zh-CN"]');
    const seen = () => Promise.all(['.headline-value', '.inputs-card input', '.check-card input', '.sidebar li']
      .map((part) => copy.locator(part).first().isVisible()));
    assert.deepEqual(await seen(), [true, true, true, true], `${viewport.width}px, after the answer`);
    await session.page.evaluate(() => delete document.documentElement.dataset.prerenderShown);
    assert.deepEqual(await seen(), [true, !staged, !staged, !staged], `${viewport.width}px, before the answer`);
    await session.close();
  }
});

// The live page starts once the copy has been shown, not after the loader's one-second fallback,
// which is switched off here: on a desktop and on a phone (the answer below the fold).
test('the live page starts when the copy has been shown, on a desktop and on a phone', async () => {
  for (const viewport of [{ width: 1280, height: 900 }, { width: 390, height: 844 }]) {
    const session = await openSession(env, { locale: 'zh-CN', viewport });
    await session.context.addInitScript(() => {
      const setTimeoutBefore = window.setTimeout;
      window.setTimeout = (fn, ms, ...rest) => (ms === 1000 ? 0 : setTimeoutBefore(fn, ms, ...rest));
    });
    await session.page.goto(env.url);
    await waitForAnswer(session.page);
    assert.equal(await session.page.locator('.prerender').count(), 0, `${viewport.width}px`);
    await expectNoProblems(session);
    await session.close();
  }
});

test('a share link or a saved state opens without the prerendered answer', async () => {
  const session = await openSession(env, { locale: 'en-US' });
  await openPage(session, env);
  await typeInto(session.page, 'margin_per_period', '200');
  await session.page.waitForFunction(() => /533\.33/.test(document.querySelector('[data-testid="result-value"]').textContent));
  const link = await session.page.evaluate(() => new Promise((resolve) => setTimeout(() => resolve(location.href), 1200)));
  assert.match(link, /[#&]calc=/);

  // The link in a fresh browser, and the bare address in the browser that saved its state.
  const fresh = await openSession(env, { locale: 'en-US' });
  const again = await session.context.newPage();
  for (const [page, url] of [[fresh.page, link], [again, env.url]]) {
    await page.goto(url, { waitUntil: 'domcontentloaded' });
    assert.equal(await page.evaluate(() => document.documentElement.hasAttribute('data-prerender')), false, url);
    assert.equal(await page.locator('.prerender:visible').count(), 0, url);
    await waitForAnswer(page);
    assert.match(await byTestId(page, 'result-value').innerText(), /533\.33/, url);
  }
  await expectNoProblems(fresh);
  await fresh.close();
  await expectNoProblems(session);
  await session.close();
});
