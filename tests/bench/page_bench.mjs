// The page's speed and size budgets, measured in headless Chromium on a local server. Figures,
// not tests: each is printed beside its budget and marked "over" when it misses; nothing fails.
// Times are judged as ratios against a blank page served and measured the same way in the same
// run, so a busy machine slows both alike.
//   node tests/bench/page_bench.mjs [COLD_LOADS] [KEYSTROKES]     (defaults 15 and 200)
// 1. first-answer payload: every response the page requested before its `clvcalc:first-result`
//    mark (Resource Timing, plus the document), each counted as gzip -9 of the served file; the
//    other tools' files must not be among them;
// 2. open -> first result, over fresh contexts (empty HTTP cache, service workers blocked),
//    medians from navigation start. A first visit shows the answer prerendered into index.html
//    (scripts/prerender.mjs), tagged for Element Timing: "shown" is the presentation time of the
//    frame that painted it, beside the blank page's shown. A share link's answer is inserted by
//    script, which Element Timing does not report: it counts as painted when a message posted
//    from the next animation frame arrives (a lower bound), beside the blank page's painted, and
//    a page that only starts the engine and shows one answer (tests/bench/engine-only/);
// 3. keystroke -> results, solution and chart updated, over keystrokes into a retention-CLV
//    field: the page's work for one keystroke, which is the update (input event to the
//    `clvcalc:updated` mark: result, worked solution) plus the next frame's redraw of the period
//    cards and chart (`clvcalc:extras` measure); the idle wait for that frame is left out of the
//    budget figure and printed apart. Measured with the engine on the main thread (the page's
//    choice) and, for comparison, in its Worker.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startServer } from '../../scripts/serve.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const coldLoads = Number(process.argv[2] ?? 15);
const keystrokes = Number(process.argv[3] ?? 200);
const dist = process.env.CLV_DIST_DIR ?? path.resolve(here, '..', '..', 'dist');
// Page figures are judged against a blank page served and measured the same way in the same run,
// as ratios: the machine's own speed cancels out.
const budget = { payloadBytes: 150_000, firstShownRatio: 2.0, linkPaintedRatio: 3.0, keyMedianMs: 2, keyP99Ms: 8 };

// Nothing beyond the local server: other host names do not resolve (no request interception,
// which would slow every load it measures).
const chromiumArgs = ['--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
                      '--disable-component-update', '--disable-sync',
                      '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'];

const quantile = (values, q) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
};
const median = (values) => quantile(values, 0.5);
const ms = (value, digits = 1) => `${value.toFixed(digits)} ms`;
const times = (value) => `${value.toFixed(2)}×`;
const kb = (bytes) => `${(bytes / 1000).toFixed(1)} KB`;  // 1 KB = 1000 bytes
const line = (label, figure, limit, value, max) =>
  console.log(`  ${label.padEnd(42)} ${figure.padStart(10)}   budget ${limit.padStart(8)}  ${value <= max ? 'ok' : 'over'}`);

// Runs in the page before its own scripts: records input events and the page's user-timing
// entries, and logs the first result to the console, which the bench awaits (waiting through
// Playwright's page functions would inject its helper script into the load being measured).
// The frame that shows a mark's result is painted before a message posted from its animation
// frame callback is handled, so that message's time is when the result was painted.
function recorder() {
  const seen = { inputs: [], updated: [], extras: [], painted: {}, shown: null };
  window.__clvBench = seen;
  const mark = performance.mark.bind(performance);
  performance.mark = (name, ...rest) => {
    if ((name === 'clvcalc:first-result' || name === 'clvcalc:live') && !(name in seen.painted)) {
      seen.painted[name] = null;
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => {
          seen.painted[name] = performance.now();
          console.log(`clvcalc-bench:painted:${name}`);
        };
        channel.port2.postMessage(0);
      });
    }
    return mark(name, ...rest);
  };
  if (PerformanceObserver.supportedEntryTypes.includes('element')) {
    new PerformanceObserver((list) => {
      const entry = list.getEntries().find((e) => e.identifier === 'first-result');
      if (entry && seen.shown === null) { seen.shown = entry.renderTime; console.log('clvcalc-bench:shown'); }
    }).observe({ type: 'element', buffered: true });
  }
  addEventListener('input', (event) => seen.inputs.push(event.timeStamp), true);
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.name === 'clvcalc:first-result') console.log('clvcalc-bench:first-result');
      if (entry.name === 'clvcalc:updated') seen.updated.push(entry.startTime);
      if (entry.name === 'clvcalc:extras') seen.extras.push({ end: entry.startTime + entry.duration, work: entry.duration });
    }
  }).observe({ entryTypes: ['mark', 'measure'] });
}

