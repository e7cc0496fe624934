// The projector's window belongs to one game: with two games open in two tabs it follows
// the one it was opened from, is stepped by that tab's clicker only, and drops messages
// about other games (or of another version, or noise) without a sound. What reaches it
// over the channel is the room's view of the game: never the facilitator's notes, a
// card's hint or the next card in a pile.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import {
  withBrowser, openPage, assertClean, setUpGame, storedSession, storeSession, drawCard, waitForSave, openProjector,
  shots,
  deckCards,
} from './harness.mjs';

const env = withBrowser();
const CHANNEL = 'kernespillet-presenter';
const PROJECTOR = { width: 1280, height: 720 };

/** The team names a window shows, in order. */
function teamNames(page) {
  return page.locator('.team-name').allTextContents();
}

/** How many messages a window has dropped unread. */
function dropped(page) {
  return page.evaluate(() => Number(document.documentElement.dataset.droppedMessages ?? 0));
}

/** A second game in a new tab of the same browser (a new tab starts at the list). */
async function secondGame(context, names) {
  const page = await context.newPage();
  await page.goto(env.server.origin);
  await page.getByRole('button', { name: 'Nyt spil' }).click();
  await setUpGame(page, names);
  return page;
}

test('two games in two tabs and one projector: it follows the game it was opened from', async () => {
  const { context, requests, errors, page: first } = await openPage(env);
  await setUpGame(first, ['Ravnene', 'Uglerne']);
  const second = await secondGame(context, ['Løverne', 'Tigrene']);
  const firstId = (await storedSession(first)).id;
  assert.notEqual((await storedSession(second)).id, firstId, 'two different games');

  const projector = await openProjector(first, PROJECTOR);
  await first.getByRole('button', { name: 'Projektor: åben' }).waitFor();
  assert.deepEqual(await teamNames(projector), ['Ravnene', 'Uglerne']);
  assert.match(projector.url(), new RegExp(`game=${firstId}`), 'the address names the game');
  // The other tab's game is not the projector's: its button still offers to open one.
  await second.getByRole('button', { name: 'Projektorvindue' }).waitFor();

  // Both games with a card on the table, both in the silent minute.
  await drawCard(first);
  await drawCard(second);
  await projector.waitForSelector('[data-round="silent"]');
  // The projector's clicker steps the first game only.
  await projector.keyboard.press('PageDown');
  await first.waitForSelector('[data-round="round"]');
  await projector.waitForSelector('[data-round="round"]');
  await second.waitForTimeout(300);
  assert.equal(await second.locator('[data-round]').getAttribute('data-round'), 'silent', 'the other game was not stepped');
  // A move in the other game does not reach the projector.
  await second.keyboard.press('PageDown');
  await second.waitForSelector('[data-round="round"]');
  await second.locator('.next-speaker').click();
  const speaker = await first.locator('.round-title').textContent();
  await projector.waitForTimeout(300);
  assert.equal(await projector.locator('.round-title').textContent(), speaker);
  assert.deepEqual(await teamNames(projector), ['Ravnene', 'Uglerne']);

  // Messages the projector must not act on: another game's view, another version,
  // noise, an oversized text. Each is dropped and counted; nothing changes or breaks.
  const before = await dropped(projector);
  const secondId = (await storedSession(second)).id;
  await second.evaluate(({ channel, secondId }) => {
    const ch = new BroadcastChannel(channel);
    ch.postMessage(JSON.stringify({ version: 1, game: secondId, from: 'w-intruder', body: 'bye' }));
    ch.postMessage(JSON.stringify({ version: 99, game: 'x', from: 'w-x', body: 'hello' }));
    ch.postMessage('{"type":"state","session":null');
    ch.postMessage('x'.repeat(2_000_000));
    ch.postMessage({ not: 'a string' });
    ch.close();
  }, { channel: CHANNEL, secondId });
  await projector.waitForFunction((n) => Number(document.documentElement.dataset.droppedMessages) >= n, before + 5);
  assert.deepEqual(await teamNames(projector), ['Ravnene', 'Uglerne'], 'still the first game');
  await projector.screenshot({ path: join(shots, 'room-projector-first-game.png') });

  // The other tab opens a projector of its own: each follows the game it came from.
  const secondProjector = await openProjector(second, PROJECTOR);
  await secondProjector.waitForFunction(() => document.querySelector('.team-name')?.textContent === 'Løverne');
  assert.match(secondProjector.url(), new RegExp(`game=${secondId}`));
  await second.getByRole('button', { name: 'Projektor: åben' }).waitFor();
  await second.locator('.card-done').click();
  await secondProjector.waitForSelector('button.roll, .step-title');
  await secondProjector.waitForFunction(() => document.querySelector('.turn-title')?.textContent.includes('Tigrene'));
  assert.deepEqual(await teamNames(projector), ['Ravnene', 'Uglerne'], 'the first projector still shows the first game');
  assert.match(await projector.locator('.turn-title').textContent(), /Ravnene/);
  await first.getByRole('button', { name: 'Projektor: åben' }).waitFor();

  assertClean({ errors, requests }, env.server.origin);
});

