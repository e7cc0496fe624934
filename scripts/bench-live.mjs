// The live link between devices (two Chromium processes on this machine, each with a
// fake camera shown the other's QR code): how long a join takes — the tablet's scan to
// its answer on screen, and the answer read by the facilitator's camera to a live link —
// over 20 joins (six tablets, then rejoins after a reload); then, with six tablets
// live, a team's request to the new view on its tablet over the link. Prints medians
// and p95s.
import { serveDist, newContext, setUpGame, nextPhase } from '../tests/e2e/harness.mjs';
import { FRAME, writeY4m, launchWithCamera, showToCamera } from '../tests/e2e/camera.mjs';
import { timeVotes, medianAndP95 } from './bench-votes.mjs';

const TEAMS = ['Ravnene', 'Uglerne', 'Mågerne', 'Ræven', 'Bjørnene', 'Ulvene'];
const JOINS = 20;
const REQUESTS = 50;
const cameras = { facilitator: 'bench-live-facilitator.y4m', tablet: 'bench-live-tablet.y4m' };
const blank = new Uint8Array(FRAME.width * FRAME.height).fill(255);

const server = await serveDist(process.argv[2]);
const facilitatorBrowser = await launchWithCamera(await writeY4m(cameras.facilitator, [blank], 2));
const tabletBrowser = await launchWithCamera(await writeY4m(cameras.tablet, [blank], 2));
const { context } = await newContext(facilitatorBrowser, { width: 1280, height: 800 });
const facilitator = await context.newPage();
await facilitator.goto(server.origin);
await setUpGame(facilitator, TEAMS);
for (const phase of ['Pause', 'Kernen i én sætning', 'Idébank og stemmer']) await nextPhase(facilitator, phase);
await facilitator.locator('.add-idea-text input').fill('Fælles morgenmøde');
await facilitator.keyboard.press('Enter');
await facilitator.locator('.connect-tablets').click();
await facilitator.locator('.stop-camera').click();

const toAnswer = [];
const toLive = [];
/** One join of `tablet` for `team`, timed in each page's own clock. */
async function join(tablet, team) {
  await facilitator.locator(`.team-link[data-team="${team}"]`).click();
  const code = facilitator.locator(`.join-code[data-team="${team}"] svg`);
  await code.waitFor();
  await showToCamera(code, cameras.tablet);
  toAnswer.push(await tablet.evaluate(async () => {
    const start = performance.now();
    document.querySelector('.scan-join-code').click();
    while (!document.querySelector('.answer-code svg')) await new Promise((ok) => requestAnimationFrame(ok));
    return performance.now() - start;
  }));
  await showToCamera(tablet.locator('.answer-code svg'), cameras.facilitator);
  if (await facilitator.locator('.stop-camera').isVisible()) await facilitator.locator('.stop-camera').click();
  const linked = facilitator.evaluate(async (team) => {
    const status = () => document.querySelector(`.team-link[data-team="${team}"] .link-status`).dataset.status;
    const frame = () => new Promise((ok) => setTimeout(ok, 2));
    while (status() !== 'connecting' && status() !== 'live') await frame();
    const read = performance.now();
    while (status() !== 'live') await frame();
    return performance.now() - read;
  }, team);
  await facilitator.locator('.scan-answers').click();
  toLive.push(await linked);
  await tablet.locator('.ballot-row').waitFor();
}

const tablets = [];
for (const [team] of TEAMS.entries()) {
  const { context: own } = await newContext(tabletBrowser, { width: 768, height: 1024 });
  const tablet = await own.newPage();
  await tablet.goto(`${server.origin}/?view=tablet`);
  await join(tablet, team);
  tablets.push(tablet);
}
for (let i = TEAMS.length; i < JOINS; i++) {
  const team = i % TEAMS.length;
  await tablets[team].reload();
  await tablets[team].locator('.scan-join-code').waitFor();
  await join(tablets[team], team);
}
await facilitator.locator('.close-connect').click();
const live = await facilitator.locator('.connect-tablets').textContent();

const times = await timeVotes(tablets[0], REQUESTS);
const stat = (values) => medianAndP95(values, 0);
const sums = toAnswer.map((t, i) => t + toLive[i]);
console.log(`Live join, tablet's scan to its answer on screen: ${stat(toAnswer)} over ${JOINS} joins`);
console.log(`Live join, answer read by the facilitator's camera to a live link: ${stat(toLive)} over ${JOINS} joins`);
console.log(`Live join, both steps of the app together: ${stat(sums)}`);
console.log(`Live request to new view on the tablet with 6 tablets live ("${live.trim()}"): ${stat(times)} over ${REQUESTS} requests`);
await facilitatorBrowser.close();
await tabletBrowser.close();
await server.close();
