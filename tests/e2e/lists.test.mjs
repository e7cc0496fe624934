// Lists are keyed by what they show: voting, grouping, removing and reordering change
// the row concerned and leave the keyboard user's focus where they expect it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withBrowser, openPage, assertClean, setUpGame, storedSession, nextPhase } from './harness.mjs';

const env = withBrowser();

/** What has the focus: the idea (or game) it is in, and its class. */
/** Where the focus is once it has landed: the app moves it in the animation frame after
 *  the list is drawn again, so the DOM changes a moment before the focus does; two frames
 *  later it has moved. */
async function focused(page) {
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  return page.evaluate(() => {
    const e = document.activeElement;
    return {
      idea: e?.closest('[data-idea]')?.dataset.idea ?? null,
      session: e?.closest('[data-session]')?.dataset.session ?? null,
      class: e?.className ?? '',
      tag: e?.tagName.toLowerCase(),
    };
  });
}

test('in the idea bank the focus stays with the idea voted on, grouped or next to the one removed', async () => {
  const { requests, errors, page } = await openPage(env);
  await setUpGame(page, ['Ravnene', 'Uglerne']);
  for (const phase of ['Pause', 'Kernen i én sætning', 'Idébank og stemmer']) await nextPhase(page, phase);
  for (const text of ['Fælles morgenmøde', 'Kort morgenmøde', 'Spørg borgerne', 'Ryd op i møderne']) {
    await page.locator('.add-idea-text input').fill(text);
    await page.keyboard.press('Enter');
    await page.locator('.idea', { hasText: text }).waitFor();
  }
  const ids = await page.locator('.idea').evaluateAll((els) => els.map((e) => e.dataset.idea));

  // Vote by keyboard until the team has no dots left: the focus stays on that idea.
  await page.locator(`[data-idea="${ids[2]}"] .vote`).focus();
  const allowance = (await storedSession(page)).teams[0].players * 3;
  for (let dot = 0; dot < allowance; dot++) {
    await page.keyboard.press('Enter');
    await page.waitForFunction(([id, n]) => document.querySelectorAll(`[data-idea="${id}"] .dots`)[0]?.textContent.length === n, [ids[2], dot + 1]);
  }
  let now = await focused(page);
  assert.equal(now.idea, ids[2], 'still on the idea voted on');
  assert.match(now.class, /unvote/, 'with no dots left, on taking one back');
  await page.keyboard.press('Enter');
  await page.waitForFunction((id) => document.querySelector(`[data-idea="${id}"] .dots`).textContent.length === 8, ids[2]);
  assert.equal((await focused(page)).idea, ids[2]);

  // Group two by ticking them: the focus goes to the group, which stays in place.
  await page.locator(`[data-idea="${ids[0]}"] .idea-select input`).check();
  await page.locator(`[data-idea="${ids[1]}"] .idea-select input`).check();
  await page.locator('.group-ideas').focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction((id) => !document.querySelector(`.idea-list > [data-idea="${id}"]`), ids[1]);
  now = await focused(page);
  assert.deepEqual([now.idea, now.tag], [ids[0], 'input'], 'on the group');

  // Remove one: its neighbour below takes the focus; the last one hands it upwards.
  await page.locator(`[data-idea="${ids[2]}"] .remove-idea`).focus();
  await page.keyboard.press('Enter');
  await page.waitForSelector(`[data-idea="${ids[2]}"]`, { state: 'detached' });
  now = await focused(page);
  assert.deepEqual([now.idea, now.class.includes('remove-idea')], [ids[3], true], 'on the next idea');
  await page.keyboard.press('Enter');
  await page.waitForSelector(`[data-idea="${ids[3]}"]`, { state: 'detached' });
  now = await focused(page);
  assert.deepEqual([now.idea, now.class.includes('remove-idea')], [ids[0], true], 'on the idea above');

  assertClean({ errors, requests }, env.server.origin);
});

test('in the list of games the focus goes to the neighbour of a deleted game and back to a renamed one', async () => {
  const { requests, errors, page } = await openPage(env);
  await setUpGame(page, ['Ravnene', 'Uglerne']);
  const first = (await storedSession(page)).id;
  await page.getByRole('button', { name: 'Alle spil' }).click();
  await page.getByRole('button', { name: 'Nyt spil' }).click();
  await setUpGame(page, ['Løverne', 'Tigrene']);
  const second = (await storedSession(page)).id;
  await page.getByRole('button', { name: 'Alle spil' }).click();
  await page.waitForSelector(`[data-session="${first}"]`);

  await page.locator(`[data-session="${first}"] .rename`).click();
  await page.getByRole('dialog').locator('input').fill('Teamdag i marts');
  await page.keyboard.press('Enter');
  await page.locator('.session-title', { hasText: 'Teamdag i marts' }).waitFor();
  let now = await focused(page);
  assert.deepEqual([now.session, now.class.includes('rename')], [first, true], 'back on the renamed game');

  // The newest game is listed first: deleting it hands the focus to the game below.
  await page.locator(`[data-session="${second}"] .danger-text`).click();
  await page.getByRole('alertdialog').locator('.danger').click();
  await page.waitForSelector(`[data-session="${second}"]`, { state: 'detached' });
  now = await focused(page);
  assert.equal(now.session, first, 'on the remaining game');

  assertClean({ errors, requests }, env.server.origin);
});
