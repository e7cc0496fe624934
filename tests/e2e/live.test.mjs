// The live link across devices, with no server: the facilitator's Chromium and a
// tablet's Chromium (two processes, each with a fake camera fed with frames made from a
// screenshot of the other's QR code) join by the two-code handshake, and the team plays
// its turn from the tablet over WebRTC. A request sent twice counts once; one lost on
// the way is kept through a reload and sent when the tablet rejoins with one scan of
// its team's fresh code; the facilitator sees each
// link come and go. No request leaves 127.0.0.1.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import {
  serveDist, newContext, setUpGame, storedSession, waitForStored, assertClean, shots, nextPhase,
  axeViolations,
} from './harness.mjs';
import { FRAME, writeY4m, launchWithCamera } from './camera.mjs';
import { handshake } from './live-steps.mjs';

const TEAMS = ['Ravnene', 'Uglerne'];
const TABLET = { width: 768, height: 1024 };
const LAPTOP = { width: 1280, height: 800 };
const BLANK = new Uint8Array(FRAME.width * FRAME.height).fill(255);
const env = {};

const CAMERAS = { facilitator: 'live-facilitator.y4m', tablet: 'live-tablet.y4m' };

before(async () => {
  env.server = await serveDist();
  // Each side's camera shows a white picture until the test shows it the other's code.
  env.facilitatorCamera = await writeY4m('live-facilitator.y4m', [BLANK], 2);
  env.tabletCamera = await writeY4m('live-tablet.y4m', [BLANK], 2);
  env.facilitatorBrowser = await launchWithCamera(env.facilitatorCamera);
  env.tabletBrowser = await launchWithCamera(env.tabletCamera);
});

after(async () => {
  await env.facilitatorBrowser?.close();
  await env.tabletBrowser?.close();
  await env.server?.close();
});

/** The facilitator's game with the "Forbind tablets" dialog open, its camera off until
 *  there is an answer to read. */
async function facilitatorWithDialog() {
  const recorded = await newContext(env.facilitatorBrowser, LAPTOP);
  const page = await recorded.context.newPage();
  await page.goto(env.server.origin);
  await setUpGame(page, TEAMS);
  await page.getByRole('button', { name: 'Forbind tablets' }).click();
  await page.getByRole('dialog', { name: 'Forbind holdenes tablets' }).waitFor();
  await page.locator('.stop-camera').click();
  return { ...recorded, page };
}

