// Issue 18: after the session. A short session on a fake clock ends with the report on
// screen, printed to an A4 PDF, the replay stepped to its end by the clicker's keys with
// the board as the saved game has it, and the follow-up downloaded as a calendar file
// that a calendar parser reads. A kept game's report opens from the list. Nothing of it
// changes the stored game; axe finds nothing on the report or the replay.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ICAL from 'ical.js';
import {
  withBrowser, newContext, assertClean, storedSession, storedText, nextPhase, drawCard, download, shots,
  sessionKey, root, axeViolations, openProjector, printed,
} from './harness.mjs';

const env = withBrowser();


/** Step the open replay to its last step with the clicker's key; how many presses. */
async function stepToTheEnd(page) {
  const replay = page.locator('.replay');
  const last = Number(await replay.getAttribute('data-last'));
  assert.ok(last > 5, `a replay of some length (${last + 1} steps)`);
  for (let i = 0; i < last; i++) await page.keyboard.press('PageDown');
  await page.waitForFunction(() => {
    const r = document.querySelector('.replay');
    return r && r.dataset.step === r.dataset.last;
  });
  return last;
}

/** The fields the replay's pieces stand on, by team. */
async function replayedFields(page) {
  return page.locator('.still-board .piece').evaluateAll((pieces) => pieces.map((p) => Number(p.dataset.field)));
}

/** The calendar text parsed by ical.js: its events' titles, whole-day dates and texts. */
function calendarEvents(text) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  assert.equal(calendar.getFirstPropertyValue('version'), '2.0');
  return calendar.getAllSubcomponents('vevent').map((vevent) => {
    const event = new ICAL.Event(vevent);
    return { title: event.summary, start: event.startDate, text: event.description, uid: event.uid };
  });
}

const ACTIVITIES = [
  { what: 'Fælles morgenmøde hver mandag', owner: 'Mette', deadline: '2027-01-15', firstStep: 'Book lokalet; send invitation' },
  { what: 'Spørg borgerne, hvad der virker', owner: 'Ali', deadline: '2027-02-01', firstStep: 'Skriv tre spørgsmål' },
  { what: 'Ryd op i møderne, "kortere og færre"', owner: 'Søren', deadline: '2027-03-01', firstStep: 'Liste over faste møder' },
];

