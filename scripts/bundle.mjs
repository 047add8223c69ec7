// Bundles the page's ES modules (web/main.js and everything it imports, the lazily imported
// views included) into one minified main.js in a staged dist/, and trims index.html's module
// preloads to that file. One file instead of ~25 modules is what brings the first answer
// ~35 ms sooner and ~9 KB lighter (tests/bench/page_bench.mjs). The unbundled modules stay in
// dist/ beside it (tests may import engine.js on its own); web/ runs unbundled as it is.
//   node scripts/bundle.mjs STAGE_DIR        (scripts/build.sh runs it on its staging copy)
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const web = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'web');
const stage = process.argv[2];
if (!stage) throw new Error('usage: bundle.mjs STAGE_DIR');

const { metafile } = await build({
  entryPoints: [path.join(web, 'main.js')],
  outfile: path.join(stage, 'main.js'),
  bundle: true,
  format: 'esm',
  minify: true,
  sourcemap: 'linked',      // main.js.map, read only by developer tools
  legalComments: 'none',
  logLevel: 'warning',
  metafile: true,
});

// The map's sources read as web/<file> wherever dist/ ends up (their text is in the map).
const mapPath = path.join(stage, 'main.js.map');
const map = JSON.parse(await readFile(mapPath, 'utf8'));
map.sources = map.sources.map((source) => 'web/' + path.relative(web, path.resolve(stage, source)).split(path.sep).join('/'));
await writeFile(mapPath, JSON.stringify(map));

// The bundle is the only module the page loads: preloading the separate modules would fetch
// them for nothing.
const htmlPath = path.join(stage, 'index.html');
const html = await readFile(htmlPath, 'utf8');
await writeFile(htmlPath, html.replace(/^[ \t]*<link rel="modulepreload" href="(?!main\.js")[^"]*">[ \t]*\r?\n/gm, ''));

// The service worker need not cache, for offline use, the modules that are now inside main.js.
const bundled = Object.keys(metafile.inputs)
  .map((input) => path.relative(web, path.resolve(input)).split(path.sep).join('/'))
  .filter((name) => !name.startsWith('..') && name !== 'main.js');
const swPath = path.join(stage, 'sw.js');
const sw = await readFile(swPath, 'utf8');
const quoted = (name) => new RegExp(`'${name.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}',\\s*`, 'g');
await writeFile(swPath, bundled.reduce((text, name) => text.replace(quoted(name), ''), sw));
