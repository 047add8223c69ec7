// Bundles the page's ES modules into a staged dist/: web/main.js and everything it imports as one
// minified main.js, with each lazily imported part (the period views and chart, the exports,
// other tools) as its own chunk; and web/engine/worker.js as engine-worker.js, a classic worker
// (it loads the wasm glue with importScripts). One file instead of ~30 modules brings the first
// answer ~35 ms sooner and ~9 KB lighter (tests/bench/page_bench.mjs). index.html's module
// preloads are trimmed to main.js, and precache.json lists what the built page loads, for the
// service worker. The unbundled modules stay in dist/ beside it (Node and browser tests import
// engine/ on its own); web/ runs unbundled as it is.
//   node scripts/bundle.mjs STAGE_DIR        (scripts/build.sh runs it on its staging copy)
import { readFile, writeFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const web = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'web');
const stage = process.argv[2];
if (!stage) throw new Error('usage: bundle.mjs STAGE_DIR');

const common = { bundle: true, minify: true, sourcemap: 'linked', legalComments: 'none', logLevel: 'warning', metafile: true };
const page = await build({
  ...common,
  entryPoints: { main: path.join(web, 'main.js') },
  outdir: stage,
  format: 'esm',
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
});
const worker = await build({
  ...common,
  entryPoints: [path.join(web, 'engine', 'worker.js')],
  outfile: path.join(stage, 'engine-worker.js'),
  format: 'iife',
});

// The maps' sources read as web/<file> wherever dist/ ends up (their text is in the map).
const outputs = [...Object.keys(page.metafile.outputs), ...Object.keys(worker.metafile.outputs)];
for (const output of outputs.filter((o) => o.endsWith('.map'))) {
  const map = JSON.parse(await readFile(output, 'utf8'));
  map.sources = map.sources.map((source) => 'web/' + path.relative(web, path.resolve(path.dirname(output), source)).split(path.sep).join('/'));
  await writeFile(output, JSON.stringify(map));
}

// The bundle is the only module the page loads: preloading the separate modules would fetch
// them for nothing.
const htmlPath = path.join(stage, 'index.html');
const html = await readFile(htmlPath, 'utf8');
await writeFile(htmlPath, html.replace(/^[ \t]*<link rel="modulepreload" href="(?!main\.js")[^"]*">[ \t]*\r?\n/gm, ''));

// What the built page loads besides index.html: the bundle and its chunks, the worker, and the
// data files the modules fetch: catalogues, presets, sample data sets (scripts/service-worker.mjs
// adds the wasm modules and vendor/).
const built = outputs.filter((o) => !o.endsWith('.map')).map((o) => path.relative(stage, o).split(path.sep).join('/'));
const data = (await readdir(stage, { recursive: true }))
  .map((f) => f.split(path.sep).join('/'))
  .filter((f) => /\.(json|txt|csv)$/.test(f) && !f.endsWith('.map') && !f.startsWith('vendor/'));
await writeFile(path.join(stage, 'precache.json'), JSON.stringify([...built, ...data], null, 1));
