// Offline and installable: after one visit the service worker holds every file of the
// build and the game plays with the network off (the projector window too); a new build
// replaces the old cache; the manifest and its icons; the Content-Security-Policy lets
// the game run and stops injected script.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { execFile } from 'node:child_process';
import { cp, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { chromium } from 'playwright-core';
import {
  withBrowser, newContext, openPage, assertClean, cspProvoked, serveDist, setUpGame, drawCard, openProjector,
  dist,
} from './harness.mjs';

const env = withBrowser();
const precache = join(dist, '../scripts/precache');

/** Every file of a build as the worker lists it: relative, sorted, without sw.js, and
 *  without what scripts/precache leaves to the browser (the PNG home-screen icons, the
 *  font licence). */
async function buildFiles(dir) {
  const names = await readdir(dir, { recursive: true });
  const files = [];
  for (const name of names) {
    const kept = name !== 'sw.js' && !name.endsWith('.png') && !name.endsWith('.txt');
    if ((await stat(join(dir, name))).isFile() && kept) files.push(name);
  }
  return files.sort();
}

/** Wait until the service worker is active and controls the page. */
async function controlled(page) {
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => true));
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

/** The page's caches: name → the paths it holds, relative to the game's folder (the
 *  site's root unless told `base`), sorted. */
function cacheContents(page, base = '/') {
  return page.evaluate(async (base) => {
    const contents = {};
    for (const name of await caches.keys()) {
      const requests = await (await caches.open(name)).keys();
      contents[name] = requests.map((r) => new URL(r.url).pathname.slice(base.length)).sort();
    }
    return contents;
  }, base);
}

/** Poll `check` (an async function returning true when done) for up to 20 s. */
async function eventually(check, what) {
  for (let tries = 0; tries < 200; tries++) {
    if (await check()) return;
    await new Promise((ok) => setTimeout(ok, 100));
  }
  assert.fail(`timed out waiting until ${what}`);
}

/** The version scripts/precache wrote into a build's sw.js. */
async function versionOf(dir) {
  return (await readFile(join(dir, 'sw.js'), 'utf8')).match(/^const VERSION = '(\w+)';$/m)[1];
}

/** Take the turn that is due: roll, move, draw and finish the card. */
async function playATurn(page) {
  await drawCard(page);
  await page.locator('.card-question').waitFor();
  await page.getByRole('button', { name: 'Færdig – næste hold' }).click();
}

/** After one visit to `url` (the game's folder on `server`), the game plays offline. */
async function offlineJourney(server, base) {
  const { context, requests, errors, cspViolations } = await newContext(env.browser);
  const consoleErrors = [];
  context.on('console', (message) => message.type() === 'error' && consoleErrors.push(message.text()));
  const page = await context.newPage();
  await page.goto(server.url);
  await page.waitForSelector('.setup');
  await controlled(page);

  // One cache, named for this build, holding every file of dist/.
  const caches = await cacheContents(page, base);
  assert.deepEqual(Object.keys(caches), [`kernespillet-${await versionOf(dist)}`]);
  assert.deepEqual(Object.values(caches)[0], await buildFiles(dist));

  await context.setOffline(true);
  await page.reload();
  await page.waitForSelector('.setup');
  // Trunk's stylesheets carry integrity hashes: from the cache each still passes its check
  // (a sheet that failed would not be applied).
  const sheets = await page.evaluate(() => ({
    linked: document.querySelectorAll('link[rel="stylesheet"][integrity]').length,
    applied: [...document.styleSheets].filter((sheet) => sheet.href && sheet.cssRules.length > 0).length,
  }));
  assert.equal(sheets.linked, (await buildFiles(dist)).filter((file) => file.endsWith('.css')).length);
  assert.equal(sheets.applied, sheets.linked);
  await setUpGame(page, ['Nord', 'Syd']);
  await playATurn(page);
  await page.getByRole('heading', { name: 'Syd har tur' }).waitFor();

  // The projector window opens offline too, on its own URL with a query string.
  const projector = await openProjector(page);
  await projector.waitForSelector('.board');
  assert.match(projector.url(), /\?view=projector/);
  const again = await context.newPage();
  await again.goto(`${server.url}?view=projector`);
  await again.waitForSelector('.board');

  // A control: without the worker the same offline reload fails.
  const blocked = await env.browser.newContext({ serviceWorkers: 'block' });
  const plain = await blocked.newPage();
  await plain.goto(server.url);
  await plain.waitForSelector('.setup');
  await blocked.setOffline(true);
  await assert.rejects(plain.reload(), /ERR_INTERNET_DISCONNECTED/);
  await blocked.close();

  assert.deepEqual(errors, []);
  assert.deepEqual(cspViolations, []);
  assert.deepEqual(consoleErrors, [], 'no errors: the integrity checks and preloads pass');
  assertClean({ requests }, server.origin);
  // Nothing outside the game's folder was asked for.
  assert.deepEqual(requests.filter((url) => !url.startsWith(server.url) && !url.startsWith('data:') && !url.startsWith('blob:')), []);
}

