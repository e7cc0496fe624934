// How long each of the facilitator's actions takes on a long session — 6 teams, 40 turns
// played, 200 ideas, made by the model itself (tests/model_session_size.rs) — from the
// click to the DOM showing its effect, and to the next frame painted; what a save costs
// (the app's `kernespillet:save` User Timing measures) and how large the saved game is.
//   node scripts/bench-actions.mjs SESSION.json [dist-dir]
// Ends with a `BENCH {json}` line of the figures, for scripts/bench-table.mjs.
import { readFile } from 'node:fs/promises';
import { serveDist, launch, newContext, nextPhase } from '../tests/e2e/harness.mjs';

const TURNS = 16;
const VOTES = 24;
const GROUPS = 8;

const text = await readFile(process.argv[2], 'utf8');
const id = JSON.parse(text).id;
const server = await serveDist(process.argv[3]);
const browser = await launch();
const { context } = await newContext(browser);
const page = await context.newPage();
await page.goto(server.origin);
await page.waitForSelector('.setup, .saved-games');
await page.evaluate(([key, id, text]) => {
  localStorage.setItem(key, text);
  sessionStorage.setItem('kernespillet.open-session', id);
}, [`kernespillet.sessions.${id}`, id, text]);
await page.reload();
await page.waitForSelector('button.roll');

// In the page: click `selector`, then wait until the check `check(arg)` holds. The DOM
// time is taken at the first check after the click's own work and the effects it queued
// (a fresh task), the paint time after the next animation frame. (The page's CSP allows
// no code from strings, so the checks are defined here, once.)
await page.evaluate(() => {
  const count = (selector) => document.querySelectorAll(selector).length;
  const checks = {
    targets: () => count('.field.target') > 0,
    moved: () => document.querySelector('.card, .category-choice') !== null && count('.field.target') === 0,
    card: () => document.querySelector('.card') !== null,
    more: ([selector, n]) => count(selector) > n,
    fewer: ([selector, n]) => count(selector) < n,
    changed: ([selector, nth, text]) => document.querySelectorAll(selector)[nth]?.textContent !== text,
    shows: ([selector, text]) => document.querySelector(selector)?.textContent === text,
    rollable: () => document.querySelector('button.roll') !== null,
  };
  window.__time = async (selector, check, arg) => {
    const task = () => new Promise((ok) => { const c = new MessageChannel(); c.port1.onmessage = () => ok(); c.port2.postMessage(0); });
    const frame = () => new Promise((ok) => requestAnimationFrame(() => ok()));
    const element = document.querySelector(selector);
    if (!element) throw new Error(`nothing to click: ${selector}`);
    const start = performance.now();
    element.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
    await task();
    let polls = 0;
    while (!checks[check](arg)) {
      if (++polls > 600) throw new Error(`no effect seen after ${selector}`);
      await (polls < 50 ? task() : frame());
    }
    const dom = performance.now() - start;
    await frame();
    await task();
    return { dom, paint: performance.now() - start };
  };
});

const times = {};
const record = (action, t) => (times[action] ??= []).push(t);

/** Time `selector`'s click until the page's check `check(arg)` holds. */
async function time(action, selector, check, arg = null) {
  record(action, await page.evaluate(([s, c, a]) => window.__time(s, c, a), [selector, check, arg]));
}

await page.evaluate(() => performance.clearMeasures('kernespillet:save'));
for (let turn = 0; turn < TURNS; turn++) {
  await time('roll', 'button.roll', 'targets');
  // A hub or headquarters when the roll reaches one, so the category choice is timed too.
  const special = '.field.target.hub, .field.target.hq';
  await time('move', (await page.locator(special).count()) ? special : '.field.target', 'moved');
  if (await page.locator('.category-choice').count()) {
    await time('choose category', '.category-choice', 'card');
  }
  // The card round: an idea saved, each speaker in turn, then the card finished.
  const idea = `Idé fra turen ${turn + 1}: en fast tid til at tale om det`;
  await page.locator('.idea-input').fill(idea);
  await time('save idea', '.save-idea', 'shows', ['.last-idea', idea]);
  // The silent minute skipped, each speaker handed the floor in turn.
  for (let step = 0; step < 12; step++) {
    if (await page.locator('.next-speaker').isVisible()) {
      const title = await page.locator('.round-title').textContent();
      await time('next speaker', '.next-speaker', 'changed', ['.round-title', 0, title]);
    } else if (await page.locator('.skip-stage').isVisible()) {
      await page.locator('.skip-stage').click();
    } else {
      break;
    }
  }
  await time('card done', '.card-done', 'rollable');
}

// The idea bank with the 200 ideas (and the few just saved): votes and groups.
for (const phase of ['Pause', 'Kernen i én sætning', 'Idébank og stemmer']) await nextPhase(page, phase);
await page.waitForSelector('.idea .vote');
for (let i = 0; i < VOTES; i++) {
  // A dot given, then the same dot taken back.
  const idea = await page.locator('.idea').nth(Math.floor(i / 2) % 8).getAttribute('data-idea');
  const dots = `[data-idea="${idea}"] .dots`;
  const before = await page.locator(dots).first().textContent();
  const button = `[data-idea="${idea}"] ${i % 2 === 0 ? '.vote' : '.unvote'}`;
  await time('vote', button, 'changed', [dots, 0, before]);
}
for (let i = 0; i < GROUPS; i++) {
  const ideas = page.locator('.idea-list > .idea');
  const before = await ideas.count();
  await ideas.nth(2 * i).locator('.idea-select input').check();
  await ideas.nth(2 * i + 1).locator('.idea-select input').check();
  await time('group ideas', '.group-ideas', 'fewer', ['.idea-list > .idea', before]);
}

const saves = await page.evaluate(() => performance.getEntriesByName('kernespillet:save').map((e) => e.duration));
const saved = await page.evaluate((key) => localStorage.getItem(key).length, `kernespillet.sessions.${id}`);
await browser.close();
await server.close();

const quantile = (list, q) => {
  const sorted = [...list].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))];
};
const result = { actions: {}, save: {}, saved: { start: text.length, end: saved } };
console.log(`Actions on a 6-team session after 40 turns with 200 ideas (${text.length} bytes saved), click → DOM / → next frame painted:`);
for (const [action, list] of Object.entries(times)) {
  const dom = list.map((t) => t.dom);
  const paint = list.map((t) => t.paint);
  result.actions[action] = { n: list.length, p50: quantile(dom, 0.5), p95: quantile(dom, 0.95), paint95: quantile(paint, 0.95) };
  console.log(`  ${action.padEnd(16)} n=${String(list.length).padStart(3)}  median ${quantile(dom, 0.5).toFixed(1)} ms, p95 ${quantile(dom, 0.95).toFixed(1)} ms; painted p95 ${quantile(paint, 0.95).toFixed(1)} ms`);
}
result.save = { n: saves.length, p50: quantile(saves, 0.5), p95: quantile(saves, 0.95) };
console.log(`  save (serialise, backup, write) n=${saves.length}: median ${result.save.p50.toFixed(2)} ms, p95 ${result.save.p95.toFixed(2)} ms`);
console.log(`  saved text: ${text.length} bytes at the start, ${saved} bytes after the bench's turns and votes`);
console.log(`BENCH ${JSON.stringify({ actions: result })}`);
