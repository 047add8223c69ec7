// Writes into a staged dist/sw.js the list of files it keeps for offline use: what the built page
// loads (precache.json from scripts/bundle.mjs, or every module when nothing was bundled), the
// engine's wasm modules and their glue, and vendor/. Run after bundling and inlining styles.
//   node scripts/service-worker.mjs STAGE_DIR        (scripts/build.sh runs it)
import { readFile, readdir, writeFile, rm } from 'node:fs/promises';
import path from 'node:path';

const stage = process.argv[2];
if (!stage) throw new Error('usage: service-worker.mjs STAGE_DIR');
const PLACEHOLDER = '/* __SHELL_FILES__ */';

async function filesUnder(dir) {
  const out = [];
  for (const entry of await readdir(path.join(stage, dir), { withFileTypes: true })) {
    const name = dir ? `${dir}/${entry.name}` : entry.name;
    if (entry.isDirectory()) out.push(...await filesUnder(name));
    else out.push(name);
  }
  return out;
}

const all = await filesUnder('');
let listed;
try {
  listed = JSON.parse(await readFile(path.join(stage, 'precache.json'), 'utf8'));
  await rm(path.join(stage, 'precache.json'));
} catch {
  listed = all.filter((f) => f.endsWith('.js') || f.endsWith('.json') || f.endsWith('.css'));
}
const engine = all.filter((f) => !f.includes('/') && (f.endsWith('.wasm') || /^clv[\w-]*\.js$/.test(f)));
const vendor = all.filter((f) => f.startsWith('vendor/'));
const shell = [...new Set(['index.html', ...listed, ...engine, ...vendor])].filter((f) => all.includes(f) && f !== 'sw.js');

const swPath = path.join(stage, 'sw.js');
const sw = await readFile(swPath, 'utf8');
if (!sw.includes(PLACEHOLDER)) throw new Error(`service-worker: sw.js has no ${PLACEHOLDER}`);
await writeFile(swPath, sw.replace(PLACEHOLDER, shell.map((f) => `'${f}'`).join(', ')));
console.log(`service worker: ${shell.length} files kept for offline use`);