test('after one visit the game plays offline, the projector window too', async () => {
  await offlineJourney(env.server, '/');
});

test('served from a folder of a static host, the game plays offline there too', async () => {
  const server = await serveDist(dist, { base: '/kernespillet/' });
  try {
    await offlineJourney(server, '/kernespillet/');
  } finally {
    await server.close();
  }
});

test('a new build replaces the old cache, and the open game gets it at its next load', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'kernespillet-build-'));
  await cp(dist, dir, { recursive: true });
  const server = await serveDist(dir);
  try {
    const { context, requests, errors, cspViolations } = await newContext(env.browser);
    const page = await context.newPage();
    await page.goto(server.origin);
    await page.waitForSelector('.setup');
    await controlled(page);
    const oldCache = `kernespillet-${await versionOf(dir)}`;
    assert.deepEqual(Object.keys(await cacheContents(page)), [oldCache]);

    // "A new build": a changed index.html, and the post-build step run again.
    const index = join(dir, 'index.html');
    const html = await readFile(index, 'utf8');
    await writeFile(index, html.replace('</head>', '<meta name="build" content="2">\n</head>'));
    await promisify(execFile)('python3', [precache, dir]);
    const newCache = `kernespillet-${await versionOf(dir)}`;
    assert.notEqual(newCache, oldCache);
    const build = () => page.evaluate(() => document.querySelector('meta[name="build"]')?.content ?? '1');

    // The reload is still answered by the old worker from its cache (a game never changes
    // under its players); meanwhile the browser finds the new worker, which takes over.
    await page.reload();
    await page.waitForSelector('.setup');
    assert.equal(await build(), '1');
    await eventually(async () => {
      const names = Object.keys(await cacheContents(page));
      return names.length === 1 && names[0] === newCache;
    }, `${newCache} replaces ${oldCache}`);
    assert.deepEqual((await cacheContents(page))[newCache], await buildFiles(dir));

    await page.reload();
    await page.waitForSelector('.setup');
    assert.equal(await build(), '2', 'the next load is the new build');

    await context.setOffline(true);
    await page.reload();
    await page.waitForSelector('.setup');
    assert.equal(await build(), '2', 'offline too');
    assert.deepEqual(Object.keys(await cacheContents(page)), [newCache]);

    assert.deepEqual(errors, []);
    assert.deepEqual(cspViolations, []);
    assertClean({ requests }, server.origin);
  } finally {
    await server.close();
    await rm(dir, { recursive: true, force: true });
  }
});

test('the manifest is linked and valid, and its icons load at their sizes', async () => {
  const { context, requests, errors, page } = await openPage(env);
  await page.waitForSelector('.setup');

  const href = await page.locator('link[rel="manifest"]').evaluate((link) => link.href);
  const response = await context.request.get(href);
  assert.equal(response.status(), 200);
  assert.equal(response.headers()['content-type'], 'application/manifest+json');
  const manifest = await response.json();
  assert.equal(manifest.name, 'KerneSpillet');
  assert.ok(manifest.short_name && manifest.short_name.length <= 12, 'a short name fits under an icon');
  assert.equal(manifest.lang, 'da');
  assert.match(manifest.description, /kerneopgave/);
  assert.equal(manifest.display, 'standalone');
  // Relative to the manifest (in assets/), both lead to the game's own folder.
  assert.equal(new URL(manifest.start_url, href).href, `${env.server.origin}/`);
  assert.equal(new URL(manifest.scope, href).href, `${env.server.origin}/`);
  const tokens = await readFile(join(dist, '../style/tokens.css'), 'utf8');
  const token = (name) => tokens.match(new RegExp(`--${name}: (#[0-9a-f]{6});`))[1];
  assert.equal(manifest.theme_color, token('primary'));
  assert.equal(manifest.background_color, token('paper'));
  assert.equal(await page.locator('meta[name="theme-color"]').getAttribute('content'), manifest.theme_color);

  // Chromium reads the manifest without complaint.
  const cdp = await context.newCDPSession(page);
  const { errors: manifestErrors } = await cdp.send('Page.getAppManifest');
  assert.deepEqual(manifestErrors, []);

  const icons = manifest.icons.map((icon) => ({ ...icon, url: new URL(icon.src, href).href }));
  const appleIcon = await page.locator('link[rel="apple-touch-icon"]').evaluate((link) => link.href);
  icons.push({ url: appleIcon, sizes: '180x180', type: 'image/png' });
  assert.deepEqual(
    manifest.icons.map((icon) => `${icon.sizes} ${icon.purpose}`),
    ['192x192 any', '512x512 any', '512x512 maskable'],
  );
  for (const icon of icons) {
    const loaded = await page.evaluate(async (url) => {
      const response = await fetch(url);
      const bitmap = await createImageBitmap(await response.blob());
      return { status: response.status, type: response.headers.get('content-type'), sizes: `${bitmap.width}x${bitmap.height}` };
    }, icon.url);
    assert.deepEqual(loaded, { status: 200, type: icon.type, sizes: icon.sizes }, icon.url);
  }

  assertClean({ errors, requests }, env.server.origin);
});

