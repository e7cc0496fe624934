// Time from navigation to the first screen interactive, in headless Chromium, over 15
// loads each: a first visitor's start screen (the setup form's first field takes input)
// from the network with the browser's cache off, and a stored game's board (the die
// button rendered and enabled) from the network and from the service worker's cache with
// the network off. Prints medians, then a `BENCH {json}` line.
//   node scripts/bench-load.mjs [dist-dir]
import { serveDist, launch, setUpGame } from '../tests/e2e/harness.mjs';

const LOADS = 15;
const server = await serveDist(process.argv[2]);
const browser = await launch();

const ready = {
  start: () => {
    const field = document.querySelector('.setup input');
    return field && !field.disabled && performance.now();
  },
  board: () => {
    const button = document.querySelector('button.roll');
    return button && !button.disabled && document.querySelectorAll('.field').length > 0 && performance.now();
  },
};

/** `LOADS` navigations of `page` to the game; the time of each until `screen` is ready. */
async function loads(page, screen) {
  const times = [];
  for (let i = 0; i < LOADS; i++) {
    await page.goto(server.origin);
    // performance.now() counts from the start of this navigation.
    const ms = await page.waitForFunction(ready[screen], null, { polling: 'raf' });
    times.push(await ms.jsonValue());
  }
  return times.sort((a, b) => a - b)[Math.floor(LOADS / 2)];
}

// From the network: no worker, no HTTP cache, so every load fetches every file.
const network = await browser.newContext({ serviceWorkers: 'block' });
const page = await network.newPage();
await (await network.newCDPSession(page)).send('Network.setCacheDisabled', { cacheDisabled: true });
const startNetwork = await loads(page, 'start');
await setUpGame(page, ['Nord', 'Syd', 'Øst']);
const boardNetwork = await loads(page, 'board');
await network.close();

// From the worker's cache: one visit installs it, then the network goes off.
const cached = await browser.newContext();
const offline = await cached.newPage();
await offline.goto(server.origin);
await setUpGame(offline, ['Nord', 'Syd', 'Øst']);
await offline.evaluate(() => navigator.serviceWorker.ready.then(() => true));
await offline.waitForFunction(() => navigator.serviceWorker.controller !== null);
await cached.setOffline(true);
const boardCache = await loads(offline, 'board');
await cached.close();

console.log(`Navigation to the first screen interactive, median of ${LOADS} loads:`);
console.log(`  start screen, from the network (no cache)   ${startNetwork.toFixed(0)} ms`);
console.log(`  a stored game's board, from the network     ${boardNetwork.toFixed(0)} ms`);
console.log(`  a stored game's board, offline from cache   ${boardCache.toFixed(0)} ms`);
console.log(`BENCH ${JSON.stringify({ load: { startNetwork, boardNetwork, boardCache } })}`);
await browser.close();
await server.close();
