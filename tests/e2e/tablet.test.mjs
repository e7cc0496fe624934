// A team's tablet in the facilitator's game (two windows of one browser): the team
// chooses itself, plays its whole turn from the tablet, its idea lands in the game with
// its tag, its votes count; a refusal is said on the tablet and changes nothing; the
// tablet and the facilitator's window each reload and carry on. Hostile messages on the
// channel are dropped and counted. A tablet that loses the game says so and offers the
// team's notebook, whose ballot reaches the game by file. Every tablet screen passes axe
// and fits the tablet.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join as joinPath } from 'node:path';
import {
  withBrowser, openPage, setUpGame, storedSession, waitForStored, nextPhase, waitForPhase, assertClean, shots,
  download,
  axeViolations,
} from './harness.mjs';

const env = withBrowser();
const CHANNEL = 'kernespillet-presenter';

/** Open a team's tablet from the facilitator's "Forbind tablets", at tablet size. */
async function openTablet(facilitator, viewport = { width: 768, height: 1024 }) {
  await facilitator.getByRole('button', { name: 'Forbind tablets' }).click();
  const [tablet] = await Promise.all([
    facilitator.waitForEvent('popup'),
    facilitator.getByRole('button', { name: 'Åbn en tablet i et vindue her' }).click(),
  ]);
  await facilitator.locator('.close-connect').click();
  await tablet.setViewportSize(viewport);
  await tablet.waitForSelector('.join-team');
  return tablet;
}

/** Tap the team on the tablet's join screen and wait until the tablet shows the game. */
async function join(tablet, name) {
  await tablet.locator('.join-team', { hasText: name }).click();
  await tablet.waitForSelector('.phase-name');
  await tablet.locator('.tablet-header h1', { hasText: name }).waitFor();
}

/** Everything the page draws lies inside the window, and it cannot scroll. */
async function assertFits(page, what) {
  const over = await page.evaluate(() => {
    const out = [];
    const root = document.documentElement;
    if (root.scrollHeight > innerHeight || root.scrollWidth > innerWidth) out.push(`page ${root.scrollWidth}×${root.scrollHeight}`);
    for (const e of document.body.querySelectorAll('*')) {
      if (e.closest('.visually-hidden')) continue;
      const box = e.getBoundingClientRect();
      if (box.width && box.height && (box.bottom > innerHeight + 1 || box.right > innerWidth + 1)) out.push(`${e.tagName.toLowerCase()}.${e.className?.baseVal ?? e.className}`);
    }
    return out.slice(0, 5);
  });
  assert.deepEqual(over, [], `${what}: nothing outside the window`);
}

/** Controls smaller than 48×48 CSS px. */
function smallTargets(page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('button, input, textarea, select')]
      .filter((e) => e.getClientRects().length && !e.closest('.visually-hidden'))
      .map((e) => ({ e, box: e.getBoundingClientRect() }))
      .filter(({ box }) => box.width < 48 || box.height < 48)
      .map(({ e, box }) => `${e.className} ${Math.round(box.width)}×${Math.round(box.height)}`));
}


/** Look at (and keep) the tablet at both sizes: axe in the page's language, no scrolling,
 *  finger-sized targets. */
async function checkScreen(tablet, name) {
  for (const viewport of [{ width: 768, height: 1024 }, { width: 1024, height: 768 }]) {
    await tablet.setViewportSize(viewport);
    await tablet.waitForTimeout(150);
    await assertFits(tablet, `${name} at ${viewport.width}×${viewport.height}`);
    assert.deepEqual(await smallTargets(tablet), [], `${name}: targets ≥ 48×48`);
    await tablet.screenshot({ path: joinPath(shots, `tablet-${name}-${viewport.width}x${viewport.height}.png`) });
  }
  await tablet.setViewportSize({ width: 768, height: 1024 });
  assert.deepEqual(await axeViolations(tablet, `the tablet's ${name}`), []);
  // And in English, by the tablet's own switch.
  await tablet.getByRole('button', { name: 'English' }).click();
  await tablet.waitForFunction(() => document.documentElement.lang === 'en');
  assert.deepEqual(await axeViolations(tablet, `the tablet's ${name} in English`), []);
  await tablet.getByRole('button', { name: 'Dansk' }).click();
  await tablet.waitForFunction(() => document.documentElement.lang === 'da');
}

