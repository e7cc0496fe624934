// How long a team waits for its own step: from a tap on the tablet to the new view on
// the tablet (the request to the facilitator's window, applied there, the view back),
// over 50 votes given and taken back in the idea bank. Prints median and p95.
import { serveDist, launch, newContext, setUpGame, nextPhase } from '../tests/e2e/harness.mjs';

const REQUESTS = 50;
const server = await serveDist(process.argv[2]);
const browser = await launch();
const { context } = await newContext(browser);
const facilitator = await context.newPage();
await facilitator.goto(server.origin);
await setUpGame(facilitator, ['Ravnene', 'Uglerne', 'Mågerne']);
for (const phase of ['Pause', 'Kernen i én sætning', 'Idébank og stemmer']) await nextPhase(facilitator, phase);
await facilitator.locator('.add-idea-text input').fill('Fælles morgenmøde');
await facilitator.keyboard.press('Enter');
const [tablet] = await Promise.all([facilitator.waitForEvent('popup'), facilitator.locator('.tablet-button').click()]);
await tablet.setViewportSize({ width: 768, height: 1024 });
await tablet.locator('.join-team').first().click();
await tablet.waitForSelector('.ballot-row');
const times = await tablet.evaluate(async (n) => {
  const frame = () => new Promise((ok) => requestAnimationFrame(ok));
  const ours = () => document.querySelector('.ballot-ours').textContent;
  const out = [];
  for (let i = 0; i < n; i++) {
    const before = ours();
    const button = document.querySelector(i % 2 === 0 ? '.ballot-row .vote' : '.ballot-row .unvote');
    const start = performance.now();
    button.click();
    while (ours() === before) await frame();
    out.push(performance.now() - start);
  }
  return out;
}, REQUESTS);
times.sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)];
const p95 = times[Math.floor(times.length * 0.95)];
console.log(`Tablet request to new view on the tablet: median ${median.toFixed(1)} ms, p95 ${p95.toFixed(1)} ms over ${REQUESTS} requests`);
await browser.close();
await server.close();