test('what reaches the projector is the room\'s view: no notes, no hints, no next card', async () => {
  const { context, requests, errors, page: control } = await openPage(env);
  await setUpGame(control, ['Ravnene', 'Uglerne', 'Mågerne']);
  // A listener on the channel, as any page of this site could be.
  const ear = await context.newPage();
  await ear.goto(env.server.origin);
  await ear.evaluate((channel) => {
    window.heard = [];
    new BroadcastChannel(channel).onmessage = (event) => window.heard.push(event.data);
  }, CHANNEL);
  const projector = await openProjector(control, PROJECTOR);

  // A card with a hint on the table, and notes written beside it.
  let session = await drawCard(control);
  const withHint = deckCards(session).find((c) => c.hint && c.category !== 'joker' && c.category !== session.stage.kind);
  session = { ...session, stage: { ...session.stage, id: withHint.id, kind: withHint.category } };
  await storeSession(control, session);
  await control.reload();
  await control.waitForSelector(`.card[data-card="${withHint.id}"]`);
  await projector.waitForSelector(`.card[data-card="${withHint.id}"]`);
  const NOTES = 'Husk at spørge Karin om budgettet';
  await waitForSave(control, 'the notes are saved once the field is left', async () => {
    await control.locator('.facilitator-panel textarea').fill(NOTES);
    await control.locator('.facilitator-panel textarea').blur();
  }, (now) => now.notes === NOTES);
  const hint = (await control.locator('.card-hint p').textContent()).trim();
  const question = (await control.locator('.card-question').textContent()).trim();
  const nextCards = (await control.locator('.next-card-text').allTextContents()).map((t) => t.trim());
  assert.ok(hint.length > 10 && nextCards.length === 6, 'the facilitator sees the hint and the next cards');
  // Some more of the game for the channel to carry.
  await control.keyboard.press('PageDown');
  await projector.waitForSelector('[data-round="round"]');
  assert.equal(await projector.locator('.card-hint').count(), 0, 'no hint on the projector');

  const heard = await ear.evaluate(() => window.heard);
  const views = heard.map((text) => JSON.parse(text)).filter((m) => typeof m.body === 'object' && 'view' in m.body).map((m) => ({ body: m.body.view }));
  assert.ok(views.length >= 2, `the projector was sent the game (${views.length} views)`);
  for (const text of heard) {
    assert.ok(!text.includes(NOTES), 'no notes on the channel');
    assert.ok(!text.includes(hint), 'no hint on the channel');
    for (const next of nextCards.filter((n) => n !== question)) {
      assert.ok(!text.includes(next), `the next card "${next.slice(0, 30)}…" is not on the channel`);
    }
  }
  for (const { body } of views) {
    for (const secret of ['notes', 'deck', 'piles', 'rng', 'undo', 'log']) {
      assert.ok(!(secret in body.view), `the view has no ${secret}`);
    }
  }
  assertClean({ errors, requests }, env.server.origin);
});

test('a dark projector is dark, and its "?" shows the keys on the facilitator\'s screen', async () => {
  const { requests, errors, page: control } = await openPage(env);
  await setUpGame(control, ['Ravnene', 'Uglerne']);
  const projector = await openProjector(control, PROJECTOR);

  await projector.keyboard.press('.');
  await projector.waitForSelector('.blank-screen');
  // Named for a screen reader, and not a word for the room to read.
  assert.equal(await projector.locator('.blank-screen').getAttribute('aria-label') ?? await projector.locator('.blank-screen .visually-hidden').textContent(), 'Skærmen er mørk');
  assert.equal(await projector.locator('.blank-screen > :not(.visually-hidden)').count(), 0, 'nothing visible on the dark screen');
  await control.getByRole('button', { name: 'Vis spillet igen' }).waitFor();
  await projector.screenshot({ path: join(shots, 'room-projector-dark.png') });
  await projector.keyboard.press('.');
  await projector.waitForSelector('.blank-screen', { state: 'detached' });

  // The key overview opens where the facilitator reads it, and closes from there too.
  await projector.keyboard.press('?');
  await control.getByRole('dialog', { name: 'Tastatur og klikker' }).waitFor();
  assert.equal(await projector.locator('[aria-modal="true"]').count(), 0, 'nothing opens on the projector');
  await projector.keyboard.press('?');
  await control.getByRole('dialog', { name: 'Tastatur og klikker' }).waitFor({ state: 'detached' });

  assertClean({ errors, requests }, env.server.origin);
});
