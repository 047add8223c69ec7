// The workbench's page budgets, measured in headless Chromium on a local server. Figures, not
// tests: each is printed beside its budget and marked "over" when it misses; nothing fails.
//   node tests/bench/workbench_page_bench.mjs [COLD_LOADS] [LEVER_MOVES]   (defaults 11 and 100)
// 1. share link -> first dashboard painted, over fresh contexts, judged as a ratio against a blank
//    page served and measured the same way in the same run. "Painted" is when a message posted
//    from the animation frame after a mark arrives: `clvcalc:wb-dashboard` (the unit-economics
//    tiles, steps and charts shown) for the budget, `clvcalc:wb-settled` (every answer of the
//    dashboard shown, web/tools/workbench/loop.js) printed beside it;
// 2. lever moved -> every number and chart updated: from the slider's input event to the frame
//    painted after the dashboard settled again (the tornado and break-even answered by the Worker
//    included), over moves of the retention-rate slider by one step up and down.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startServer } from '../../scripts/serve.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const coldLoads = Number(process.argv[2] ?? 11);
const moves = Number(process.argv[3] ?? 100);
const dist = process.env.CLV_DIST_DIR ?? path.resolve(here, '..', '..', 'dist');
const budget = { linkPaintedRatio: 3.0, leverMedianMs: 8 };
const chromiumArgs = ['--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
                      '--disable-component-update', '--disable-sync',
                      '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'];

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)];
const quantile = (values, q) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.ceil(q * values.length) - 1)];
const line = (label, figure, limit, value, max) =>
  console.log(`  ${label.padEnd(48)} ${figure.padStart(10)}   budget ${limit.padStart(8)}  ${value <= max ? 'ok' : 'over'}`);

// Runs before the page's scripts: each settled mark and blank page's load gets the time of the
// frame painted after it; input events are recorded with their timestamps.
function recorder() {
  const seen = { inputs: [], painted: [], dashboardPainted: [] };
  window.__wbBench = seen;
  const afterPaint = () => requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => { seen.painted.push(performance.now()); console.log('wb-bench:painted'); };
    channel.port2.postMessage(0);
  });
  const mark = performance.mark.bind(performance);
  performance.mark = (name, ...rest) => {
    if (name === 'clvcalc:wb-settled') afterPaint();
    if (name === 'clvcalc:wb-dashboard') {
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => { seen.dashboardPainted.push(performance.now()); };
        channel.port2.postMessage(0);
      });
    }
    return mark(name, ...rest);
  };
  if (location.pathname.endsWith('blank.html')) addEventListener('load', afterPaint);
  addEventListener('input', (event) => seen.inputs.push(event.timeStamp), true);
}

const referenceRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'clvwb-bench-'));
fs.cpSync(dist, referenceRoot, { recursive: true });
fs.copyFileSync(path.join(here, 'engine-only', 'blank.html'), path.join(referenceRoot, 'blank.html'));
const server = await startServer({ root: referenceRoot, port: 0 });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: chromiumArgs });

async function open(url) {
  const context = await browser.newContext({ serviceWorkers: 'block', locale: 'en-US' });
  await context.addInitScript(recorder);
  const page = await context.newPage();
  const painted = page.waitForEvent('console', { predicate: (m) => m.text() === 'wb-bench:painted', timeout: 60_000 });
  await page.goto(url, { waitUntil: 'commit' });
  await painted;
  const times = await page.evaluate(() => ({ painted: window.__wbBench.painted[0], dashboard: window.__wbBench.dashboardPainted[0] }));
  return { context, page, ...times };
}

// The demo client's share link, as the page writes it.
async function demoLink() {
  const { context, page } = await open(server.url + '#v=2&tool=workbench&lang=en&cur=USD&per=year');
  const settledAgain = page.waitForEvent('console', { predicate: (m) => m.text() === 'wb-bench:painted', timeout: 60_000 });
  await page.locator('[data-testid="wb-demo"]').click();
  await settledAgain;
  await page.waitForFunction(() => /wv=1/.test(location.hash));
  const hash = await page.evaluate(() => location.hash);
  await context.close();
  return server.url + hash;
}

async function linkLoads(link) {
  const linked = [], dashboard = [], blank = [];
  for (let i = 0; i < coldLoads; i++) {
    const load = await open(link);
    linked.push(load.painted);
    dashboard.push(load.dashboard);
    await load.context.close();
    const reference = await open(server.url + 'blank.html');
    blank.push(reference.painted);
    await reference.context.close();
  }
  return { linked, dashboard, blank };
}

// Moves the retention-rate slider one step at a time (alternately up and down), each move waited
// out until the dashboard settled and painted.
async function leverMoves(link) {
  const { context, page } = await open(link);
  const slider = page.locator('[data-testid="wb-lever-retention_rate"]');
  await slider.focus();
  const times = [], tiles = [];
  for (let i = 0; i < moves; i++) {
    const before = await page.evaluate(() => window.__wbBench.painted.length);
    await slider.press(i % 2 === 0 ? 'ArrowRight' : 'ArrowLeft');
    await page.waitForFunction((n) => window.__wbBench.painted.length > n, before, { timeout: 30_000 });
    const t = await page.evaluate(() => ({ input: window.__wbBench.inputs.at(-1), painted: window.__wbBench.painted.at(-1),
                                             tiles: window.__wbBench.dashboardPainted.at(-1) }));
    times.push(t.painted - t.input);
    if (t.tiles > t.input) tiles.push(t.tiles - t.input);
  }
  await context.close();
  return { times, tiles };
}

try {
  console.log(`workbench in headless Chromium ${browser.version()}; load average ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`);
  const link = await demoLink();
  await (await open(server.url + 'blank.html')).context.close();  // warms the browser process
  const { linked, dashboard, blank } = await linkLoads(link);
  const levers = await leverMoves(link);
  console.log('\nbudgets');
  const ratio = median(dashboard) / median(blank);
  line('workbench share link: dashboard painted / blank', `${ratio.toFixed(2)}×`, `${budget.linkPaintedRatio}×`, ratio, budget.linkPaintedRatio);
  console.log(`    (medians of ${coldLoads}: the demo client's link painted its unit-economics dashboard at ` +
              `${median(dashboard).toFixed(1)} ms and every part (the Worker's tornado and break-even included) at ` +
              `${median(linked).toFixed(1)} ms; blank page ${median(blank).toFixed(1)} ms)`);
  line(`lever moved -> everything updated, median of ${moves}`, `${median(levers.times).toFixed(1)} ms`, `${budget.leverMedianMs} ms`,
       median(levers.times), budget.leverMedianMs);
  console.log(`    (99th percentile ${quantile(levers.times, 0.99).toFixed(1)} ms; input event to the frame painted after every ` +
              `answer of the dashboard was shown, the Worker's tornado and break-even included; the unit-economics ` +
              `tiles, steps and charts alone: median ${median(levers.tiles).toFixed(1)} ms)`);
} finally {
  await browser.close();
  await server.close();
  fs.rmSync(referenceRoot, { recursive: true, force: true });
}
