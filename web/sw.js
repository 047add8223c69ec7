// Offline support: the app shell (page, modules, catalogues, wasm, uPlot) is cached on install;
// requests are answered from the cache and refreshed from the network in the background.
// VERSION changes with every build (scripts/build.sh); old caches are deleted on activate.
const VERSION = 'clvcalc-__BUILD_ID__';  // stamped by scripts/build.sh with a hash of dist/
// The files to keep for offline use: every file the built page loads (its bundle and chunks,
// the engine modules, the catalogues, presets, uPlot), listed by scripts/build.sh.
const SHELL = ['./', /* __SHELL_FILES__ */];

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(VERSION).then((cache) => cache.addAll(SHELL)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(caches.keys()
    .then((keys) => Promise.all(keys.filter((k) => k.startsWith('clvcalc-') && k !== VERSION).map((k) => caches.delete(k))))
    .then(() => self.clients.claim()));
});

// Stale-while-revalidate for same-origin GETs; the hash of a share link never reaches here.
self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(caches.open(VERSION).then(async (cache) => {
    const cached = await cache.match(request, { ignoreSearch: true });
    const fresh = fetch(request).then((response) => {
      if (response.ok) cache.put(request, response.clone());
      return response;
    }).catch(() => cached ?? Response.error());
    if (cached) {
      event.waitUntil(fresh.catch(() => {}));
      return cached;
    }
    return fresh;
  }));
});
