// What one keystroke costs in a text field of the game (the Kernen sentence): how much
// is written to storage while typing, and how long the page is busy per keystroke
// (from the input event until its effects have run). Prints the figures.
//   node scripts/bench-typing.mjs [dist-dir]
import { serveDist, launch, newContext, setUpGame, nextPhase } from '../tests/e2e/harness.mjs';

const TEXT = 'Vi giver borgerne mod og hjælp til at klare deres hverdag selv';
const server = await serveDist(process.argv[2]);
const browser = await launch();
const { context } = await newContext(browser);
await context.addInitScript(() => {
  window.__writes = { count: 0, bytes: 0, ms: 0 };
  const setItem = Storage.prototype.setItem;
  Storage.prototype.setItem = function (key, value) {
    const start = performance.now();
    const result = setItem.call(this, key, value);
    if (key.startsWith('kernespillet.sessions.')) {
      window.__writes.count += 1;
      window.__writes.bytes += key.length + String(value).length;
      window.__writes.ms += performance.now() - start;
    }
    return result;
  };
  // Busy time per keystroke: from the input event to a task queued after it, so the
  // work its handlers and effects do (re-render, saving) is inside.
  window.__busy = [];
  document.addEventListener('input', () => {
    const start = performance.now();
    setTimeout(() => window.__busy.push(performance.now() - start), 0);
  }, true);
});
const page = await context.newPage();
await page.goto(server.origin);
await setUpGame(page, ['Ravnene', 'Uglerne', 'Mågerne']);
for (const phase of ['Pause', 'Kernen i én sætning']) await nextPhase(page, phase);
const session = await page.evaluate(() => localStorage.getItem(`kernespillet.sessions.${sessionStorage.getItem('kernespillet.open-session')}`).length);
await page.locator('textarea.core-task-final').click();
await page.evaluate(() => { window.__writes = { count: 0, bytes: 0, ms: 0 }; window.__busy = []; });
await page.keyboard.type(TEXT, { delay: 40 });
const typing = await page.evaluate(() => ({ ...window.__writes, busy: [...window.__busy] }));
// The pause after typing: what is saved once.
await page.waitForTimeout(1500);
const after = await page.evaluate(() => window.__writes);

const keys = TEXT.length;
const busy = typing.busy.sort((a, b) => a - b);
const median = busy[Math.floor(busy.length / 2)] ?? 0;
const p95 = busy[Math.floor(busy.length * 0.95)] ?? 0;
console.log(`Typing ${keys} characters into a game's text field (session ${session} bytes):`);
console.log(`  while typing: ${typing.count} storage writes, ${typing.bytes} bytes (${(typing.bytes / keys).toFixed(0)} bytes per keystroke), ${typing.ms.toFixed(1)} ms in setItem`);
console.log(`  after the pause: ${after.count - typing.count} writes, ${after.bytes - typing.bytes} bytes`);
console.log(`  busy per keystroke: median ${median.toFixed(1)} ms, p95 ${p95.toFixed(1)} ms`);
await browser.close();
await server.close();
