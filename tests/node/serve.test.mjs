// scripts/serve.mjs: MIME types the page needs, mounting under a sub-path, and no way out of the root.
import test, { after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { request } from 'node:http';
import { startServer } from '../../scripts/serve.mjs';

// A raw GET (fetch() would normalise "/../" away before sending it).
function get(port, rawPath) {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path: rawPath, method: 'GET' }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => { body += chunk; });
      res.on('end', () => resolve({ status: res.statusCode, type: res.headers['content-type'], location: res.headers.location, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'clv-serve-'));
const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'clv-secret-'));
const files = { 'index.html': '<!doctype html>', 'app.js': 'export {}', 'm.mjs': '', 'styles.css': '', 'i18n/en.json': '{}',
  'clvcalc.wasm': '\0asm', 'icon.svg': '<svg/>', 'app.webmanifest': '{}', 'sub/index.html': 'sub' };
for (const [name, text] of Object.entries(files)) {
  fs.mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
  fs.writeFileSync(path.join(root, name), text);
}
fs.writeFileSync(path.join(outside, 'secret.txt'), 'secret');
fs.symlinkSync(outside, path.join(root, 'link'));
after(() => { fs.rmSync(root, { recursive: true }); fs.rmSync(outside, { recursive: true }); });

test('serves dist-like files with the right MIME types under a sub-path', async (t) => {
  const server = await startServer({ root, port: 0, base: '/a/b/' });
  t.after(() => server.close());
  assert.match(server.url, /^http:\/\/127\.0\.0\.1:\d+\/a\/b\/$/);
  const expected = { '': 'text/html', 'index.html': 'text/html', 'app.js': 'text/javascript', 'm.mjs': 'text/javascript',
    'styles.css': 'text/css', 'i18n/en.json': 'application/json', 'clvcalc.wasm': 'application/wasm',
    'icon.svg': 'image/svg+xml', 'app.webmanifest': 'application/manifest+json', 'sub/': 'text/html' };
  for (const [name, type] of Object.entries(expected)) {
    const res = await get(server.port, '/a/b/' + name);
    assert.equal(res.status, 200, name);
    assert.equal(res.type.split(';')[0], type, name);
  }
  assert.equal((await get(server.port, '/a/b')).location, '/a/b/');
  assert.equal((await get(server.port, '/a/b/sub')).location, '/a/b/sub/');
  assert.equal((await get(server.port, '/index.html')).status, 404, 'nothing outside the mount point');
  assert.equal((await get(server.port, '/a/b/missing.js')).status, 404);
});

test('never serves a file outside the root', async (t) => {
  const server = await startServer({ root, port: 0 });
  t.after(() => server.close());
  const secretName = path.basename(outside);
  for (const attempt of ['/../' + secretName + '/secret.txt', '/..%2f' + secretName + '%2fsecret.txt',
    '/%2e%2e/%2e%2e/etc/passwd', '/../../../../etc/passwd', '/..\\..\\etc\\passwd', '/link/secret.txt',
    '/%00', '/%E0%A4%A', '//etc/passwd']) {
    const res = await get(server.port, attempt);
    assert.ok(res.status === 404 || res.status === 400, `${attempt} -> ${res.status}`);
    assert.ok(!res.body.includes('secret') && !res.body.includes('root:'), attempt);
  }
});