// The comparison pages are served from a copy of dist/ with tests/bench/engine-only/ added.
const referenceRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'clvcalc-bench-'));
fs.cpSync(dist, referenceRoot, { recursive: true });
fs.cpSync(path.join(here, 'engine-only'), referenceRoot, { recursive: true });

const server = await startServer({ root: dist, port: 0 });
const reference = await startServer({ root: referenceRoot, port: 0 });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: chromiumArgs });
const foreign = new Set();

// One cold load of `url`: a fresh context (empty cache and storage), service workers blocked.
// `engine: 'worker'` runs the page's keystroke answers in the engine's Worker (main.js).
// Waits until the first result is painted, with `shown` until Element Timing has reported the
// prerendered answer shown, and with `live` until the live page is painted.
async function coldLoad(url, { locale = 'zh-CN', live = false, shown = false, engine = 'main' } = {}) {
  const context = await browser.newContext({ serviceWorkers: 'block', locale });
  await context.addInitScript(recorder);
  if (engine === 'worker') await context.addInitScript(() => localStorage.setItem('clvcalc.engine', 'worker'));
  const page = await context.newPage();
  page.on('request', (request) => { if (new URL(request.url()).hostname !== '127.0.0.1') foreign.add(request.url()); });
  const painted = (name) => page.waitForEvent('console', { predicate: (m) => m.text() === `clvcalc-bench:painted:${name}`, timeout: 60_000 });
  const waits = [painted('clvcalc:first-result'), live && painted('clvcalc:live'),
    shown && page.waitForEvent('console', { predicate: (m) => m.text() === 'clvcalc-bench:shown', timeout: 60_000 })];
  await page.goto(url, { waitUntil: 'commit' });
  await Promise.all(waits);
  const timing = await page.evaluate(() => {
    const firstResult = performance.getEntriesByName('clvcalc:first-result')[0].startTime;
    const before = performance.getEntriesByType('resource').filter((r) => r.startTime <= firstResult).map((r) => r.name);
    return { firstResult, painted: window.__clvBench.painted['clvcalc:first-result'], shown: window.__clvBench.shown,
             live: window.__clvBench.painted['clvcalc:live'], urls: [location.href.split('#')[0], ...before] };
  });
  return { context, page, ...timing };
}