test('a team plays its turn, its idea and its votes from its own tablet', async () => {
  const recorded = await openPage(env);
  const { page: facilitator } = recorded;
  await setUpGame(facilitator, ['Ravnene', 'Uglerne']);
  const tablet = await openTablet(facilitator);
  await checkScreen(tablet, 'join');
  await join(tablet, 'Ravnene');
  // The facilitator sees the team's tablet with the game.
  await facilitator.locator('.team[data-team="0"] .tablet-badge').waitFor();

  // The whole turn from the tablet: roll, a field, the card, the round, an idea.
  await checkScreen(tablet, 'our-turn');
  await tablet.getByRole('button', { name: 'Slå med terningen' }).click();
  await tablet.waitForSelector('.target-choice');
  await checkScreen(tablet, 'choose-field');
  let session = await storedSession(facilitator);
  assert.equal(session.stage.stage, 'choosing_target', 'the tablet rolled in the game');
  const before = session.teams[0].position;
  await tablet.locator('.target-choice').first().click();
  session = await waitForStored(facilitator, 'the piece moved', (s) => s.teams[0].position !== before);
  if (session.stage.stage === 'choosing_category') {
    await tablet.locator('.category-choice').first().click();
    session = await waitForStored(facilitator, 'a card is on the table', (s) => s.stage.stage === 'card');
  }
  await tablet.waitForSelector('.card-question');
  // The silent minute ends on the facilitator's clicker; the round is the team's.
  await facilitator.keyboard.press('PageDown');
  await tablet.waitForSelector('.next-speaker');
  await checkScreen(tablet, 'speaking');
  const players = session.teams[0].players;
  await tablet.getByRole('button', { name: 'Står over' }).click();
  for (let i = 1; i < players; i++) await tablet.getByRole('button', { name: 'Næste' }).click();
  // The one who passed has the floor again: a second pass is refused, on the tablet.
  await tablet.getByRole('button', { name: 'Står over' }).click();
  await tablet.getByRole('alert').filter({ hasText: 'Det gik ikke: Man kan kun stå over én gang.' }).waitFor();
  await tablet.locator('#idea-input').fill('Fælles morgenmøde hver mandag');
  await tablet.getByRole('button', { name: 'Gem idéen' }).click();
  session = await waitForStored(facilitator, 'the idea is in the game', (s) => s.ideas.ideas.length === 1);
  const idea = session.ideas.ideas[0];
  assert.deepEqual([idea.text, idea.team, idea.card], ['Fælles morgenmøde hver mandag', 0, session.stage.id], 'tagged with the team and its card');
  await facilitator.locator('.saved-ideas', { hasText: 'morgenmøde' }).waitFor();

  // The tablet reloads: it is still the team's, and the game goes on from there.
  await tablet.reload();
  await tablet.locator('.tablet-header h1', { hasText: 'Ravnene' }).waitFor();
  await tablet.waitForSelector('.card-question');
  // The facilitator's window reloads: the tablet carries on with it.
  await facilitator.getByRole('button', { name: 'Færdig – næste hold' }).click();
  await facilitator.reload();
  await facilitator.waitForSelector('.phase-name');
  await tablet.getByRole('heading', { name: 'Uglerne har tur' }).waitFor();
  await checkScreen(tablet, 'waiting');
  assert.equal(await tablet.getByRole('button', { name: 'Slå med terningen' }).count(), 0, 'no roll on another team\'s turn');

  // Its votes in the idea bank, and its sentence in the Kernen phase.
  for (const phase of ['Pause', 'Kernen i én sætning']) await nextPhase(facilitator, phase);
  await tablet.locator('.suggest-kernen textarea').fill('Vi giver borgerne mod til at klare sig selv.');
  await tablet.getByRole('button', { name: 'Send til facilitatoren' }).click();
  await tablet.getByText('Sendt. Facilitatoren kan se jeres bud.').waitFor();
  await checkScreen(tablet, 'kernen');
  await facilitator.getByRole('button', { name: 'Brug buddet' }).click();
  await waitForStored(facilitator, 'the team\'s sentence is the game\'s', (s) => s.core_task_final === 'Vi giver borgerne mod til at klare sig selv.');
  await nextPhase(facilitator, 'Idébank og stemmer');
  await tablet.waitForSelector('.ballot-row');
  for (let dot = 0; dot < 2; dot++) await tablet.getByRole('button', { name: 'Giv en stemme' }).click();
  session = await waitForStored(facilitator, 'two of the team\'s dots are counted', (s) => s.ideas.votes[String(idea.id)]?.['0'] === 2);
  await tablet.locator('.votes-left', { hasText: String(players * 3 - 2) }).waitFor();
  await checkScreen(tablet, 'ballot');
  await tablet.getByRole('button', { name: 'English' }).click();
  await tablet.getByRole('heading', { name: 'Your votes' }).waitFor();
  assert.equal(await facilitator.locator('html').getAttribute('lang'), 'da', 'the tablet\'s language is its own');
  assertClean(recorded, env.server.origin);
});

