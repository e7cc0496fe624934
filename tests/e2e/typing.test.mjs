// Typing does not save the world: a keystroke in the Kernen sentence, the notes or a plan
// field writes nothing to storage; the text is saved once typing pauses, when the field
// is left — and, with no pause at all, when the page is reloaded or the tab is closed.
// The idea being typed for a card survives a reload too.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  withBrowser, newContext, openPage, assertClean, setUpGame, storedSession, drawCard, nextPhase, waitForStored,
} from './harness.mjs';

const env = withBrowser();

/** Count every write to a game's storage keys, in every page of the context. */
async function countWrites(context) {
  await context.addInitScript(() => {
    window.__gameWrites = 0;
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key, value) {
      if (key.startsWith('kernespillet.sessions.')) window.__gameWrites += 1;
      return setItem.call(this, key, value);
    };
  });
}

const writes = (page) => page.evaluate(() => window.__gameWrites);

test('typing writes nothing until it pauses, and a reload or a closed tab loses nothing', async () => {
  const { context, requests, errors } = await newContext(env.browser);
  await countWrites(context);
  let page = await context.newPage();
  await page.goto(env.server.origin);
  await setUpGame(page, ['Ravnene', 'Uglerne']);
  for (const phase of ['Pause', 'Kernen i én sætning']) await nextPhase(page, phase);
  const field = page.locator('textarea.core-task-final');
  await field.click();

  // Forty keystrokes, none of them a write.
  const before = await writes(page);
  const first = 'Vi giver borgerne mod og hjælp til at kla';
  await page.keyboard.type(first, { delay: 15 });
  assert.equal(await writes(page), before, 'no write while typing');
  // A pause: the sentence is saved, once (the game and its backup).
  await waitForStored(page, 'the sentence is saved after the pause', (now) => now.core_task_final === first);
  const afterPause = (await writes(page)) - before;
  assert.ok(afterPause >= 1 && afterPause <= 2, `one save after the pause (${afterPause} writes)`);

  // No pause, straight into a reload: nothing typed is lost.
  const second = `${first}re deres hverdag selv`;
  await page.keyboard.type('re deres hverdag selv', { delay: 5 });
  await page.reload();
  await page.waitForSelector('textarea.core-task-final');
  assert.equal(await page.locator('textarea.core-task-final').inputValue(), second, 'kept across a reload');
  assert.equal((await storedSession(page)).core_task_final, second);

  // No pause, and the tab is closed: the game, opened again, has every word.
  const gameId = (await storedSession(page)).id;
  await page.locator('textarea.core-task-final').click();
  await page.keyboard.press('End');
  await page.keyboard.type('.', { delay: 5 });
  await page.close();
  page = await context.newPage();
  await page.goto(env.server.origin);
  await page.locator('.session-row', { hasText: 'Ravnene' }).getByRole('button', { name: 'Fortsæt' }).click();
  await page.waitForSelector('textarea.core-task-final');
  assert.equal(await page.locator('textarea.core-task-final').inputValue(), `${second}.`, 'kept when the tab closed');
  assert.equal((await storedSession(page)).id, gameId);

  assertClean({ errors, requests }, env.server.origin);
});

test('an idea half typed for the card on the table survives a reload', async () => {
  const { requests, errors, page } = await openPage(env);
  await setUpGame(page, ['Ravnene', 'Uglerne']);
  await drawCard(page);
  await page.locator('#idea-input').fill('Et fælles morgenmøde hver');
  await page.reload();
  await page.waitForSelector('#idea-input');
  assert.equal(await page.locator('#idea-input').inputValue(), 'Et fælles morgenmøde hver');
  // Saved with the card, it is gone from the field, and stays gone after a reload.
  await page.locator('.card-done').click();
  await page.waitForSelector('button.roll');
  const ideas = (await storedSession(page)).ideas.ideas.map((i) => i.text);
  assert.deepEqual(ideas, ['Et fælles morgenmøde hver']);
  await page.reload();
  await page.locator('button.roll').click();
  await drawCard(page);
  assert.equal(await page.locator('#idea-input').inputValue(), '', 'a saved idea is not typed again');
  assertClean({ errors, requests }, env.server.origin);
});
