// Time from navigation to an interactive board (the die button rendered and enabled),
// over several loads of a stored game in headless Chromium; prints the median.
import { serveDist, launch, newContext, setUpGame } from '../tests/e2e/harness.mjs';

const LOADS = 9;
const server = await serveDist();
const browser = await launch();
const { context } = await newContext(browser);
const page = await context.newPage();
await page.goto(server.origin);
await setUpGame(page, ['Nord', 'Syd', 'Øst']);

const times = [];
for (let i = 0; i < LOADS; i++) {
  await page.goto(server.origin);
  // performance.now() counts from the start of this navigation.
  const ms = await page.waitForFunction(() => {
    const button = document.querySelector('button.roll');
    return button && !button.disabled && document.querySelectorAll('.field').length > 0 && performance.now();
  }, null, { polling: 'raf' });
  times.push(await ms.jsonValue());
}
times.sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)];
console.log(`Navigation to interactive board: median ${median.toFixed(0)} ms over ${LOADS} loads (min ${times[0].toFixed(0)}, max ${times.at(-1).toFixed(0)})`);
await browser.close();
await server.close();
