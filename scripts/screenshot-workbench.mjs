// Screenshots of the workbench for a person to look at: the built dist/ served locally, the demo
// client opened at a desktop (1280 px) and a phone (390 px) width, in each language.
//   node scripts/screenshot-workbench.mjs [OUT_DIR] [HASH]   (default tests/browser/screenshots/)
// Run scripts/build.sh first. Not part of the tests.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startServer } from './serve.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outDir = process.argv[2] ?? path.join(root, 'tests/browser/screenshots');
const extra = process.argv[3] ?? '';

const server = await startServer({ root: path.join(root, 'dist'), port: 0, base: '/' });
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
         '--disable-component-update', '--disable-sync'],
});
try {
  for (const [lang, currency] of [['en', 'USD'], ['zh-CN', 'CNY']]) {
    for (const width of [1280, 390]) {
      const page = await browser.newPage({ viewport: { width, height: 900 }, locale: lang });
      await page.goto(`${server.url}#v=2&tool=workbench&lang=${lang}&cur=${currency}&per=year${extra}`);
      await page.waitForFunction(() => /\d/.test(document.querySelector('[data-testid="wb-kpi-cac"]')?.textContent ?? ''));
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      const out = path.join(outDir, `workbench-${lang}-${width}.png`);
      await page.screenshot({ path: out, fullPage: true });
      console.log(`screenshot: ${path.relative(process.cwd(), out)}`);
      await page.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
