// How long a team waits for its own step: from a tap on the tablet to the new view on
// the tablet (the request to the facilitator's window, applied there, the view back),
// over 50 votes given and taken back in the idea bank. Prints median and p95.
import { serveDist, launch, newContext, setUpGame, nextPhase } from '../tests/e2e/harness.mjs';
import { timeVotes, medianAndP95 } from './bench-votes.mjs';

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
await facilitator.locator('.connect-tablets').click();
const [tablet] = await Promise.all([facilitator.waitForEvent('popup'), facilitator.locator('.tablet-button').click()]);
await facilitator.locator('.close-connect').click();
await tablet.setViewportSize({ width: 768, height: 1024 });
await tablet.locator('.join-team').first().click();
await tablet.waitForSelector('.ballot-row');
const times = await timeVotes(tablet, REQUESTS);
console.log(`Tablet request to new view on the tablet: ${medianAndP95(times)} over ${REQUESTS} requests`);
await browser.close();
await server.close();
