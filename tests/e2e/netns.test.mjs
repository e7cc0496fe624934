// The live link between two hosts, where this machine lets root make network
// namespaces: the facilitator's Chromium in one namespace and the tablet's in another,
// joined by a veth pair (two devices on one Wi-Fi), join and play across it, and the
// tablet walking out of range is noticed on both sides and rejoins with a scan; and a pair
// of namespaces with no route between them (a guest Wi-Fi that keeps devices apart)
// makes the tablet say within about 15 seconds that it cannot find the facilitator's
// computer, with the hotspot and the notebook as the ways on. Each namespace serves the
// game on its own 127.0.0.1. Where namespaces cannot be made, the journeys say so and
// are skipped (the loopback journeys in live.test.mjs still run).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { chmod, writeFile } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { join } from 'node:path';
import { newContext, setUpGame, storedSession, waitForStored, shots } from './harness.mjs';
import { FRAME, writeY4m, launchWithCamera } from './camera.mjs';
import { handshake } from './live-steps.mjs';

const BLANK = new Uint8Array(FRAME.width * FRAME.height).fill(255);
const SPACES = ['ks-fac', 'ks-tab', 'ks-iso-fac', 'ks-iso-tab'];
const started = [];

function ip(...args) {
  execFileSync('ip', args, { stdio: 'pipe' });
}

function removeSpaces() {
  for (const space of SPACES) {
    try { ip('netns', 'del', space); } catch { /* not there */ }
  }
}

/** Make the namespaces, or say why not. */
function makeSpaces() {
  try {
    removeSpaces();
    for (const space of SPACES) {
      ip('netns', 'add', space);
      ip('-n', space, 'link', 'set', 'lo', 'up');
    }
    // Two devices on one network.
    ip('link', 'add', 'ks-veth-f', 'type', 'veth', 'peer', 'name', 'ks-veth-t');
    ip('link', 'set', 'ks-veth-f', 'netns', 'ks-fac');
    ip('link', 'set', 'ks-veth-t', 'netns', 'ks-tab');
    ip('-n', 'ks-fac', 'addr', 'add', '10.77.0.1/24', 'dev', 'ks-veth-f');
    ip('-n', 'ks-tab', 'addr', 'add', '10.77.0.2/24', 'dev', 'ks-veth-t');
    ip('-n', 'ks-fac', 'link', 'set', 'ks-veth-f', 'up');
    ip('-n', 'ks-tab', 'link', 'set', 'ks-veth-t', 'up');
    // Two devices on one wire, each in a network of its own, with no route between
    // them: packets from one cannot reach the other.
    ip('link', 'add', 'ks-iso-f', 'type', 'veth', 'peer', 'name', 'ks-iso-t');
    ip('link', 'set', 'ks-iso-f', 'netns', 'ks-iso-fac');
    ip('link', 'set', 'ks-iso-t', 'netns', 'ks-iso-tab');
    ip('-n', 'ks-iso-fac', 'addr', 'add', '10.78.1.1/24', 'dev', 'ks-iso-f');
    ip('-n', 'ks-iso-tab', 'addr', 'add', '10.78.2.1/24', 'dev', 'ks-iso-t');
    ip('-n', 'ks-iso-fac', 'link', 'set', 'ks-iso-f', 'up');
    ip('-n', 'ks-iso-tab', 'link', 'set', 'ks-iso-t', 'up');
    return null;
  } catch (error) {
    removeSpaces();
    return String(error.stderr ?? error.message).trim().split('\n')[0];
  }
}

const cannot = makeSpaces();
if (cannot) console.log(`# network namespaces cannot be made here (${cannot}): the cross-host journeys are skipped`);

/** The game served inside `space`, on its own 127.0.0.1. */
async function serveIn(space) {
  const child = spawn('ip', ['netns', 'exec', space, process.execPath, new URL('./serve-dist.mjs', import.meta.url).pathname], { stdio: ['ignore', 'pipe', 'inherit'] });
  started.push(child);
  const [url] = await createInterface({ input: child.stdout })[Symbol.asyncIterator]().next().then((r) => [r.value]);
  return url;
}

/** A Chromium running inside `space`, its camera showing `camera`'s frames. */
async function chromiumIn(space, camera) {
  const path = join(shots, `chromium-in-${space}.sh`);
  await writeFile(path, `#!/bin/sh\nexec ip netns exec ${space} ${process.env.CHROMIUM ?? '/usr/bin/chromium'} "$@"\n`);
  await chmod(path, 0o755);
  const browser = await launchWithCamera(await writeY4m(camera, [BLANK], 2), path);
  started.push(browser);
  return browser;
}

/** The facilitator's game in `browser` (served at `url`), with the dialog open and its
 *  camera off until there is an answer. */
