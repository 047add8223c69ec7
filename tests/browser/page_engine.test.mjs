// The asynchronous engine as a newcomer meets it: a share link whose wasm is slow to arrive (every
// control works meanwhile and its change is applied when the engine arrives), an engine that cannot
// load (one message, in the user's language, and nothing throws), the engine in a Worker (answers,
// cancel), data sets kept in IndexedDB, Back after switching calculations, and a hostile link.
import test, { before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  startEnvironment, openSession, openPage, waitForAnswer, byTestId, expectNoProblems, textOf,
} from './page_harness.mjs';

let env;
before(async () => { env = await startEnvironment(); });
after(async () => { await env?.close(); });

const link = '#calc=retention_clv&lang=en&cur=USD&per=year&in.margin_per_period=100&in.retention_rate=80%25&in.discount_rate=10%25';

// Holds every request for the calculator's wasm until release() is called.
async function holdWasm(page) {
  let release;
  const released = new Promise((resolve) => { release = resolve; });
  let asked;
  const wasAsked = new Promise((resolve) => { asked = resolve; });
  await page.route('**/clvcalc.wasm', async (route) => {
    asked();
    await released;
    await route.continue();
  });
  return { release, wasAsked };
}

test('a share link with a slow engine: the currency changed while it loads is applied when it arrives', async () => {
  const session = await openSession(env);
  const { page } = session;
  const wasm = await holdWasm(page);
  await page.goto(env.url + link, { waitUntil: 'load' });
  await wasm.wasAsked;
  await page.waitForFunction(() => document.querySelector('[data-testid="currency-switch"]').options.length > 0);
  await byTestId(page, 'currency-switch').selectOption('EUR');
  await byTestId(page, 'calc-title').waitFor();
  assert.equal(await byTestId(page, 'export-json').isDisabled(), true, 'the exports wait, visibly, for an answer');
  assert.deepEqual(session.problems, [], 'nothing throws while the engine is on its way');
  wasm.release();
  await waitForAnswer(page);
  assert.equal(await textOf(page, 'result-value'), '€266.67');
  assert.equal(await byTestId(page, 'currency-switch').inputValue(), 'EUR');
  await page.waitForFunction(() => !document.querySelector('[data-testid="export-json"]').disabled);
  await page.waitForFunction(() => location.hash.includes('cur=EUR'));
  await expectNoProblems(session);
  await session.close();
});

test('an engine that cannot load says so once, in the user\'s language, and the controls still do not throw', async () => {
  for (const [locale, words] of [['zh-CN', /计算引擎无法启动/], ['en-US', /calculation engine could not start/]]) {
    const session = await openSession(env, { locale });
    const { page } = session;
    await page.route('**/clvcalc.wasm', (route) => route.fulfill({ status: 404, body: 'gone' }));
    await page.goto(env.url + link.replace('lang=en', `lang=${locale === 'zh-CN' ? 'zh-CN' : 'en'}`), { waitUntil: 'load' });
    const box = byTestId(page, 'engine-error');
    await box.waitFor();
    assert.match(await box.innerText(), words);
    await byTestId(page, 'currency-switch').selectOption('GBP');
    await byTestId(page, 'period-switch').selectOption('month');
    await byTestId(page, 'calc-simple_clv').click();
    await page.waitForFunction(() => location.hash.includes('calc=simple_clv'));
    assert.doesNotMatch(await textOf(page, 'result-value'), /\d/, 'no number poses as an answer');
    assert.equal(await page.locator('[data-testid="engine-error"]:visible').count(), 1);
    const expected = (p) => /HTTP 404 .*clvcalc\.wasm/.test(p) || /Failed to load resource: .* 404/.test(p);
    assert.deepEqual(session.problems.filter((p) => !expected(p)), []);
    await session.close();
  }
});

