// KerneSpillet's service worker: after one visit the game opens with no network.
//
// Trunk gives the built files hashed names, so the list below only exists after a build:
// scripts/precache (a Trunk post_build hook) rewrites the VERSION and FILES lines. The
// version is a hash over every file, so each new build gets a new cache of its own.
'use strict';

const VERSION = 'unbuilt';
const FILES = [];

const PREFIX = 'kernespillet-';
const CACHE = PREFIX + VERSION;

// Install: fetch the whole build into a fresh cache, past the browser's HTTP cache, so an
// older copy of a file without a hash in its name (index.html, fonts, icons) cannot slip
// in. If one file fails, the install fails and the previous worker stays in charge.
self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    await cache.addAll(FILES.map((file) => new Request(file, { cache: 'reload' })));
    // The new build is complete in its cache: take over without waiting for every tab to
    // close. Open pages keep what they loaded and get the new build on their next load.
    await self.skipWaiting();
  })());
});

// Activate: delete older builds' caches and start serving the pages that are open.
self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    const old = (await caches.keys()).filter((name) => name.startsWith(PREFIX) && name !== CACHE);
    await Promise.all(old.map((name) => caches.delete(name)));
    await self.clients.claim();
  })());
});

// Fetch: same-origin GETs come from the cache first, the network only for what the build
// does not hold. Other methods and other hosts pass through untouched (the game never
// asks another host for anything).
self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  if (event.request.method !== 'GET' || url.origin !== self.location.origin) return;
  event.respondWith(fromCache(event.request, url));
});

async function fromCache(request, url) {
  const cache = await caches.open(CACHE);
  const hit = await cache.match(request.mode === 'navigate' ? page(url) : request);
  return hit ?? fetch(request);
}

// The game is one page: "/", "/?view=projector" and "/index.html?…" all open index.html.
function page(url) {
  const file = new URL(url.pathname.endsWith('/') ? 'index.html' : url.pathname, url);
  return file.href;
}
