// Issue 18's figures: how long the session report takes to appear for a full session
// (the bench's long game — 6 teams, 40 turns — cut to 60 ideas), from the click on the
// list's "Rapport" to the report's last section in the DOM; and one replay step, from
// the click on "Et skridt frem" to the next step shown.
//   node scripts/bench-report.mjs SESSION.json [dist-dir]
// Ends with a `BENCH {json}` line, for scripts/bench-table.mjs.
import { readFile } from 'node:fs/promises';
import { serveDist, launch, newContext } from '../tests/e2e/harness.mjs';
import { medianAndP95 } from './bench-votes.mjs';

const IDEAS = 60;
const OPENINGS = 12;
const STEPS = 80;

const session = JSON.parse(await readFile(process.argv[2], 'utf8'));
// Keep the first 60 ideas and whatever points to them.
const kept = new Set(session.ideas.ideas.slice(0, IDEAS).map((i) => i.id));
session.ideas.ideas = session.ideas.ideas.slice(0, IDEAS).map((i) => (i.group && !kept.has(i.group) ? { ...i, group: undefined } : i));
session.ideas.votes = Object.fromEntries(Object.entries(session.ideas.votes ?? {}).filter(([id]) => kept.has(Number(id))));
for (const a of session.plan?.activities ?? []) if (a.idea && !kept.has(a.idea)) delete a.idea;
const text = JSON.stringify(session);

const server = await serveDist(process.argv[3]);
const browser = await launch();
const { context } = await newContext(browser);
const page = await context.newPage();
await page.goto(server.origin);
await page.waitForSelector('.setup, .start');
await page.evaluate(([key, text]) => localStorage.setItem(key, text), [`kernespillet.sessions.${session.id}`, text]);
await page.reload();
await page.locator('.start, .setup').first().waitFor();
if (!(await page.locator('.start').count())) await page.getByRole('button', { name: 'Alle spil' }).click();

const report = await page.evaluate(async ([id, n]) => {
  const frame = () => new Promise((ok) => requestAnimationFrame(() => ok()));
  const out = [];
  for (let i = 0; i < n; i++) {
    const open = document.querySelector(`[data-session="${id}"] .report-open`);
    const start = performance.now();
    open.click();
    while (!document.querySelector('.report-talked')) await frame();
    out.push(performance.now() - start);
    document.querySelector('.report-close').click();
    while (!document.querySelector('.start')) await frame();
  }
  return out;
}, [session.id, OPENINGS]);

await page.locator(`[data-session="${session.id}"] .report-open`).click();
await page.locator('.report-replay').click();
await page.locator('.replay').waitFor();
const steps = await page.evaluate(async (n) => {
  const task = () => new Promise((ok) => { const c = new MessageChannel(); c.port1.onmessage = () => ok(); c.port2.postMessage(0); });
  const replay = document.querySelector('.replay');
  const out = [];
  for (let i = 0; i < n; i++) {
    const before = replay.dataset.step;
    const start = performance.now();
    document.querySelector('.replay-forward').click();
    while (replay.dataset.step === before) await task();
    out.push(performance.now() - start);
  }
  return out;
}, STEPS);
const last = Number(await page.locator('.replay').getAttribute('data-last'));

console.log(`Report of the long session (${session.teams.length} teams, ${session.turns_played} turns, ${IDEAS} ideas), click → in the DOM: ${medianAndP95(report)} (n=${OPENINGS})`);
console.log(`Replay of it (${last + 1} steps), one step click → DOM: ${medianAndP95(steps)} (n=${STEPS})`);
const p = (times, q) => [...times].sort((a, b) => a - b)[Math.min(times.length - 1, Math.floor(times.length * q))];
console.log(`BENCH ${JSON.stringify({ report: { open50: p(report, 0.5), open95: p(report, 0.95), step50: p(steps, 0.5), step95: p(steps, 0.95), steps: last + 1 } })}`);
await browser.close();
await server.close();
