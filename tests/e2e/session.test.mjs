// A whole facilitated session: agenda, guided card rounds, ideas, votes, the
// handleplan, its three downloads and the printed page — with reloads in every phase.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import {
  withBrowser, newContext, assertClean, storedSession, nextPhase, waitForPhase, drawCard, download, shots,
} from './harness.mjs';

const env = withBrowser();

async function reloadInto(page, phase) {
  await page.reload();
  await waitForPhase(page, phase);
}

const IDEAS = ['Fælles morgenmøde hver mandag', 'Kort morgenmøde om ugens borgere', 'Spørg borgerne hvert kvartal'];

test('a whole session: play with guided rounds, ideas, votes, three activities, downloads and print', async () => {
  const { context, requests, errors } = await newContext(env.browser);
  const page = await context.newPage();
  await page.clock.install();
  await page.goto(env.server.origin);
  await page.waitForSelector('.setup');
  await page.locator('.core-task textarea').fill('Vi hjælper borgerne til at klare sig selv.');
  await page.getByRole('button', { name: 'Start spillet' }).click();
  await page.waitForSelector('.opening');
  assert.match(await page.locator('.opening').innerText(), /Vi hjælper borgerne til at klare sig selv\./);
  assert.match(await page.locator('.phase-time').innerText(), /1[45]:[0-5][0-9] tilbage/);
  await page.screenshot({ path: join(shots, 'session-opening-1920x1080.png') });
  await reloadInto(page, 'Velkomst');

  // The agenda can be changed: a phase skipped and taken back, play made longer.
  await page.getByRole('button', { name: 'Dagsorden' }).click();
  await page.locator('[data-phase="Break"] .skip').click();
  let session = await storedSession(page);
  assert.equal(session.agenda.plan.find((p) => p.phase === 'break').skipped, true);
  assert.match(await page.locator('[data-phase="Break"]').innerText(), /springes over/);
  await page.locator('[data-phase="Break"] .skip').click();
  await page.locator('[data-phase="Play"]').getByRole('button', { name: '5 minutter længere' }).click();
  assert.match(await page.locator('[data-phase="Play"]').innerText(), /90 min\./);
  await page.keyboard.press('Escape');
  session = await storedSession(page);
  assert.equal(session.agenda.plan.find((p) => p.phase === 'break').skipped, false);
  assert.equal(session.agenda.plan.find((p) => p.phase === 'play').minutes, 90);

  await nextPhase(page, 'Stolthedsrunde');
  await reloadInto(page, 'Stolthedsrunde');
  await nextPhase(page, 'Spil');

  // One card, guided: silent thinking, then the round, with a pass and the leader last.
  session = await drawCard(page);
  const players = session.teams[session.active_team].players;
  assert.match(await page.locator('.round').innerText(), /Tænk stille over kortet/);
  await page.clock.fastForward('00:31');
  await page.locator('.round.speaking').waitFor();
  assert.match(await page.locator('.round').innerText(), new RegExp(`Spiller 1 af ${players} har ordet`));
  await page.getByRole('button', { name: 'Står over' }).click();
  assert.match(await page.locator('.round').innerText(), new RegExp(`Spiller 2 af ${players} har ordet`));
  for (let i = 0; i < players - 1; i++) await page.getByRole('button', { name: 'Næste', exact: true }).click();
  assert.match(await page.locator('.round').innerText(), new RegExp(`Spiller 1 af ${players} har ordet`), 'the passer speaks at the end');
  await page.getByRole('button', { name: 'Står over' }).click();
  await page.getByText('Man kan kun stå over én gang.').waitFor();
  await page.getByRole('button', { name: 'Næste', exact: true }).click();
  assert.match(await page.locator('.round').innerText(), /Lederen har ordet – til sidst/);
  await reloadInto(page, 'Spil');
  assert.match(await page.locator('.round').innerText(), /Lederen har ordet/, 'the round survives a reload');
  await page.getByRole('button', { name: 'Næste', exact: true }).click();
  assert.match(await page.locator('.round').innerText(), /Ordet er frit for alle/);
  await page.getByRole('button', { name: '+1 minut' }).click();
  assert.match(await page.locator('.round-clock').innerText(), /^2:5\d|^3:00$/);
  await page.screenshot({ path: join(shots, 'session-round-1920x1080.png') });

  // Ideas: an empty one is refused, then one is saved, tagged with the card.
  await page.getByRole('button', { name: 'Gem idéen' }).click();
  await page.getByText('Skriv idéen, før I gemmer den.').waitFor();
  await page.locator('.idea-input').fill(IDEAS[0]);
  await page.getByRole('button', { name: 'Gem idéen' }).click();
  await page.locator('.saved-ideas', { hasText: IDEAS[0] }).waitFor();
  session = await storedSession(page);
  assert.equal(session.ideas.ideas[0].card, session.stage.id);
  await page.getByRole('button', { name: 'Færdig – næste hold' }).click();

  // Undo takes back "done"; a roll cannot be undone.
  await page.getByRole('button', { name: 'Fortryd sidste træk' }).click();
  assert.equal((await storedSession(page)).stage.stage, 'card');
  await page.getByRole('button', { name: 'Færdig – næste hold' }).click();
  await page.locator('button.roll').click();
  assert.equal(await page.getByRole('button', { name: 'Fortryd sidste træk' }).count(), 0);

  // Two more teams, skipping through the stages.
  for (const idea of IDEAS.slice(1)) {
    await drawCard(page);
    for (let i = 0; i < 3; i++) await page.locator('.round .skip-stage').click();
    await page.locator('.round.done').waitFor();
    await page.locator('.idea-input').fill(idea);
    // The last idea is typed but not saved: "done" saves it rather than lose it.
    if (idea !== IDEAS[2]) await page.getByRole('button', { name: 'Gem idéen' }).click();
    await page.getByRole('button', { name: 'Færdig – næste hold' }).click();
    if ((await storedSession(page)).stage.stage === 'awaiting_roll') continue;
  }
  assert.equal((await storedSession(page)).ideas.ideas.length, 3);

  await page.setViewportSize({ width: 768, height: 1024 });
  await page.screenshot({ path: join(shots, 'session-play-768x1024.png') });
  await page.setViewportSize({ width: 1920, height: 1080 });

  await nextPhase(page, 'Pause');
  await reloadInto(page, 'Pause');
  assert.match(await page.locator('.countdown').innerText(), /^\d+:\d\d$/);
  await nextPhase(page, 'Kernen i én sætning');
  await page.locator('.core-task-final').fill('Vi giver borgerne mod og hjælp til at klare deres hverdag selv.');
  await reloadInto(page, 'Kernen i én sætning');
  assert.equal(await page.locator('.core-task-final').inputValue(), 'Vi giver borgerne mod og hjælp til at klare deres hverdag selv.');
  assert.match(await page.locator('.kernen').innerText(), /Vi hjælper borgerne til at klare sig selv\./);

  // Idea bank: group the two morning-meeting ideas, vote, take a vote back.
  await nextPhase(page, 'Idébank og stemmer');
  await page.locator('.idea', { hasText: IDEAS[0] }).locator('.idea-select input').check();
  await page.locator('.idea', { hasText: IDEAS[1] }).locator('.idea-select input').check();
  await page.getByRole('button', { name: 'Saml valgte' }).click();
  assert.equal(await page.locator('.idea-list > .idea').count(), 2);
  const grouped = page.locator('.idea', { hasText: IDEAS[0] });
  for (let i = 0; i < 3; i++) await grouped.locator('.vote').click();
  await page.locator('.idea', { hasText: IDEAS[2] }).locator('.vote').click();
  await grouped.locator('.unvote').click();
  session = await storedSession(page);
  const allowance = session.teams[0].players * 3;
  assert.match(await page.locator('.voter-choice[data-team="0"]').innerText(), new RegExp(`Stemmer tilbage: ${allowance - 3}`));
  await reloadInto(page, 'Idébank og stemmer');
  const ranked = await page.locator('.ranked li').allInnerTexts();
  assert.equal(ranked.length, 2);
  assert.match(ranked[0], new RegExp(`${IDEAS[0]} \\(\\+1\\)[\\s\\S]*Stemmer: 2`));
  assert.match(ranked[1], /Stemmer: 1/);
  await page.screenshot({ path: join(shots, 'session-ideas-1920x1080.png') });
  await page.setViewportSize({ width: 768, height: 1024 });
  await page.screenshot({ path: join(shots, 'session-ideas-768x1024.png') });
  await page.setViewportSize({ width: 1920, height: 1080 });

  // Handleplan: exactly three; a fourth cannot be added.
  await nextPhase(page, 'Handleplan');
  await page.locator('.plan-ideas li', { hasText: IDEAS[0] }).locator('.make-activity').click();
  await page.locator('.plan-ideas li', { hasText: IDEAS[2] }).locator('.make-activity').click();
  await page.getByRole('button', { name: 'Ny aktivitet uden idé' }).click();
  assert.ok(await page.getByRole('button', { name: 'Ny aktivitet uden idé' }).isDisabled(), 'no fourth activity');
  assert.match(await page.locator('.plan-problems').innerText(), /Aktivitet 3 mangler »Hvad«/);
  const fill = async (n, values) => {
    const activity = page.locator(`.activity[data-activity="${n}"]`);
    if (values.what) await activity.locator('.what textarea').fill(values.what);
    await activity.locator('.why textarea').fill(values.why);
    await activity.locator('.category select').selectOption(values.category);
    await activity.locator('.owner input').fill(values.owner);
    await activity.locator('.deadline input').fill(values.deadline);
    await activity.locator('.first-step input').fill(values.firstStep);
  };
  await fill(0, { why: 'Så alle kender ugens borgere', category: 'samarbejde', owner: 'Mette', deadline: '2026-12-14', firstStep: 'Book lokalet' });
  await fill(1, { why: 'Borgerens stemme skal høres', category: 'for_hvem', owner: 'Ali', deadline: '2027-03-01', firstStep: 'Skriv tre spørgsmål' });
  await fill(2, { what: 'Ryd op i møderne, "kortere og færre"', why: 'Mere tid hos borgerne', category: 'prioritering', owner: 'Sanne', deadline: '2027-01-31', firstStep: 'Liste over faste møder' });
  await page.locator('.plan-complete').waitFor();
  await reloadInto(page, 'Handleplan');
  await page.locator('.plan-complete').waitFor();
  await page.screenshot({ path: join(shots, 'session-plan-1920x1080.png'), fullPage: true });

  // Check-out: not finished without a follow-up date; downloads; print; finish.
  await nextPhase(page, 'Afslutning');
  assert.ok(await page.getByRole('button', { name: 'Afslut sessionen' }).isDisabled());
  await page.locator('.follow-up input').fill('2027-02-01');
  const md = await download(page, () => page.locator('.export-md').click());
  assert.equal(md.name, 'handleplan.md');
  assert.match(md.text, /^# Handleplan\n/);
  assert.match(md.text, /\*\*Kerneopgave:\*\* Vi giver borgerne mod og hjælp til at klare deres hverdag selv\./);
  assert.match(md.text, /## Aktivitet 1: Fælles morgenmøde hver mandag\n\n- \*\*Hvorfor:\*\* Så alle kender ugens borgere\n- \*\*Kategori:\*\* Samarbejde på tværs\n- \*\*Ejer:\*\* Mette/);
  assert.match(md.text, /\*\*Opfølgning:\*\* 2027-02-01/);
  const csv = await download(page, () => page.locator('.export-csv').click());
  assert.ok(csv.text.startsWith('\uFEFF'), 'a byte-order mark for spreadsheets');
  const lines = csv.text.slice(1).trim().split('\r\n');
  assert.equal(lines.length, 4, 'a header and three activities');
  assert.match(lines[3], /^"3";"Ryd op i møderne, ""kortere og færre""";"Mere tid hos borgerne";"Prioritering & ressourcer";"Sanne"/);
  const json = JSON.parse((await download(page, () => page.locator('.export-json').click())).text);
  assert.equal(json.format, 'kernespillet-handleplan');
  assert.equal(json.activities.length, 3);
  assert.deepEqual(json.activities.map((a) => a.owner), ['Mette', 'Ali', 'Sanne']);
  assert.equal(json.follow_up, '2027-02-01');

  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.locator('.app-header').isVisible(), false, 'no app chrome on paper');
  assert.equal(await page.locator('.print-plan .print-activity').count(), 3);
  await page.screenshot({ path: join(shots, 'session-print-a4.png'), fullPage: true });
  await page.emulateMedia({ media: 'screen' });

  await page.getByRole('button', { name: 'Afslut sessionen' }).click();
  await page.getByText('Sessionen er afsluttet. Tak for i dag!').waitFor();
  await reloadInto(page, 'Afslutning');
  await page.getByText('Sessionen er afsluttet. Tak for i dag!').waitFor();
  await page.screenshot({ path: join(shots, 'session-checkout-1920x1080.png') });

  assertClean({ errors, requests }, env.server.origin);
});