async function facilitatorAt(browser, url) {
  const recorded = await newContext(browser, { width: 1280, height: 800 });
  const page = await recorded.context.newPage();
  await page.goto(url);
  await setUpGame(page, ['Ravnene', 'Uglerne']);
  await page.getByRole('button', { name: 'Forbind tablets' }).click();
  await page.locator('.stop-camera').click();
  return page;
}

async function tabletAt(browser, url) {
  const { context } = await newContext(browser, { width: 768, height: 1024 });
  const page = await context.newPage();
  await page.goto(`${url}?view=tablet`);
  await page.locator('.scan-join-code').waitFor();
  return page;
}

after(async () => {
  for (const thing of started.reverse()) {
    if (typeof thing.close === 'function') await thing.close().catch(() => {});
    else thing.kill('SIGTERM');
  }
  removeSpaces();
});

test('two hosts on one network: the tablet joins and plays across it', { skip: cannot ?? false }, async () => {
  const cameras = { facilitator: 'netns-facilitator.y4m', tablet: 'netns-tablet.y4m' };
  const [facilitatorUrl, tabletUrl] = await Promise.all([serveIn('ks-fac'), serveIn('ks-tab')]);
  const facilitator = await facilitatorAt(await chromiumIn('ks-fac', cameras.facilitator), facilitatorUrl);
  const tablet = await tabletAt(await chromiumIn('ks-tab', cameras.tablet), tabletUrl);
  await handshake(facilitator, tablet, 0, cameras);
  await tablet.locator('.tablet-header h1', { hasText: 'Ravnene' }).waitFor();
  await facilitator.locator('.close-connect').click();
  await tablet.getByRole('button', { name: 'Slå med terningen' }).click();
  await tablet.waitForSelector('.target-choice');
  await waitForStored(facilitator, 'the tablet rolled', (s) => s.stage.stage === 'choosing_target');
  // The tablet's namespace has no way to the facilitator's but the veth pair: its own
  // 127.0.0.1 serves another copy of the game, and nothing else is there.
  assert.equal((await storedSession(facilitator)).teams.length, 2);

  // The tablet walks out of range (its network goes): the facilitator notices within
  // seconds, the tablet says so and offers to scan again; back in range, one scan.
  await facilitator.getByRole('button', { name: 'Forbind tablets (1)' }).waitFor();
  const gone = Date.now();
  ip('-n', 'ks-tab', 'link', 'set', 'ks-veth-t', 'down');
  await facilitator.getByRole('button', { name: 'Forbind tablets', exact: true }).waitFor({ timeout: 15_000 });
  const noticed = (Date.now() - gone) / 1000;
  await tablet.getByRole('heading', { name: 'Forbindelsen til spillet er væk' }).waitFor({ timeout: 25_000 });
  const said = (Date.now() - gone) / 1000;
  console.log(`# out of range: the facilitator noticed after ${noticed.toFixed(1)} s, the tablet said so after ${said.toFixed(1)} s`);
  assert.ok(noticed <= 10, `the facilitator noticed after ${noticed} s`);
  assert.ok(said <= 16, `the tablet said so after ${said} s`);
  ip('-n', 'ks-tab', 'link', 'set', 'ks-veth-t', 'up');
  await facilitator.locator('.connect-tablets').click();
  await facilitator.locator('.stop-camera').click();
  await handshake(facilitator, tablet, 0, cameras);
  await tablet.locator('.target-choice').first().waitFor();
});

test('two hosts that cannot see each other: the tablet says so within about 15 s', { skip: cannot ?? false }, async () => {
  const cameras = { facilitator: 'netns-iso-facilitator.y4m', tablet: 'netns-iso-tablet.y4m' };
  const [facilitatorUrl, tabletUrl] = await Promise.all([serveIn('ks-iso-fac'), serveIn('ks-iso-tab')]);
  const facilitator = await facilitatorAt(await chromiumIn('ks-iso-fac', cameras.facilitator), facilitatorUrl);
  const tablet = await tabletAt(await chromiumIn('ks-iso-tab', cameras.tablet), tabletUrl);
  await handshake(facilitator, tablet, 0, cameras, { live: false });
  const shown = Date.now();
  await tablet.locator('.join-state', { hasText: 'Leder efter facilitatorens computer' }).waitFor();
  const alert = tablet.locator('.cannot-see');
  await alert.waitFor({ timeout: 25_000 });
  const seconds = (Date.now() - shown) / 1000;
  console.log(`# "cannot see each other" said after ${seconds.toFixed(1)} s`);
  assert.ok(seconds >= 13 && seconds <= 20, `said after ${seconds} s`);
  const text = await alert.innerText();
  assert.match(text, /Tabletten kan ikke finde facilitatorens computer/);
  assert.match(text, /hotspot/);
  assert.match(text, /notesbog/);
  await alert.getByRole('button', { name: 'Scan koden igen' }).waitFor();
  await alert.getByRole('link', { name: 'Åbn holdets notesbog' }).waitFor();
  await tablet.screenshot({ path: join(shots, 'live-tablet-cannot-see-768x1024.png') });
});