test('a tablet on another device joins by two scans, plays its turn, and rejoins after a reload', async () => {
  const fac = await facilitatorWithDialog();
  const { page: facilitator } = fac;
  await facilitator.screenshot({ path: join(shots, 'live-dialog-1280x800.png') });
  const tab = await newContext(env.tabletBrowser, TABLET);
  // Every message the tablet sends on the link can be sent twice, or lost (see below).
  await tab.context.addInitScript(() => {
    const send = RTCDataChannel.prototype.send;
    RTCDataChannel.prototype.send = function (data) {
      if (window.dropSends) return;
      send.call(this, data);
      if (window.sendTwice) send.call(this, data);
    };
  });
  const tablet = await tab.context.newPage();
  await tablet.goto(`${env.server.origin}/?view=tablet`);
  await tablet.getByRole('heading', { name: 'Deltag i spillet med holdets tablet' }).waitFor();
  await tablet.screenshot({ path: join(shots, 'live-tablet-join-768x1024.png') });
  assert.deepEqual(await axeViolations(tablet, 'the tablet joining by code'), []);
  assert.deepEqual(await axeViolations(facilitator, 'the Forbind tablets dialog'), []);

  await handshake(facilitator, tablet, 0, CAMERAS, {
    onAnswer: async () => {
      await tablet.screenshot({ path: join(shots, 'live-tablet-answer-768x1024.png') });
      assert.deepEqual(await axeViolations(tablet, 'the tablet showing its answer'), []);
    },
  });
  // The tablet plays for the team whose code it read, in the facilitator's game.
  await tablet.locator('.tablet-header h1', { hasText: 'Ravnene' }).waitFor();
  await tablet.waitForSelector('.phase-name');
  const game = (await storedSession(facilitator)).id;
  assert.equal(new URL(tablet.url()).searchParams.get('game'), game, 'the tablet names the game in its address');
  await facilitator.locator('.team[data-team="0"] .tablet-badge').waitFor();
  // The next team's code comes up by itself.
  await facilitator.locator('.join-code[data-team="1"]').waitFor();
  await facilitator.screenshot({ path: join(shots, 'live-dialog-one-live-1280x800.png') });
  assert.deepEqual(await axeViolations(facilitator, 'the dialog with one team live and its camera on'), []);
  await facilitator.locator('.close-connect').click();
  assert.equal(await facilitator.getByRole('button', { name: 'Forbind tablets (1)' }).count(), 1);

  // The whole turn from the tablet, across the link.
  await tablet.getByRole('button', { name: 'Slå med terningen' }).click();
  await tablet.waitForSelector('.target-choice');
  let session = await storedSession(facilitator);
  assert.equal(session.stage.stage, 'choosing_target', 'the tablet rolled in the game');
  const from = session.teams[0].position;
  await tablet.locator('.target-choice').first().click();
  session = await waitForStored(facilitator, 'the piece moved', (s) => s.teams[0].position !== from);
  if (session.stage.stage === 'choosing_category') {
    await tablet.locator('.category-choice').first().click();
    session = await waitForStored(facilitator, 'a card is on the table', (s) => s.stage.stage === 'card');
  }
  await tablet.waitForSelector('.card-question');
  await facilitator.keyboard.press('PageDown');
  await tablet.waitForSelector('.next-speaker');
  for (let i = 0; i < session.teams[0].players; i++) await tablet.getByRole('button', { name: 'Næste' }).click();

  // Every message twice on the wire: the idea still lands once.
  await tablet.evaluate(() => { window.sendTwice = true; });
  await tablet.locator('#idea-input').fill('Fælles morgenmøde hver mandag');
  await tablet.getByRole('button', { name: 'Gem idéen' }).click();
  session = await waitForStored(facilitator, 'the idea is in the game', (s) => s.ideas.ideas.length >= 1);
  await tablet.locator('#idea-input').fill('Makkerpar på tværs af vagterne');
  await tablet.getByRole('button', { name: 'Gem idéen' }).click();
  session = await waitForStored(facilitator, 'the second idea is in the game', (s) => s.ideas.ideas.length >= 2);
  await facilitator.waitForTimeout(1000);
  session = await storedSession(facilitator);
  assert.deepEqual(session.ideas.ideas.map((i) => [i.text, i.team]), [
    ['Fælles morgenmøde hver mandag', 0], ['Makkerpar på tværs af vagterne', 0],
  ], 'each idea once, with its team');
  await tablet.evaluate(() => { window.sendTwice = false; });

  // An idea saved just as the link goes (its message lost on the way) is kept on the
  // tablet, through a reload, and sent when the link is back.
  await tablet.evaluate(() => { window.dropSends = true; });
  await tablet.locator('#idea-input').fill('Tavlemøde om fredagen');
  await tablet.getByRole('button', { name: 'Gem idéen' }).click();
  await facilitator.waitForTimeout(500);
  assert.equal((await storedSession(facilitator)).ideas.ideas.length, 2, 'the lost message did not arrive');

  // The tablet reloads: its link is gone, the facilitator sees it, and one scan of the
  // team's fresh code brings it back in the same game, as the same team.
  await tablet.reload();
  await tablet.locator('.scan-join-code').waitFor();
  await tablet.screenshot({ path: join(shots, 'live-tablet-rejoin-768x1024.png') });
  assert.deepEqual(await axeViolations(tablet, 'the tablet whose link is gone'), []);
  await facilitator.getByRole('button', { name: 'Forbind tablets' }).click();
  await facilitator.locator('.team-link[data-team="0"] .link-status[data-status="lost"]').waitFor({ timeout: 10_000 });
  await facilitator.locator('.stop-camera').click();
  await handshake(facilitator, tablet, 0, CAMERAS);
  await tablet.locator('.tablet-header h1', { hasText: 'Ravnene' }).waitFor();
  session = await waitForStored(facilitator, 'the kept idea arrived', (s) => s.ideas.ideas.length === 3);
  await facilitator.waitForTimeout(500);
  assert.deepEqual((await storedSession(facilitator)).ideas.ideas.map((i) => i.text), [
    'Fælles morgenmøde hver mandag', 'Makkerpar på tværs af vagterne', 'Tavlemøde om fredagen',
  ], 'the kept idea once, nothing doubled by the rejoin');

  // The tablet leaves (its tab closes): the facilitator's window says the link is gone.
  await tablet.close();
  await facilitator.locator('.team-link[data-team="0"] .link-status[data-status="lost"]').waitFor({ timeout: 10_000 });
  assertClean(fac, env.server.origin);
  assertClean({ requests: tab.requests, errors: tab.errors }, env.server.origin);
});

