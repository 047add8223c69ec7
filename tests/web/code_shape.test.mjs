// The page's code keeps the shape we want: no function in web/ longer than a screen (80 lines),
// and only engine/ touches a wasm module's factory. Parsed with Debian's acorn (node-acorn, which
// scripts/setup.sh installs for Emscripten).
import test from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { parse } from '/usr/share/nodejs/acorn/dist/acorn.mjs';
import { repoRoot } from './support.mjs';

const web = path.join(repoRoot, 'web');
const MAX_LINES = 80;

function sources(dir) {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) return sources(file);
    return file.endsWith('.js') ? [file] : [];
  });
}

function functions(node, found = []) {
  if (!node || typeof node.type !== 'string') return found;
  if (node.type.includes('Function')) found.push(node);
  for (const value of Object.values(node)) {
    if (Array.isArray(value)) value.forEach((v) => functions(v, found));
    else if (value && typeof value === 'object') functions(value, found);
  }
  return found;
}

test(`no function in web/ is longer than ${MAX_LINES} lines`, () => {
  const long = [];
  for (const file of sources(web)) {
    const ast = parse(readFileSync(file, 'utf8'), { ecmaVersion: 'latest', sourceType: 'module', locations: true });
    for (const fn of functions(ast)) {
      const lines = fn.loc.end.line - fn.loc.start.line + 1;
      if (lines > MAX_LINES) long.push(`${path.relative(repoRoot, file)}:${fn.loc.start.line} ${fn.id?.name ?? '(anonymous)'} ${lines} lines`);
    }
  }
  assert.deepEqual(long, []);
});

test('only web/engine/ names a wasm module\'s files or factory', () => {
  const outside = sources(web).filter((file) => !file.startsWith(path.join(web, 'engine')))
    .filter((file) => /createClvEngine|clvcalc\.wasm|clvcalc\.js/.test(readFileSync(file, 'utf8')));
  assert.deepEqual(outside.map((f) => path.relative(repoRoot, f)), []);
});
