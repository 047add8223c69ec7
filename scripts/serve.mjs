// A tiny static file server for dist/ (no npm dependencies), bound to 127.0.0.1.
//   node scripts/serve.mjs [PORT] [--base /sub/path/] [--root DIR]
// or, from tests:  const { url, close } = await startServer({ port: 0, base: '/x/y/' });
// Serves GET/HEAD only, with the MIME types the page needs (application/wasm for streaming
// compile), never outside the root, and only under `base` so tests can prove the page works
// from any sub-path.
import { createServer } from 'node:http';
import { createReadStream } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
export const defaultRoot = path.resolve(here, '..', 'dist');

export const mimeTypes = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

// "/x/y" -> "/x/y/"; always starts and ends with a slash.
function normalizeBase(base) {
  let b = base || '/';
  if (!b.startsWith('/')) b = '/' + b;
  if (!b.endsWith('/')) b += '/';
  return b;
}

// The file under `root` for a URL path below `base`, or null when it would leave the root.
async function resolveFile(root, base, urlPath) {
  if (!urlPath.startsWith(base)) return null;
  let relative;
  try {
    relative = decodeURIComponent(urlPath.slice(base.length));
  } catch {
    return null;
  }
  if (relative.includes('\0') || relative.includes('\\')) return null;
  const candidate = path.resolve(root, '.' + path.posix.normalize('/' + relative));
  if (candidate !== root && !candidate.startsWith(root + path.sep)) return null;
  try {
    let file = candidate;
    let info = await stat(file);
    if (info.isDirectory()) {
      file = path.join(file, 'index.html');
      info = await stat(file);
    }
    // A symlink pointing out of the root is as bad as "../".
    const real = await realpath(file);
    if (!real.startsWith(root + path.sep)) return null;
    return info.isFile() ? { file, size: info.size } : null;
  } catch {
    return null;
  }
}

function reply(res, status, text, headers = {}) {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', ...headers });
  res.end(text);
}

// Starts the server; resolves to { server, url, port, close() } once it listens.
export async function startServer({ root = defaultRoot, port = 8080, host = '127.0.0.1', base = '/' } = {}) {
  const realRoot = await realpath(path.resolve(root));
  const mount = normalizeBase(base);
  const server = createServer(async (req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return reply(res, 405, 'method not allowed\n', { Allow: 'GET, HEAD' });
    const urlPath = (req.url || '/').split('?')[0].split('#')[0];
    if (urlPath + '/' === mount) return reply(res, 301, '', { Location: mount });
    const found = await resolveFile(realRoot, mount, urlPath);
    if (!found) return reply(res, 404, 'not found\n');
    // A directory URL without its slash would break relative links: send it to the slash form.
    if (found.file.endsWith(path.sep + 'index.html') && !urlPath.endsWith('/') && !urlPath.endsWith('index.html')) {
      return reply(res, 301, '', { Location: urlPath + '/' });
    }
    res.writeHead(200, {
      'Content-Type': mimeTypes[path.extname(found.file).toLowerCase()] || 'application/octet-stream',
      'Content-Length': found.size,
      'Cache-Control': 'no-cache',  // always revalidate: a rebuilt dist/ is seen at once
      'X-Content-Type-Options': 'nosniff',
    });
    if (req.method === 'HEAD') return res.end();
    createReadStream(found.file).on('error', () => res.destroy()).pipe(res);
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  const actualPort = server.address().port;
  return {
    server,
    port: actualPort,
    url: `http://${host}:${actualPort}${mount}`,
    close: () => new Promise((resolve) => { server.closeAllConnections?.(); server.close(() => resolve()); }),
  };
}

function parseArgs(argv) {
  const options = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--base') options.base = argv[++i];
    else if (arg === '--root') options.root = argv[++i];
    else if (/^\d+$/.test(arg)) options.port = Number(arg);
    else throw new Error(`usage: serve.mjs [PORT] [--base /sub/path/] [--root DIR] (got ${arg})`);
  }
  return options;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const options = parseArgs(process.argv.slice(2));
  const { url } = await startServer(options);
  console.log(`Serving ${path.resolve(options.root ?? defaultRoot)} at ${url}  (Ctrl+C to stop)`);
}