test('six tablets on one facilitator: all live, and one team\'s vote reaches every tablet', async () => {
  const teams = ['Ravnene', 'Uglerne', 'Mågerne', 'Ræven', 'Bjørnene', 'Ulvene'];
  const recorded = await newContext(env.facilitatorBrowser, LAPTOP);
  const facilitator = await recorded.context.newPage();
  await facilitator.goto(env.server.origin);
  await setUpGame(facilitator, teams);
  for (const phase of ['Pause', 'Kernen i én sætning', 'Idébank og stemmer']) await nextPhase(facilitator, phase);
  await facilitator.locator('.add-idea-text input').fill('Fælles morgenmøde');
  await facilitator.keyboard.press('Enter');
  await facilitator.locator('.connect-tablets').click();
  await facilitator.locator('.stop-camera').click();
  const tablets = [];
  for (const [team, name] of teams.entries()) {
    const { context } = await newContext(env.tabletBrowser, TABLET);
    // The test can send anything on the tablet's link, past the app.
    await context.addInitScript(() => {
      const send = RTCDataChannel.prototype.send;
      RTCDataChannel.prototype.send = function (data) {
        window.rawSend = (text) => send.call(this, text);
        send.call(this, data);
      };
    });
    const tablet = await context.newPage();
    await tablet.goto(`${env.server.origin}/?view=tablet`);
    await handshake(facilitator, tablet, team, CAMERAS);
    await tablet.locator('.tablet-header h1', { hasText: name }).waitFor();
    await tablet.locator('.ballot-row').waitFor();
    tablets.push(tablet);
  }
  assert.equal(await facilitator.locator('.link-status[data-status="live"]').count(), 6, 'six links live');
  await facilitator.screenshot({ path: join(shots, 'live-dialog-six-1280x800.png') });
  await facilitator.locator('.close-connect').click();
  await facilitator.getByRole('button', { name: 'Forbind tablets (6)' }).waitFor();

  // The last team votes: the game counts it, and every tablet shows the new count.
  const start = Date.now();
  await tablets[5].locator('.ballot-row .vote').click();
  const session = await waitForStored(facilitator, 'the vote is in the game', (s) => Object.keys(s.ideas.votes).length === 1);
  assert.deepEqual(Object.values(session.ideas.votes), [{ 5: 1 }], 'one dot, from the last team');
  for (const tablet of tablets) await tablet.locator('.ballot-row .dots[aria-label="Stemmer: 1"]').waitFor({ timeout: 5000 });
  console.log(`# a vote on one of six live tablets shown on all six after ${Date.now() - start} ms`);

  // A tablet that sends garbage is dropped and said; the other five stay live.
  await tablets[3].evaluate(() => window.rawSend('{"version":1,"game":"<script>"'));
  await facilitator.getByRole('button', { name: 'Forbind tablets (5)' }).waitFor();
  await facilitator.locator('.connect-tablets').click();
  await facilitator.locator('.team-link[data-team="3"] .link-status[data-status="dropped"]', { hasText: 'sendte noget, spillet ikke kan læse' }).waitFor();
  assert.equal(await facilitator.locator('.link-status[data-status="live"]').count(), 5);
  await tablets[3].locator('.scan-join-code').waitFor();
  await tablets[3].getByRole('heading', { name: 'Forbindelsen til spillet er væk' }).waitFor();
  assert.equal(Object.keys((await storedSession(facilitator)).ideas.votes).length, 1, 'the garbage changed nothing');
  assertClean(recorded, env.server.origin);
});
