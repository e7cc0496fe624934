// The projector's window belongs to one game: with two games open in two tabs it follows
// the one it was opened from, is stepped by that tab's clicker only, and drops messages
// about other games (or of another version, or noise) without a sound. What reaches it
// over the channel is the room's view of the game: never the facilitator's notes, a
// card's hint or the next card in a pile.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import {
  withBrowser, openPage, assertClean, setUpGame, storedSession, drawCard, waitForSave, openProjector,
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
  // (Played to such a card: a game's piles and the card on the table agree, and a stored
  // game where they do not is refused as damaged.)
  const hintOf = (s) => deckCards(s).find((c) => c.id === s.stage.id)?.hint;
  let session = await drawCard(control, { wanted: hintOf, steps: 40, what: 'a card with a hint came up' });
  const withHint = deckCards(session).find((c) => c.id === session.stage.id);
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

test('after an update the room runs one build: the older control window says so and reloads into the newer one, an older projector reloads itself', async () => {
  // No service worker here, so the test can play the site's update: from `served` on,
  // index.html names another build (the same files; only the build's name differs).
  const context = await env.browser.newContext({ viewport: { width: 1920, height: 1080 }, serviceWorkers: 'block' });
  const requests = [];
  context.on('request', (request) => requests.push(request.url()));
  let served = null;
  await context.route(
    (url) => ['/', '/index.html'].includes(url.pathname),
    async (route) => {
      if (!served) return route.continue();
      const response = await route.fetch();
      const html = (await response.text()).replace(
        /<meta[^>]*kernespillet-build[^>]*>/,
        (tag) => tag.replace(/content="?[\w-]+"?/, `content="${served}"`),
      );
      await route.fulfill({ response, body: html });
    },
  );
  const buildOf = (page) => page.evaluate(() => document.querySelector('meta[name=kernespillet-build]').content);
  const control = await context.newPage();
  await control.goto(env.server.origin);
  await setUpGame(control, ['Ravnene', 'Uglerne']);
  const first = await buildOf(control);
  assert.match(first, /^[0-9a-f]{16}$/, 'the build names itself');

  // The update lands; the projector opened now runs it, the control window does not.
  served = 'newer-build-0001';
  const projector = await openProjector(control, PROJECTOR);
  assert.equal(await buildOf(projector), 'newer-build-0001');
  const notice = control.getByRole('alert').filter({ hasText: 'nyere udgave af KerneSpillet end dette' });
  await notice.waitFor();
  assert.equal(await projector.locator('.other-build').count(), 0, 'the room sees no notice');
  await control.screenshot({ path: join(shots, 'older-build-1920x1080.png') });
  await control.setViewportSize({ width: 768, height: 1024 });
  await control.screenshot({ path: join(shots, 'older-build-768x1024.png') });
  await control.setViewportSize({ width: 1920, height: 1080 });
  await Promise.all([control.waitForEvent('load'), notice.getByRole('button', { name: 'Genindlæs nu' }).click()]);
  await control.waitForSelector('.phase-name');
  assert.equal(await buildOf(control), 'newer-build-0001', 'the reload brought the newer build');
  assert.deepEqual(await teamNames(projector), ['Ravnene', 'Uglerne'], 'the game goes on in both');
  await control.getByRole('button', { name: 'Projektor: åben' }).waitFor();
  assert.equal(await control.locator('.other-build').count(), 0, 'one build: no notice');

  // Another update, and the control window reloaded first: the projector is now the
  // older side, and reloads itself (no one sits at it).
  served = 'newest-build-0002';
  await control.reload();
  await control.waitForSelector('.phase-name');
  await projector.waitForFunction(
    () => document.querySelector('meta[name=kernespillet-build]')?.content === 'newest-build-0002',
    null,
    { timeout: 15_000 },
  );
  await projector.waitForSelector('.phase-name');
  assert.deepEqual(await teamNames(projector), ['Ravnene', 'Uglerne']);
  await control.waitForFunction(() => !document.querySelector('.other-build'));
  assert.deepEqual(requests.filter((url) => !url.startsWith(env.server.origin)), [], 'nothing left 127.0.0.1');
});
