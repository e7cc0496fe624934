// Hostile text typed into every text field — team names, the core task, a session name,
// ideas, the Kernen sentence, the facilitator's notes, every activity field, a deck's
// name and its cards — is shown as text, in the control window and on the projector,
// and never runs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import {
  withBrowser, newContext, assertClean, storedSession, startGame, nextPhase, drawCard, openProjector, shots,
} from './harness.mjs';

const env = withBrowser();

// Each sets window.__xss if it ever runs; the short ones fit a team name (24 chars).
const SHORT = ['<svg onload=__xss=1>', '<img src onerror=__xss=2>'.slice(0, 24), '</script>x'];
const LONG = [
  '<img src=x onerror="window.__xss=3">',
  '</script><script>window.__xss=4</script>',
  'javascript:window.__xss=5',
  '"><iframe src="javascript:window.parent.__xss=6">',
  '<a href="javascript:window.__xss=7">klik</a>',
];

/** Nothing ran, and nothing became markup: no element made from typed text. */
async function assertInert(page, where) {
  const found = await page.evaluate(() => ({
    ran: window.__xss ?? null,
    img: document.querySelectorAll('img[onerror], img[src="x"], svg[onload], iframe').length,
    scripts: [...document.querySelectorAll('script')].filter((s) => s.textContent.includes('__xss')).length,
    links: document.querySelectorAll('a[href^="javascript:"]').length,
  }));
  assert.deepEqual(found, { ran: null, img: 0, scripts: 0, links: 0 }, where);
}

/** The typed text is on the page, as text. */
async function assertShown(page, text, where) {
  const shown = await page.evaluate((t) => document.body.innerText.includes(t) || [...document.querySelectorAll('input, textarea')].some((f) => f.value === t), text);
  assert.ok(shown, `${where}: ${text} is shown as text`);
}

test('hostile text in every field is shown as text and never runs', async () => {
  const { context, requests, errors } = await newContext(env.browser);
  const dialogs = [];
  context.on('page', (p) => p.on('dialog', (d) => { dialogs.push(d.message()); d.dismiss(); }));
  const page = await context.newPage();
  page.on('dialog', (d) => { dialogs.push(d.message()); d.dismiss(); });
  await page.goto(env.server.origin);

  // A deck: its name, a card's question and hint in both languages.
  await page.waitForSelector('.setup');
  await page.getByRole('button', { name: 'Se, vælg og ret kortene' }).click();
  await page.getByRole('button', { name: 'Lav en kopi' }).click();
  await page.getByLabel('Navn på kortsættet').fill(LONG[0]);
  await page.getByRole('button', { name: 'Nyt kort' }).click();
  await page.locator('.question-da textarea').fill(LONG[1]);
  await page.locator('.question-en textarea').fill(LONG[2]);
  await page.locator('.hint-da textarea').fill(LONG[3]);
  await page.locator('.hint-en textarea').fill(LONG[4]);
  await page.locator('.save-card').click();
  await page.locator('.card-editor').waitFor({ state: 'detached' });
  for (const text of LONG.slice(0, 2)) await assertShown(page, text, 'deck screen');
  await assertInert(page, 'deck screen');
  await page.getByRole('button', { name: 'Tilbage til opsætningen' }).click();

  // Setup: team names and the core task.
  await page.waitForSelector('.setup');
  await page.locator('.core-task textarea').fill(LONG.join(' '));
  await startGame(page, SHORT);
  await assertShown(page, LONG[0], 'opening');
  for (const name of SHORT) await assertShown(page, name, 'opening');
  await assertInert(page, 'opening');
  await nextPhase(page, 'Stolthedsrunde');
  await nextPhase(page, 'Spil');

  // Play, with the projector open: an idea and the facilitator's notes.
  const projector = await openProjector(page);
  await drawCard(page);
  await page.locator('.idea-input').fill(LONG[0]);
  await page.getByRole('button', { name: 'Gem idéen' }).click();
  await page.locator('.saved-ideas', { hasText: LONG[0] }).waitFor();
  await page.locator('.notes textarea').fill(LONG[1]);
  for (const name of SHORT) await assertShown(projector, name, 'projector in play');
  await assertInert(page, 'play');
  await assertInert(projector, 'projector in play');
  await page.getByRole('button', { name: 'Færdig – næste hold' }).click();

  // The Kernen sentence, then the ideas and the plan's every field.
  await nextPhase(page, 'Pause');
  await nextPhase(page, 'Kernen i én sætning');
  await page.locator('.core-task-final').fill(LONG[2]);
  await nextPhase(page, 'Idébank og stemmer');
  await assertShown(page, LONG[0], 'idea bank');
  await assertShown(projector, LONG[0], 'projector idea bank');
  await nextPhase(page, 'Handleplan');
  await page.getByRole('button', { name: 'Ny aktivitet uden idé' }).click();
  const activity = page.locator('.activity[data-activity="0"]');
  await activity.locator('.what textarea').fill(LONG[3]);
  await activity.locator('.why textarea').fill(LONG[4]);
  await activity.locator('.owner input').fill(LONG[0]);
  await activity.locator('.first-step input').fill(LONG[1]);
  await activity.locator('.measure input, .measure textarea').fill(LONG[2]);
  await projector.locator('.print-activity', { hasText: LONG[3] }).waitFor();
  await assertInert(page, 'handleplan');
  await assertInert(projector, 'projector handleplan');
  await page.screenshot({ path: join(shots, 'hostile-plan-1920x1080.png') });

  // A session name, in the list.
  await page.getByRole('button', { name: 'Alle spil' }).click();
  await page.getByRole('button', { name: 'Omdøb' }).click();
  await page.getByLabel('Spillets navn').fill(LONG[4]);
  await page.getByRole('button', { name: 'Gem navnet' }).click();
  await assertShown(page, LONG[4], 'session list');
  await assertInert(page, 'session list');

  // Stored exactly as typed, and still inert after a reload.
  await page.getByRole('button', { name: 'Fortsæt' }).click();
  const session = await storedSession(page);
  assert.deepEqual(session.teams.map((t) => t.name), SHORT);
  assert.equal(session.ideas.ideas[0].text, LONG[0]);
  assert.equal(session.plan.activities[0].what, LONG[3]);
  await page.reload();
  await page.waitForSelector('.phase-name');
  await assertInert(page, 'after a reload');
  assert.deepEqual(dialogs, [], 'no alert, confirm or prompt ever opened');
  assertClean({ errors, requests }, env.server.origin);
});