test('hostile messages to the game and its tablets are dropped, counted and change nothing', async () => {
  const recorded = await openPage(env);
  const { page: facilitator } = recorded;
  await setUpGame(facilitator, ['Ravnene', 'Uglerne']);
  const tablet = await openTablet(facilitator);
  await join(tablet, 'Ravnene');
  const game = (await storedSession(facilitator)).id;
  const stored = await facilitator.evaluate((key) => localStorage.getItem(key), `kernespillet.sessions.${game}`);

  // Another page of the site speaks the protocol badly, and as a tablet of the other team.
  const intruder = await recorded.context.newPage();
  await intruder.goto(`${env.server.origin}/?view=tablet`);
  const answers = await intruder.evaluate(async ({ channel, game }) => {
    const ch = new BroadcastChannel(channel);
    const heard = [];
    ch.onmessage = (event) => heard.push(String(event.data));
    const send = (body) => ch.postMessage(JSON.stringify({ version: 1, game, from: 'w-intruder', body }));
    ch.postMessage('garbage');
    ch.postMessage('{'.repeat(10 * 1024 * 1024));
    ch.postMessage(JSON.stringify({ version: 2, game, from: 'w-intruder', body: 'hello' }));
    send({ join: { team: 1, device: 'd-intruder' } });
    await new Promise((ok) => setTimeout(ok, 300));
    // Not Uglerne's turn: refused with its reason, twice the same number: refused twice.
    send({ request: { seq: 1, request: { ask: 'roll' } } });
    send({ request: { seq: 1, request: { ask: 'roll' } } });
    // An idea sent twice under one number is added once.
    send({ request: { seq: 2, request: { ask: 'save_idea', n: 2, text: 'Kortere møder' } } });
    send({ request: { seq: 2, request: { ask: 'save_idea', n: 2, text: 'Kortere møder' } } });
    await new Promise((ok) => setTimeout(ok, 600));
    ch.close();
    return heard;
  }, { channel: CHANNEL, game });
  const refusals = answers.filter((a) => a.includes('"refused"') && a.includes('w-intruder'));
  assert.ok(refusals.length >= 1 && refusals.every((a) => a.includes('not_your_turn')), 'not your turn, with the reason');
  const session = await waitForStored(facilitator, 'the intruder\'s idea, once', (s) => s.ideas.ideas.length === 1);
  assert.equal(session.stage.stage, 'awaiting_roll', 'no roll for the other team');
  assert.equal(session.ideas.ideas[0].team, 1);
  assert.notEqual(stored, null);
  // The tablet and the facilitator's window dropped what they could not read.
  const dropped = (page) => page.evaluate(() => Number(document.documentElement.dataset.droppedMessages ?? 0));
  assert.ok((await dropped(tablet)) >= 3, 'the tablet counted the garbage, the 10 MB and the other version');
  // The other version is said in words on both, with the way out.
  for (const page of [tablet, facilitator]) {
    await page.getByRole('alert').filter({ hasText: 'anden udgave af KerneSpillet (protokol 2; dette vindue har 1)' }).waitFor();
  }
  await tablet.getByRole('alert').filter({ hasText: 'anden udgave' }).getByRole('button', { name: 'Luk' }).click();
  await tablet.getByRole('button', { name: 'Slå med terningen' }).click();
  await waitForStored(facilitator, 'the game goes on', (s) => s.stage.stage === 'choosing_target');
  await waitForPhase(facilitator, 'Spil');
  assertClean(recorded, env.server.origin);
});

