// Moves styles.css into index.html's <style> in a staged dist/, so the first frame waits for no
// second request (~40 ms sooner on a 2-core machine, tests/bench/page_bench.mjs). The file goes;
// web/ keeps its <link> and runs as it is.
//   node scripts/inline-styles.mjs STAGE_DIR        (scripts/build.sh runs it on its staging copy)
import { readFile, writeFile, rm } from 'node:fs/promises';
import path from 'node:path';

const stage = process.argv[2];
if (!stage) throw new Error('usage: inline-styles.mjs STAGE_DIR');
const LINK = '<link rel="stylesheet" href="styles.css">';

const htmlPath = path.join(stage, 'index.html');
const html = await readFile(htmlPath, 'utf8');
if (!html.includes(LINK)) throw new Error(`inline-styles: index.html has no ${LINK}`);
const css = await readFile(path.join(stage, 'styles.css'), 'utf8');
if (css.includes('</style')) throw new Error('inline-styles: styles.css would end the <style> early');
// A function replacement: the CSS's own "$" characters stay as they are.
await writeFile(htmlPath, html.replace(LINK, () => `<style>\n${css.trimEnd()}\n</style>`));
await rm(path.join(stage, 'styles.css'));