test('the engine in a Worker answers, a cancelled request ends as AbortError, and the next one works', async () => {
  const session = await openSession(env);
  const { page } = session;
  await openPage(session, env);
  const outcome = await page.evaluate(async () => {
    const { createEngine } = await import(new URL('engine/client.js', document.baseURI).href);
    const engine = createEngine({ module: 'calculator', where: 'worker' });
    await engine.ready;
    const describe = await engine.evaluate({ calculation: 'describe' });
    const onPage = createEngine({ module: 'calculator', where: 'main' });
    const describedOnPage = await onPage.evaluate({ calculation: 'describe' });
    onPage.dispose();
    const controller = new AbortController();
    const cancelled = engine.evaluate({ calculation: 'expected_lifetime', inputs: { retention_rate: 0.5 } }, { signal: controller.signal });
    controller.abort();
    const error = await cancelled.then(() => 'answered', (e) => e.name);
    const after = await engine.evaluate({ calculation: 'expected_lifetime', inputs: { retention_rate: 0.8 } });
    const version = await engine.version();
    engine.dispose();
    return { where: engine.where, calculations: describe.result.calculations.map((c) => c.name), onPage: describedOnPage.result.calculations.map((c) => c.name), error, lifetime: after.result.expected_lifetime_periods, version };
  });
  assert.equal(outcome.where, 'worker');
  assert.ok(outcome.calculations.includes('retention_clv'));
  assert.deepEqual(outcome.calculations, outcome.onPage);
  assert.equal(outcome.error, 'AbortError');
  assert.ok(Math.abs(outcome.lifetime - 5) < 1e-12);
  assert.match(outcome.version, /^clvcalc /);
  await expectNoProblems(session);
  await session.close();
});

test('a data set kept in IndexedDB is there after a reload, listed without its data, and can be removed', async () => {
  const session = await openSession(env);
  const { page } = session;
  await openPage(session, env);
  const use = (action) => page.evaluate(async (action) => {
    const { openDatasets } = await import(new URL('app/persist/datasets.js', document.baseURI).href);
    const sets = openDatasets('clvcalc-test');
    try {
      if (action === 'put') await sets.put('sample', { name: 'CDNOW', rows: 3 }, new Float64Array([1.5, 2.5, 3.5]).buffer);
      if (action === 'remove') await sets.remove('sample');
      const got = await sets.get('sample');
      return { list: await sets.list(), data: got ? [...new Float64Array(got.data)] : null, meta: got?.meta ?? null };
    } finally { await sets.close(); }
  }, action);
  await use('put');
  await page.reload({ waitUntil: 'load' });
  const kept = await use('get');
  assert.deepEqual(kept.data, [1.5, 2.5, 3.5]);
  assert.deepEqual(kept.meta, { name: 'CDNOW', rows: 3 });
  assert.deepEqual(kept.list.map((d) => [d.id, d.meta.name, 'data' in d]), [['sample', 'CDNOW', false]]);
  assert.deepEqual((await use('remove')).list, []);
  await expectNoProblems(session);
  await session.close();
});

test('Back returns to the previous calculation instead of leaving the site', async () => {
  const session = await openSession(env);
  const { page } = session;
  await openPage(session, env, '#calc=acquisition_cost&lang=en');
  for (const id of ['simple_clv', 'profitability']) {
    await byTestId(page, `calc-${id}`).click();
    await page.waitForFunction((id) => location.hash.includes(`calc=${id}`), id);
  }
  await page.goBack();
  await page.waitForFunction(() => document.querySelector('[data-testid="calc-simple_clv"]')?.getAttribute('aria-current') === 'page');
  await waitForAnswer(page);
  await page.goBack();
  await page.waitForFunction(() => document.querySelector('[data-testid="calc-acquisition_cost"]')?.getAttribute('aria-current') === 'page');
  assert.match(page.url(), /calc=acquisition_cost/);
  await expectNoProblems(session);
  await session.close();
});

test('a hand-edited link opens a working page and says what it left out', async () => {
  for (const hash of ['#calc=constructor&lang=en', '#calc=retention_clv&lang=en&conv=bogus&in.retention_source=bogus&in.__proto__=1']) {
    const session = await openSession(env);
    const { page } = session;
    await openPage(session, env, hash);
    const toast = byTestId(page, 'toast');
    await toast.waitFor();
    assert.match(await toast.innerText(), /could not be read/);
    for (const part of hash.slice(1).split('&').filter((p) => /constructor|bogus|__proto__/.test(p))) {
      assert.ok((await toast.innerText()).includes(part), `${part} is not named in "${await toast.innerText()}"`);
    }
    assert.ok((await page.locator('[data-testid="calc-picker"] button').count()) >= 10, 'the menus are there');
    assert.doesNotMatch(await textOf(page, 'result-value'), /^—$/);
    await expectNoProblems(session);
    await session.close();
  }
});
