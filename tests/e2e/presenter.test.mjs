// Presenter mode: a projector window shows the room the game while the first window
// stays the facilitator's control. They stay in step through ten actions, after the
// projector window is closed and reopened, and after the control window reloads; the
// projector never writes the session and hands clicker keys to the control window.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { withBrowser, newContext, assertClean, setUpGame, storedSession, openProjector, shots } from './harness.mjs';

const env = withBrowser();

/** What the room sees of the game, read the same way in either window. */
function fingerprint(page) {
  return page.evaluate(() => {
    const text = (selector) => document.querySelector(selector)?.textContent ?? null;
    return {
      lang: document.documentElement.lang,
      phase: text('.phase-name'),
      turn: text('.turn-title'),
      card: document.querySelector('.card')?.dataset.card ?? null,
      question: text('.card-question'),
      round: document.querySelector('[data-round]')?.dataset.round ?? null,
      speaker: text('.round-title'),
      die: document.querySelector('.die')?.getAttribute('aria-label') ?? null,
      pieces: [...document.querySelectorAll('.piece')].map((p) => p.getAttribute('transform')).join('|'),
      wedges: document.querySelectorAll('.wedge.earned').length,
    };
  });
}

/** Wait (up to 5 s) until the projector shows what the control window shows. */
async function inStep(control, projector, what) {
  const expected = await fingerprint(control);
  let shown;
  for (let tries = 0; tries < 50; tries++) {
    shown = await fingerprint(projector);
    if (JSON.stringify(shown) === JSON.stringify(expected)) return;
    await projector.waitForTimeout(100);
  }
  assert.deepEqual(shown, expected, `the projector follows: ${what}`);
}

test('the projector window follows the control window and never writes', async () => {
  const { context, requests, errors } = await newContext(env.browser);
  // Count storage writes made by a projector window.
  // (A popup keeps the window of its first blank page, so check the page at each write.)
  await context.addInitScript(() => {
    window.__writes = [];
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key, value) {
      if (location.search.includes('view=projector')) window.__writes.push(key);
      return setItem.call(this, key, value);
    };
  });
  const control = await context.newPage();
  await control.goto(env.server.origin);
  await setUpGame(control, ['Ravnene', 'Uglerne', 'Mågerne']);
  let projector = await openProjector(control, { width: 1280, height: 720 });
  await control.getByRole('button', { name: 'Projektor: åben' }).waitFor();
  await inStep(control, projector, 'opened');

  // The room's view has no controls: only its own fullscreen button.
  assert.deepEqual(
    await projector.locator('button:visible, input:visible, textarea:visible').evaluateAll((els) => els.map((e) => e.textContent)),
    ['Fuld skærm'],
  );

  const actions = [
    ['roll', () => control.locator('button.roll').click()],
    ['move', () => control.locator('.field.target').first().click()],
    ['category or card', async () => {
      if ((await storedSession(control)).stage.stage === 'choosing_category') await control.locator('.category-choice').first().click();
      await control.waitForSelector('.card-question');
    }],
    ['silence over', () => control.keyboard.press('PageDown')],
    ['next speaker from the projector\'s clicker', async () => {
      const before = await control.locator('.round-title').textContent();
      await projector.keyboard.press('PageDown');
      await control.waitForFunction((b) => document.querySelector('.round-title')?.textContent !== b, before);
    }],
    ['blank from the projector', async () => {
      await projector.keyboard.press('.');
      await projector.waitForSelector('.blank-screen');
      assert.equal(await control.locator('.blank-screen').count(), 0, 'the control window stays usable');
      await control.getByRole('button', { name: 'Vis spillet igen' }).click();
      await projector.waitForSelector('.blank-screen', { state: 'detached' });
      // Dark again, and a tap on the projector's dark screen brings both back.
      await control.keyboard.press('.');
      await projector.locator('.blank-screen').click();
      await projector.waitForSelector('.blank-screen', { state: 'detached' });
      await control.getByRole('button', { name: 'Vis spillet igen' }).waitFor({ state: 'detached' });
    }],
    ['pause the talk', () => control.keyboard.press('PageDown')],
    ['English', () => control.getByRole('button', { name: 'English' }).click()],
    ['dansk', () => control.getByRole('button', { name: 'Dansk' }).click()],
    ['card done', async () => {
      await control.locator('.card-done').click();
      await control.waitForSelector('button.roll');
    }],
  ];
  for (const [what, act] of actions) {
    await act();
    await inStep(control, projector, what);
  }
  await projector.screenshot({ path: join(shots, 'projector-1280x720.png') });

  // Closed and reopened: the projector picks up where the game is now.
  await projector.close();
  await control.getByRole('button', { name: 'Projektorvindue' }).waitFor();
  await control.locator('button.roll').click();
  await control.waitForSelector('.field.target');
  projector = await openProjector(control, { width: 1280, height: 720 });
  await inStep(control, projector, 'reopened');
  await control.locator('.field.target').first().click();
  await inStep(control, projector, 'a move after reopening');

  // The control window reloads: the projector keeps following it.
  await control.reload();
  await control.waitForSelector('.phase-name');
  await inStep(control, projector, 'control reloaded');
  await control.getByRole('button', { name: 'Fortryd sidste træk' }).click();
  await inStep(control, projector, 'undo after the reload');

  assert.deepEqual(await projector.evaluate(() => window.__writes), [], 'the projector window wrote nothing');
  assertClean({ errors, requests }, env.server.origin);
});
