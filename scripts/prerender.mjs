// Bakes the page's first screen into index.html, once per language, so a first visit shows the
// answer and the form it came from as soon as the HTML has arrived, instead of after the
// engine's download, compilation and first run (~0.4 s on a 2-core machine). Only the first
// screen: the cards below it (worked solution, periods, export) come with the live page, and
// every byte and line of text in the copy delays the first frame.
// The snapshot is the real page, rendered by the real engine in headless Chromium at build
// time: the numbers still come from the core. At run time a tiny script in index.html's head
// shows the snapshot of the visitor's language only when the page would open in its default
// state (no link state, nothing saved); app.js removes it once the live page has rendered.
//   node scripts/prerender.mjs STAGE_DIR        (scripts/build.sh runs it on its staging copy)
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { startServer } from './serve.mjs';

const stage = process.argv[2];
if (!stage) throw new Error('usage: prerender.mjs STAGE_DIR');
const PLACEHOLDER = '<!-- prerendered first answers (scripts/prerender.mjs) -->';
// The browser locale each snapshot is taken in, and the page language it opens with.
const LANGUAGES = [{ locale: 'zh-CN', lang: 'zh-CN' }, { locale: 'en-US', lang: 'en' }];

// Runs in the page: the first screen of the body as inert, attribute-light HTML. Form values
// live in properties, not attributes, so they are written back as attributes; ids, labels'
// targets and test ids go, so the live page stays the only owner of them. The answer and the
// title are tagged for Element Timing: index.html's loader waits for one of them to be shown
// (on a phone the answer is below the fold) before it starts the rest; the bench times the answer.
function snapshot() {
  const body = document.body.cloneNode(true);
  const live = document.body.querySelectorAll('input, select, textarea');
  body.querySelectorAll('input, select, textarea').forEach((copy, i) => {
    if (copy.tagName === 'SELECT') {
      [...copy.options].forEach((o, k) => o.toggleAttribute('selected', k === live[i].selectedIndex));
    } else if (copy.type !== 'file') {
      copy.setAttribute('value', live[i].value);
    }
  });
  body.querySelectorAll('script, .toast, .skip-link, .answer-bar, [data-testid="live"], main > .card, .footer')
    .forEach((e) => e.remove());
  body.querySelector('.headline-value').setAttribute('elementtiming', 'first-result');
  body.querySelector('.calc-head h1').setAttribute('elementtiming', 'first-screen');
  const walker = document.createTreeWalker(body, NodeFilter.SHOW_COMMENT);
  const comments = [];
  while (walker.nextNode()) comments.push(walker.currentNode);
  comments.forEach((c) => c.remove());
  for (const e of body.querySelectorAll('*')) {
    for (const name of ['id', 'for', 'data-testid', 'tabindex', 'aria-labelledby', 'aria-describedby',
                        'aria-controls', 'aria-live', 'role', 'name', 'data-i18n', 'data-i18n-label']) {
      e.removeAttribute(name);
    }
  }
  return body.innerHTML.replace(/\n\s*\n/g, '\n').trim();
}

const htmlPath = path.join(stage, 'index.html');
const template = await readFile(htmlPath, 'utf8');
if (!template.includes(PLACEHOLDER)) throw new Error(`prerender: index.html has no "${PLACEHOLDER}"`);

const server = await startServer({ root: stage, port: 0 });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium',
  args: ['--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
         '--disable-component-update', '--disable-sync'] });
const blocks = [];
try {
  for (const { locale, lang } of LANGUAGES) {
    const context = await browser.newContext({ serviceWorkers: 'block', locale, viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(server.url);
    // The live page's first answer, the presets list and the language all in place.
    await page.waitForFunction((want) => performance.getEntriesByName('clvcalc:live').length > 0 &&
      document.querySelector('[data-testid="presets"] li') && document.documentElement.lang === want, lang,
      { timeout: 30_000 });
    if (errors.length) throw new Error(`prerender (${lang}): page error ${errors.join('; ')}`);
    let html = await page.evaluate(snapshot);
    html = html.split(server.url).join('');  // nothing may point at the build's server
    if (/127\.0\.0\.1|localhost/.test(html)) throw new Error(`prerender (${lang}): the snapshot names the build server`);
    if (/NaN|Infinity|undefined/.test(html.replace(/<[^>]*>/g, ''))) throw new Error(`prerender (${lang}): the snapshot shows a non-number`);
    blocks.push(`<div class="prerender" lang="${lang}" inert>\n${html}\n</div>\n` +
                `<script>document.documentElement.dataset.prerender === '${lang}' && performance.mark('clvcalc:first-result')</script>`);
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
await writeFile(htmlPath, template.replace(PLACEHOLDER, blocks.join('\n')));
console.log(`prerender: first answers baked into index.html for ${LANGUAGES.map((l) => l.lang).join(', ')}`);