// What the page requests in its first seconds after the first result (not counted).
async function laterRequests(load) {
  await load.page.waitForTimeout(1500);
  const all = await load.page.evaluate(() => performance.getEntriesByType('resource').map((r) => r.name));
  const first = new Set(load.urls.map((u) => u.split(/[?#]/)[0]));
  return [...new Set(all.map((u) => u.split(/[?#]/)[0]))].filter((u) => !first.has(u))
    .map((u) => decodeURIComponent(new URL(u).pathname).slice(new URL(server.url).pathname.length));
}

// `count` cold loads of each {url, live, shown}, taken in turn so that drift hits all alike: for
// each, the lists of first-result marks, their paints, when they were shown and the live page's
// paints.
let retried = 0;
async function firstResults(targets, count) {
  const times = targets.map(() => ({ marked: [], painted: [], shown: [], live: [] }));
  for (let i = 0; i < count; i++) {
    for (const [k, { url, live, shown }] of targets.entries()) {
      const load = await coldLoad(url, { live, shown }).catch((error) => {
        retried += 1;  // a load that never painted on a busy machine is taken again, once
        console.log(`  (a load of ${url} timed out: ${error.message.split('\n')[0]}; taken again)`);
        return coldLoad(url, { live, shown });
      });
      times[k].marked.push(load.firstResult);
      times[k].painted.push(load.painted);
      if (shown) times[k].shown.push(load.shown);
      if (live) times[k].live.push(load.live);
      await load.context.close();
    }
  }
  return times;
}

// The dist/ file a URL names, and its gzip -9 size.
function fileSize(url) {
  let relative = decodeURIComponent(new URL(url).pathname).slice(new URL(server.url).pathname.length);
  if (relative === '' || relative.endsWith('/')) relative += 'index.html';
  const data = fs.readFileSync(path.join(dist, relative));
  return { file: relative, raw: data.length, gzip: zlib.gzipSync(data, { level: 9 }).length };
}

function payload(urls) {
  const files = [...new Set(urls.map((u) => u.split(/[?#]/)[0]))].map(fileSize).sort((a, b) => a.file.localeCompare(b.file));
  return { files, gzip: files.reduce((sum, f) => sum + f.gzip, 0) };
}

// Keystrokes into retention CLV's margin: alternately a digit and Backspace, each waited out
// (two frames), so one keystroke's redraw never queues behind another's.
async function typing(engine = 'main') {
  const load = await coldLoad(server.url + '#calc=retention_clv', { engine });
  const { page } = load;
  await page.waitForFunction(() => window.__clvBench.extras.length > 0 && document.querySelector('[data-testid="chart"] canvas'),
                             null, { timeout: 30_000 });
  await page.locator('[data-testid="input-margin_per_period"]').click();
  await page.keyboard.press('End');
  const settle = () => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r()))));
  await settle();
  const before = await page.evaluate(() => Object.fromEntries(Object.entries(window.__clvBench).filter(([, v]) => Array.isArray(v)).map(([k, v]) => [k, v.length])));
  for (let i = 0; i < keystrokes; i++) {
    await page.keyboard.press(i % 2 === 0 ? '7' : 'Backspace');
    await settle();
  }
  const seen = await page.evaluate(() => window.__clvBench);
  await load.context.close();
  const inputs = seen.inputs.slice(before.inputs);
  const updated = seen.updated.slice(before.updated);
  const extras = seen.extras.slice(before.extras);
  if (inputs.length !== keystrokes || updated.length !== keystrokes || extras.length !== keystrokes) {
    throw new Error(`expected ${keystrokes} input events, updates and redraws, saw ${inputs.length}, ` +
                    `${updated.length} and ${extras.length}`);
  }
  return {
    all: inputs.map((t, i) => updated[i] - t + extras[i].work),
    answer: inputs.map((t, i) => updated[i] - t),
    redrawWork: extras.map((e) => e.work),
    drawnAfter: inputs.map((t, i) => (extras[i]?.end ?? NaN) - t).filter(Number.isFinite),
  };
}

try {
  console.log(`page in headless Chromium ${browser.version()}, served from dist/ on 127.0.0.1; ` +
              `load average ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`);

  // 1. Payload, in both languages (the page fetches one catalogue).
  const loads = {};
  for (const locale of ['zh-CN', 'en-US']) {
    const load = await coldLoad(server.url, { locale });
    loads[locale] = { ...payload(load.urls), later: await laterRequests(load) };
    await load.context.close();
  }
  const worst = loads['zh-CN'].gzip >= loads['en-US'].gzip ? 'zh-CN' : 'en-US';
  console.log(`\nfirst answer: every file requested before the first result (${worst} browser; gzip -9 of each file)`);
  for (const f of loads[worst].files) {
    console.log(`  ${f.file.padEnd(28)} ${kb(f.raw).padStart(9)} raw ${kb(f.gzip).padStart(9)} gzipped`);
  }
  console.log(`  not counted, requested after the first result: ${loads[worst].later.join(', ') || 'nothing'}`);
  const otherTools = loads[worst].files.filter((f) => /workbench|customer[-_]data/.test(f.file)).map((f) => f.file);
  console.log(`  the other tools' files in the first answer: ${otherTools.join(', ') || 'none'} ${otherTools.length ? 'over' : 'ok'}`);

  // 2. Cold loads, after one unrecorded load that warms the browser process itself.
  await (await coldLoad(server.url)).context.close();
  // A share link of the default state opens the same page without the prerendered answer.
  const link = server.url + '#calc=retention_clv&lang=zh-CN&cur=CNY&per=year';
  const [firsts, linked, engineOnly, blank] = await firstResults(
    [{ url: server.url, live: true, shown: true }, { url: link, live: true },
     { url: reference.url + 'index.html' }, { url: reference.url + 'blank.html', shown: true }], coldLoads);

  // 3. Typing, with the engine on the main thread (as the page runs) and in its Worker.
  const keys = await typing('main');
  const workerKeys = await typing('worker');

  console.log('\nbudgets');
  line('first-answer payload (gzip)', kb(loads[worst].gzip), kb(budget.payloadBytes), loads[worst].gzip, budget.payloadBytes);
  console.log(`    (${loads[worst].files.length} files; en-US browser ${kb(loads['en-US'].gzip)}, zh-CN browser ${kb(loads['zh-CN'].gzip)})`);
  const shownRatio = median(firsts.shown) / median(blank.shown);
  line(`first visit: first result shown / blank shown`, times(shownRatio), times(budget.firstShownRatio), shownRatio, budget.firstShownRatio);
  console.log(`    (medians of ${coldLoads}: first result ${ms(median(firsts.shown))}, blank page ${ms(median(blank.shown))}; the ` +
              `answer prerendered into index.html, shown when the frame that painted it was presented (Element Timing); ` +
              `fresh context each, service workers blocked)`);
  console.log(`    in the page with its styles ${ms(median(firsts.marked))}, painted ${ms(median(firsts.painted))}; ` +
              `the live page, which answers typing, painted ${ms(median(firsts.live))}`);
  const linkRatio = median(linked.painted) / median(blank.painted);
  line('share link: first result painted / blank painted', times(linkRatio), times(budget.linkPaintedRatio), linkRatio, budget.linkPaintedRatio);
  console.log(`    (medians: share link in the page ${ms(median(linked.marked))}, painted ${ms(median(linked.painted))}; ` +
              `blank page painted ${ms(median(blank.painted))}; engine only (start it, answer the opening request, show one ` +
              `number) ${ms(median(engineOnly.marked))}, painted ${ms(median(engineOnly.painted))})`);
  if (retried) console.log(`    (${retried} load(s) timed out and were taken again)`);
  line(`keystroke -> all updated, median of ${keystrokes}`, ms(median(keys.all), 2), ms(budget.keyMedianMs, 0), median(keys.all), budget.keyMedianMs);
  line('keystroke -> all updated, 99th percentile', ms(quantile(keys.all, 0.99), 2), ms(budget.keyP99Ms, 0), quantile(keys.all, 0.99), budget.keyP99Ms);
  console.log('    (the page\'s work for one keystroke: results, worked solution, period cards and chart)');
  console.log(`    of which the synchronous update (input event to result and worked solution): median ` +
              `${ms(median(keys.answer), 2)}, 99th percentile ${ms(quantile(keys.answer, 0.99), 2)};`);
  console.log(`    the period cards and chart, redrawn in the next frame: median ${ms(median(keys.redrawWork), 2)}, ` +
              `99th percentile ${ms(quantile(keys.redrawWork, 0.99), 2)};`);
  console.log(`    chart drawn after the input, the wait for the frame included: median ${ms(median(keys.drawnAfter))}, ` +
              `99th percentile ${ms(quantile(keys.drawnAfter, 0.99))}`);
  console.log(`  engine in its Worker instead (not the page's choice; for docs/performance.md): all updated median ` +
              `${ms(median(workerKeys.all), 2)}, 99th percentile ${ms(quantile(workerKeys.all, 0.99), 2)}; of which input to ` +
              `result and worked solution ${ms(median(workerKeys.answer), 2)} (main thread: ${ms(median(keys.answer), 2)})`);
  if (foreign.size) console.log(`  note: requests beyond the local server (refused): ${[...foreign].join(' ')}`);
} finally {
  await browser.close();
  await server.close();
  await reference.close();
  fs.rmSync(referenceRoot, { recursive: true, force: true });
}