test('Chromium finds nothing against installing the game', async () => {
  // A test context is a private window, where Chromium only answers "in-incognito";
  // an ordinary profile on disk gets the real verdict.
  const profile = await mkdtemp(join(tmpdir(), 'kernespillet-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  });
  try {
    const requests = [];
    context.on('request', (request) => requests.push(request.url()));
    const page = await context.newPage();
    await page.goto(env.server.origin);
    await page.waitForSelector('.setup');
    await controlled(page);
    const cdp = await context.newCDPSession(page);
    assert.deepEqual(await cdp.send('Page.getInstallabilityErrors'), { installabilityErrors: [] });
    assertClean({ requests }, env.server.origin);
  } finally {
    await context.close();
    await rm(profile, { recursive: true, force: true });
  }
});

test('the Content-Security-Policy allows only this host and only the loader script', async () => {
  const { context, requests, errors, cspViolations } = await newContext(env.browser);
  cspProvoked(context);
  const page = await context.newPage();
  await page.goto(env.server.origin);
  await page.waitForSelector('.setup');

  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  const directives = new Map(policy.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...v]) => [name, v]));
  assert.deepEqual(directives.get('default-src'), ["'self'"]);
  for (const [name, sources] of directives) {
    for (const source of sources) {
      assert.ok(!/^(\*|https?:|wss?:)/.test(source) && !source.includes('.'), `${name} names no other host: ${source}`);
    }
  }
  const scripts = directives.get('script-src');
  assert.ok(!scripts.includes("'unsafe-inline'") && !scripts.includes("'unsafe-eval'"));
  assert.deepEqual(directives.get('object-src'), ["'none'"]);
  // The one hash is that of Trunk's inline loader in the build.
  const html = await readFile(join(dist, 'index.html'), 'utf8');
  // The release build's HTML is minified: the attribute may have lost its quotes.
  const loaders = [...html.matchAll(/<script type="?module"?>(.*?)<\/script>/gs)].map((m) => m[1]);
  assert.equal(loaders.length, 1);
  const hash = createHash('sha256').update(loaders[0]).digest('base64');
  assert.deepEqual(scripts.filter((s) => s.startsWith("'sha256-")), [`'sha256-${hash}'`]);

  // Injected markup and script do not run, nor does code in a string. (Playwright's own
  // evaluate is exempt from the policy, so the string goes through setTimeout.)
  assert.deepEqual(cspViolations, [], 'nothing was refused before the injection');
  const ran = await page.evaluate(async () => {
    document.body.insertAdjacentHTML('beforeend', '<img src="x" onerror="window.__xss = 1">');
    const script = document.createElement('script');
    script.textContent = 'window.__xss2 = 1';
    document.body.append(script);
    setTimeout('window.__xss3 = 1');
    await new Promise((ok) => setTimeout(ok, 300));
    return [window.__xss, window.__xss2, window.__xss3];
  });
  assert.deepEqual(ran, [undefined, undefined, undefined]);
  assert.equal(cspViolations.length, 3, `the browser refused all three:\n${cspViolations.join('\n')}`);

  // The game still works.
  await setUpGame(page, ['Nord', 'Syd']);
  await playATurn(page);
  await page.getByRole('heading', { name: 'Syd har tur' }).waitFor();

  assertClean({ errors, requests }, env.server.origin);
});
