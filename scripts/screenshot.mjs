// Refreshes the README's screenshot of the page: the built dist/ served locally, opened in Debian's
// Chromium in Chinese on the retention-CLV textbook example.
//   node scripts/screenshot.mjs [OUT.png]   (default tests/browser/screenshots/retention-clv-zh-CN.png)
// Run scripts/build.sh first. Not part of the tests: a person looks at the result.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startServer } from './serve.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = process.argv[2] ?? path.join(root, 'tests/browser/screenshots/retention-clv-zh-CN.png');
const state = '#calc=retention_clv&lang=zh-CN&cur=CNY&per=year' +
              '&in.margin_per_period=100&in.retention_rate=80%25&in.discount_rate=10%25';

const server = await startServer({ root: path.join(root, 'dist'), port: 0, base: '/' });
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
         '--disable-component-update', '--disable-sync'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' });
  await page.goto(server.url + state);
  await page.waitForFunction(() => /\d/.test(document.querySelector('[data-testid="result-value"]')?.textContent ?? ''));
  await page.waitForTimeout(300);  // the chart draws on the next frame
  await page.screenshot({ path: out, fullPage: true });
  console.log(`screenshot: ${path.relative(process.cwd(), out)}`);
} finally {
  await browser.close();
  await server.close();
}