test('a tablet that loses the game offers the notebook, and its ballot reaches the game by file', async () => {
  const recorded = await openPage(env);
  const { page: facilitator } = recorded;
  await setUpGame(facilitator, ['Ravnene', 'Uglerne']);
  for (const phase of ['Pause', 'Kernen i én sætning', 'Idébank og stemmer']) await nextPhase(facilitator, phase);
  const ideas = ['Fælles morgenmøde hver mandag', 'Faste makkerpar på tværs af vagterne', 'Vi spørger borgeren først'];
  for (const text of ideas) {
    await facilitator.locator('.add-idea-text input').fill(text);
    await facilitator.locator('.add-idea button[type=submit]').click();
  }
  let session = await waitForStored(facilitator, 'three ideas', (s) => s.ideas.ideas.length === 3);
  const id = Object.fromEntries(session.ideas.ideas.map((i) => [i.text, i.id]));
  const allowance = session.teams[1].players * 3;

  const tablet = await openTablet(facilitator);
  await join(tablet, 'Uglerne');
  await tablet.locator(`.ballot-row[data-idea="${id[ideas[0]]}"] .vote`).click();
  await waitForStored(facilitator, 'the tablet\'s dot', (s) => s.ideas.votes[String(id[ideas[0]])]?.['1'] === 1);

  // The facilitator's window goes away without a word (its tab navigates elsewhere).
  await facilitator.goto('about:blank');
  await tablet.getByRole('heading', { name: 'Spillet svarer ikke' }).waitFor({ timeout: 30_000 });
  await checkScreen(tablet, 'offline');

  // The notebook opens for this game and team, with the ballot as the tablet saw it.
  await tablet.getByRole('button', { name: 'Åbn holdets notesbog' }).click();
  await tablet.waitForSelector('main.notebook.with-ballot');
  assert.equal(await tablet.locator('.team-letter.chosen').textContent(), 'B', 'team B chosen');
  assert.equal(await tablet.locator('.notebook-team-name').inputValue(), 'Uglerne');
  assert.equal(await tablet.locator('.notebook-ballot .ballot-row').count(), 3);
  await tablet.locator('.notebook-ballot .votes-left', { hasText: String(allowance - 1) }).waitFor();
  const row = (text) => tablet.locator('.notebook-ballot .ballot-row', { hasText: text });
  assert.equal(await row(ideas[0]).locator('.ballot-ours').textContent(), '1');
  // With no network the team moves its dot and gives two more, and writes an idea.
  await row(ideas[0]).getByRole('button', { name: 'Tag en stemme tilbage' }).click();
  for (let dot = 0; dot < 2; dot++) await row(ideas[1]).getByRole('button', { name: 'Giv en stemme' }).click();
  // Writing is folded away while there is a ballot; one tap opens it.
  assert.equal(await tablet.locator('.new-idea textarea').isVisible(), false);
  await tablet.getByText('Skriv en ny idé eller skift hold').click();
  await tablet.locator('.new-idea textarea').fill('Ugentlig status på tavlen');
  await tablet.locator('.add-notebook-idea').click();
  // Every dot given: the next is not possible, and says why.
  for (let dot = 2; dot < allowance; dot++) await row(ideas[2]).getByRole('button', { name: 'Giv en stemme' }).click();
  await tablet.locator('.notebook-ballot .votes-left', { hasText: 'Stemmer tilbage: 0' }).waitFor();
  assert.equal(await row(ideas[2]).getByRole('button', { name: 'Giv en stemme' }).isDisabled(), true);
  for (let dot = 2; dot < allowance; dot++) await row(ideas[2]).getByRole('button', { name: 'Tag en stemme tilbage' }).click();
  for (const viewport of [{ width: 768, height: 1024 }, { width: 1024, height: 768 }]) {
    await tablet.setViewportSize(viewport);
    await tablet.waitForTimeout(150);
    await assertFits(tablet, `the notebook's ballot at ${viewport.width}×${viewport.height}`);
    assert.deepEqual(await smallTargets(tablet), [], 'the ballot\'s targets ≥ 48×48');
    await tablet.screenshot({ path: joinPath(shots, `tablet-notebook-ballot-${viewport.width}x${viewport.height}.png`) });
  }
  await tablet.setViewportSize({ width: 768, height: 1024 });
  assert.deepEqual(await axeViolations(tablet, 'the notebook\'s ballot'), []);
  // A reload keeps it all.
  await tablet.reload();
  await tablet.waitForSelector('main.notebook.with-ballot');
  assert.equal(await row(ideas[1]).locator('.ballot-ours').textContent(), '2');
  assert.equal(await row(ideas[0]).locator('.ballot-ours').textContent(), '0');
  const file = await download(tablet, () => tablet.locator('.save-notebook').click());
  const handed = JSON.parse(file.text);
  assert.deepEqual(handed.notebook.votes, { [id[ideas[1]]]: 2 }, 'the file carries the ballot');

  // The facilitator is back and takes the notebook in: the team's votes are the ballot's.
  await facilitator.goBack();
  await facilitator.waitForSelector('.phase-name');
  await facilitator.locator('.handover-button').click();
  await facilitator.locator('.handover-file').setInputFiles(file.path);
  await facilitator.locator('.handover-results li', { hasText: 'Holdets 2 stemmer er talt med.' }).waitFor();
  session = await waitForStored(facilitator, 'the ballot counted', (s) => s.ideas.votes[String(id[ideas[1]])]?.['1'] === 2);
  assert.equal(session.ideas.votes[String(id[ideas[0]])]?.['1'], undefined, 'the dot taken back is gone');
  const added = session.ideas.ideas.find((i) => i.text === 'Ugentlig status på tavlen');
  assert.equal(added?.team, 1, 'the notebook\'s idea carries the team');
  await facilitator.keyboard.press('Escape');

  // Back on the tablet, the team is live again and sees the game's count.
  await tablet.getByRole('link', { name: 'Til holdets tablet' }).click();
  await tablet.locator('.tablet-header h1', { hasText: 'Uglerne' }).waitFor();
  await tablet.locator('.votes-left', { hasText: String(allowance - 2) }).waitFor();
  assertClean(recorded, env.server.origin);
});