test('a short session ends with its report, printed, replayed to the saved board and put in the calendar', async () => {
  const { context, requests, errors } = await newContext(env.browser);
  const page = await context.newPage();
  await page.clock.install();
  await page.goto(env.server.origin);
  await page.waitForSelector('.setup');
  await page.locator('.core-task textarea').fill('Vi hjælper borgerne til at klare sig selv.');
  await page.getByRole('button', { name: 'Start spillet' }).click();
  await page.waitForSelector('.opening');
  await page.clock.fastForward('19:00'); // the opening runs over its 15 minutes
  await nextPhase(page, 'Stolthedsrunde');
  await page.clock.fastForward('08:00');
  await nextPhase(page, 'Spil');

  // Three cards talked, an idea written on two of them.
  const ideas = ['Fælles morgenmøde hver mandag', 'Spørg borgerne, hvad der virker'];
  for (let turn = 0; turn < 3; turn++) {
    await drawCard(page);
    for (let i = 0; i < 3; i++) await page.locator('.round .skip-stage').click();
    await page.locator('.round.done').waitFor();
    if (ideas[turn]) {
      await page.locator('.idea-input').fill(ideas[turn]);
      await page.getByRole('button', { name: 'Gem idéen' }).click();
      await page.locator('.saved-ideas', { hasText: ideas[turn] }).waitFor();
    }
    await page.getByRole('button', { name: 'Færdig – næste hold' }).click();
    await page.clock.fastForward('10:00');
  }
  await nextPhase(page, 'Pause');
  await nextPhase(page, 'Kernen i én sætning');
  await page.locator('.core-task-final').fill('Vi giver borgerne mod og redskaber til at klare hverdagen.');
  await nextPhase(page, 'Idébank og stemmer');
  await page.locator('.idea', { hasText: ideas[0] }).locator('.vote').click();
  await page.locator('.idea', { hasText: ideas[0] }).locator('.vote').click();
  await page.locator('.idea', { hasText: ideas[1] }).locator('.vote').click();
  await nextPhase(page, 'Handleplan');
  for (const idea of ideas) await page.locator('.plan-ideas li', { hasText: idea }).locator('.make-activity').click();
  await page.getByRole('button', { name: 'Ny aktivitet uden idé' }).click();
  for (const [n, a] of ACTIVITIES.entries()) {
    const activity = page.locator(`.activity[data-activity="${n}"]`);
    if (n === 2) await activity.locator('.what textarea').fill(a.what);
    await activity.locator('.why textarea').fill('For borgernes skyld');
    await activity.locator('.category select').selectOption('samarbejde');
    await activity.locator('.owner input').fill(a.owner);
    await activity.locator('.deadline input').fill(a.deadline);
    await activity.locator('.first-step input').fill(a.firstStep);
  }
  await page.locator('.plan-complete').waitFor();
  await nextPhase(page, 'Afslutning');
  await page.locator('.follow-up input').fill('2027-01-07');
  await page.getByRole('button', { name: 'Afslut sessionen' }).click();
  await page.getByText('Sessionen er afsluttet. Tak for i dag!').waitFor();
  const before = await storedText(page);
  const saved = JSON.parse(before);
  // The room's screen: a projector window showing the game.
  const projector = await openProjector(page, { width: 1920, height: 1080 });
  await projector.locator('.phase-name', { hasText: 'Afslutning' }).waitFor();

  // The calendar from check-out: the follow-up and one entry per deadline.
  const ics = await download(page, () => page.locator('.checkout .export-ics').click());
  assert.equal(ics.name, 'opfoelgning.ics');
  assert.ok(ics.text.includes('\r\n'), 'CRLF line ends');
  const events = calendarEvents(ics.text);
  assert.equal(events.length, 4);
  assert.equal(events[0].title, 'Opfølgning på handleplanen');
  assert.equal(events[0].start.toString(), '2027-01-07');
  assert.ok(events[0].start.isDate, 'a whole day');
  for (const a of ACTIVITIES) assert.ok(events[0].text.includes(a.what), events[0].text);
  for (const [n, a] of ACTIVITIES.entries()) {
    assert.equal(events[n + 1].title, `Deadline: ${a.what}`);
    assert.equal(events[n + 1].start.toString(), a.deadline);
    assert.ok(events[n + 1].text.includes(`Ejer: ${a.owner}`) && events[n + 1].text.includes(`Første skridt: ${a.firstStep}`), events[n + 1].text);
  }
  assert.equal(new Set(events.map((e) => e.uid)).size, 4);

  // The report: both wordings of the core task, the pictures with their words.
  await page.getByRole('button', { name: 'Se rapporten' }).click();
  await page.locator('.report').waitFor();
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'report-title');
  const report = await page.locator('.report').innerText();
  assert.match(report, /Vi hjælper borgerne til at klare sig selv\./);
  assert.match(report, /Vi giver borgerne mod og redskaber til at klare hverdagen\./);
  for (const a of ACTIVITIES) assert.ok(report.includes(a.what) && report.includes(a.owner), a.what);
  assert.equal(await page.locator('.report-figure svg').count(), 5);
  const timeline = await page.locator('.figure-time').innerText();
  assert.match(timeline, /Velkomst: planlagt 15 min\., brugt 19 min\./, timeline);
  assert.match(await page.locator('.figure-time svg').textContent(), /4 min\. over/);
  assert.equal(await page.locator('.report-talked > ol > li').count(), 3, 'three cards talked');
  const votes = await page.locator('.figure-votes').innerText();
  assert.match(votes, new RegExp(`»${ideas[0]}«: 2 stemmer\\. \\(blev til aktivitet 1\\)`), votes);
  await page.screenshot({ path: join(shots, 'report-1920x1080.png'), fullPage: true });
  await page.setViewportSize({ width: 768, height: 1024 });
  const sideways = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
  assert.equal(sideways, false, 'no sideways scrolling on a tablet');
  await page.screenshot({ path: join(shots, 'report-768x1024.png'), fullPage: true });
  await page.setViewportSize({ width: 1920, height: 1080 });
  const found = await axeViolations(page, 'report');

  // On paper: A4, at most two pages, every activity there, no app around it.
  const pdf = await printed(page, 'report-a4.pdf');
  assert.ok(pdf.pages >= 1 && pdf.pages <= 2, `${pdf.pages} pages`);
  for (const a of ACTIVITIES) assert.ok(pdf.text.includes(a.owner) && pdf.text.includes(a.firstStep.split(';')[0]), a.owner);
  assert.ok(pdf.text.includes('Sådan gik tiden') && !pdf.text.includes('Udskriv rapporten'), 'the report without its buttons');

  // The replay, stepped by the clicker to the end: the board is the saved game's.
  await page.getByRole('button', { name: 'Genafspil spillet' }).click();
  await page.locator('.replay').waitFor();
  assert.match(await page.locator('.replay-sentence').innerText(), /Brikkerne står klar/);
  // The projector shows the replay too, step for step.
  await projector.locator('.projector-replay .replay-sentence', { hasText: 'Brikkerne står klar' }).waitFor();
  found.push(...(await axeViolations(page, 'replay')));
  found.push(...(await axeViolations(projector, 'replay on the projector')));
  await page.keyboard.press('PageDown');
  const rolled = await page.locator('.replay-sentence').innerText();
  assert.match(rolled, /slog [1-6]\./);
  await projector.locator('.projector-replay .replay-sentence', { hasText: rolled }).waitFor();
  await page.keyboard.press('PageUp');
  assert.equal(await page.locator('.replay').getAttribute('data-step'), '0');
  // The clicker pressed while the projector's window has the focus steps the replay.
  await projector.keyboard.press('PageDown');
  await page.locator('.replay[data-step="1"]').waitFor();
  await page.keyboard.press('PageUp');
  await page.locator('.replay[data-step="0"]').waitFor();
  await page.screenshot({ path: join(shots, 'replay-1920x1080.png') });
  await stepToTheEnd(page);
  assert.deepEqual(await replayedFields(page), saved.teams.map((t) => t.position));
  const last = await page.locator('.replay-sentence').innerText();
  await projector.locator('.projector-replay .replay-sentence', { hasText: last }).waitFor();
  assert.deepEqual(await replayedFields(projector), saved.teams.map((t) => t.position));
  assert.match(await page.locator('.replay-sentence').innerText(), new RegExp(`Aktivitet 3: ${ACTIVITIES[2].what.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
  // A phase's mark jumps there.
  await page.locator('.replay-phase[data-phase="Play"]').click();
  assert.equal(await page.locator('.replay-phase[data-phase="Play"]').getAttribute('aria-pressed'), 'true');
  await page.keyboard.press('PageDown');
  await page.keyboard.press('PageDown');
  const moved = await page.locator('.replay-sentence').innerText();
  await projector.locator('.projector-replay .replay-sentence', { hasText: moved }).waitFor();
  await projector.screenshot({ path: join(shots, 'replay-projector-1920x1080.png') });
  await page.setViewportSize({ width: 768, height: 1024 });
  await page.screenshot({ path: join(shots, 'replay-768x1024.png') });
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.keyboard.press('Escape');
  await page.locator('.replay').waitFor({ state: 'detached' });
  // Closed, the projector shows the game again.
  await projector.locator('.phase-name', { hasText: 'Afslutning' }).waitFor();
  assert.equal(await projector.locator('.projector-replay').count(), 0);
  await page.getByRole('button', { name: 'Tilbage' }).click();
  await page.locator('.checkout').waitFor();

  assert.equal(await storedText(page), before, 'the report and the replay changed nothing stored');
  assert.deepEqual(found, []);
  assertClean({ errors, requests }, env.server.origin);
});

test("a kept game's report opens from the list, and its replay ends where the game is", async () => {
  const { context, requests, errors } = await newContext(env.browser);
  const page = await context.newPage();
  const fixture = readFileSync(join(root, 'tests/fixtures/session-report.json'), 'utf8');
  const session = JSON.parse(fixture);
  await page.goto(env.server.origin);
  await page.evaluate(([key, text]) => localStorage.setItem(key, text), [sessionKey(session.id), fixture]);
  await page.reload();
  await page.locator('.start, .setup').first().waitFor();
  if (!(await page.locator('.start').count())) await page.getByRole('button', { name: 'Alle spil' }).click();
  await page.getByRole('button', { name: `Se rapporten fra ${session.name}` }).click();
  await page.locator('.report').waitFor();
  const teams = await page.locator('.figure-teams').innerText();
  for (const team of session.teams) assert.match(teams, new RegExp(`${team.name}: 5 kort`), teams);
  assert.match(await page.locator('.report-subtitle').innerText(), /124 min\. af 120 planlagte/);
  await page.getByRole('button', { name: 'Genafspil spillet' }).click();
  await page.locator('.replay').waitFor();
  await page.keyboard.press('End');
  await page.waitForFunction(() => document.querySelector('.replay')?.dataset.step === document.querySelector('.replay')?.dataset.last);
  assert.deepEqual(await replayedFields(page), session.teams.map((t) => t.position));
  // Play runs on by itself, and pauses.
  await page.keyboard.press('Home');
  await page.locator('.replay-speed select').selectOption({ label: 'Hurtig' });
  await page.getByRole('button', { name: 'Afspil', exact: true }).click();
  await page.waitForFunction(() => Number(document.querySelector('.replay')?.dataset.step) >= 2);
  await page.getByRole('button', { name: 'Pause', exact: true }).click();
  const paused = await page.locator('.replay').getAttribute('data-step');
  await page.waitForTimeout(900);
  assert.equal(await page.locator('.replay').getAttribute('data-step'), paused, 'paused stays put');
  await page.getByRole('button', { name: 'Luk genafspilningen' }).click();
  await page.getByRole('button', { name: 'Tilbage' }).click();
  await page.locator('.start').waitFor();
  assert.equal(await page.evaluate((key) => localStorage.getItem(key), sessionKey(session.id)), fixture, 'the kept game is untouched');
  assertClean({ errors, requests }, env.server.origin);
});
