// The game without a mouse: a whole turn and phase changes by keyboard only, clicker
// keys stepping the flow (never rolling), the blank screen, the "?" overview, the live
// region, fullscreen, the wake lock and reduced motion.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  withBrowser, newContext, openPage, assertClean, storedSession, startGame, setUpGame, drawCard, waitForPhase,
  waitForSave, stageMoved,
} from './harness.mjs';

const env = withBrowser();

/** Press Tab until the focused element matches `selector` (at most 60 presses). */
async function tabTo(page, selector) {
  for (let i = 0; i < 60; i++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${selector}`);
}

/** The focused element shows a ring: an outline, or on the board the field's halo. */
async function focusRingShown(page) {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!element.matches(':focus-visible')) return false;
    const halo = element.querySelector('.halo');
    if (halo) return getComputedStyle(halo).stroke === 'rgb(0, 95, 204)';
    const style = getComputedStyle(element);
    return style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
  });
}

const announced = (page) => page.locator('.event-announcer').textContent();

/** Next phase by keys: Tab to its button, Enter, Tab to "Gå videre" in the question, Enter. */
async function nextPhaseByKeys(page, name) {
  await tabTo(page, '.next-phase');
  assert.ok(await focusRingShown(page), 'the focused button shows a focus ring');
  await page.keyboard.press('Enter');
  await page.waitForSelector('[role=alertdialog]');
  assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Fortryd', 'the question starts on the safe answer');
  await tabTo(page, '[role=alertdialog] .danger, [role=alertdialog] .primary');
  await page.keyboard.press('Enter');
  await waitForPhase(page, name);
  assert.equal(await page.locator('.phase-announcer').textContent(), `Ny fase: ${name}.`, 'the phase change is announced');
}

test('a whole turn and the phase changes by keyboard alone; clicker keys step the talk', async () => {
  const { requests, page } = await openPage(env);
  await startGame(page, ['Ravnene', 'Uglerne']);
  await nextPhaseByKeys(page, 'Stolthedsrunde');
  await nextPhaseByKeys(page, 'Spil');
  await page.waitForSelector('.board');

  // Roll, choose a field and a category with Tab and Enter.
  await tabTo(page, 'button.roll');
  await waitForSave(page, 'the roll by Enter is saved', () => page.keyboard.press('Enter'), stageMoved);
  await page.waitForSelector('.field.target');
  assert.match(await announced(page), /^Ravnene slog [1-6]\.$/);
  await tabTo(page, '.field.target');
  assert.ok(await focusRingShown(page), 'a board field shows its focus ring');
  assert.match(await page.evaluate(() => document.activeElement.getAttribute('aria-label')), /kan rykke hertil|–/);
  await waitForSave(page, 'the move by Enter is saved', () => page.keyboard.press('Enter'), stageMoved);
  // On to the card by Tab and Enter: a category when asked; on a roll-again field, roll
  // once more and choose a field.
  const withCard = await drawCard(page, {
    play: {
      choosing_category: async () => {
        await tabTo(page, '.category-choice');
        await page.keyboard.press('Enter');
      },
      awaiting_roll: async () => {
        await tabTo(page, 'button.roll');
        await page.keyboard.press('Enter');
      },
      choosing_target: async () => {
        await page.waitForSelector('.field.target');
        await tabTo(page, '.field.target');
        await page.keyboard.press('Enter');
      },
    },
  });
  assert.equal(withCard.stage.stage, 'card');
  const card = withCard.stage.id;
  assert.match(await announced(page), /^Kort: /);
  assert.equal(await page.locator('[data-round]').getAttribute('data-round'), 'silent');

  // The clicker: Page Down ends the silence, Page Up brings it back.
  await page.keyboard.press('PageDown');
  await page.waitForSelector('[data-round=round]');
  await page.keyboard.press('PageUp');
  await page.waitForSelector('[data-round=silent]');
  // Arrow keys count as a clicker only when no button has the focus.
  await page.evaluate(() => document.activeElement.blur());
  await page.keyboard.press('ArrowRight');
  await page.waitForSelector('[data-round=round]');
  // An idea typed but not saved goes with the card when the clicker finishes it.
  await page.locator('.idea-input').fill('Fælles tavle ved døren');
  await page.evaluate(() => document.activeElement.blur());
  // Through the round and the open talk until the card is done and the next team is up.
  for (let i = 0; i < 12 && (await page.locator('.turn-title').textContent()) === 'Ravnene har tur'; i++) {
    await waitForSave(page, `the clicker's step ${i + 1} (Page Down) is saved`, () => page.keyboard.press('PageDown'));
  }
  assert.equal(await page.locator('.turn-title').textContent(), 'Uglerne har tur');
  const after = await storedSession(page);
  assert.equal(after.stage.stage, 'awaiting_roll');
  assert.equal(after.log.filter((e) => e.event === 'rolled').length, withCard.log.filter((e) => e.event === 'rolled').length, 'the clicker never rolled');
  assert.deepEqual(
    after.ideas.ideas.map((i) => [i.text, i.team, i.card]),
    [['Fælles tavle ved døren', 0, card]],
    'the typed idea was saved with its card',
  );
  assert.equal(await page.locator('.idea-input').count(), 0);

  // One press too many: Page Up puts the card back on the table.
  await page.keyboard.press('PageUp');
  await page.waitForSelector(`.card[data-card="${card}"]`);
  assert.equal(await page.locator('.turn-title').textContent(), 'Ravnene har tur');
  await page.keyboard.press('PageDown');
  await page.waitForFunction(() => document.querySelector('.turn-title')?.textContent === 'Uglerne har tur');

  // The clicker never rolls: a quiet note says what to do instead.
  const rolledBefore = (await storedSession(page)).log.length;
  await page.keyboard.press('PageDown');
  await page.locator('.quiet-note', { hasText: 'Klikkeren slår ikke med terningen' }).waitFor();
  assert.equal((await storedSession(page)).log.length, rolledBefore);
  assert.equal((await storedSession(page)).stage.stage, 'awaiting_roll');

  // "." darkens the room's screen and brings it back; "?" lists the keys.
  await page.evaluate(() => document.activeElement.blur());
  await page.keyboard.press('.');
  await page.waitForSelector('.blank-screen');
  await page.keyboard.press('.');
  await page.waitForSelector('.blank-screen', { state: 'detached' });
  await page.keyboard.press('?');
  await page.getByRole('dialog', { name: 'Tastatur og klikker' }).waitFor();
  assert.match(await page.locator('.shortcut-table').textContent(), /Page Down.*Page Up/s);
  await page.keyboard.press('Escape');
  await page.getByRole('dialog').waitFor({ state: 'detached' });

  // A phase change by clicker: Page Down outside play asks first, Enter on the answer.
  await nextPhaseByKeys(page, 'Pause');
  await page.evaluate(() => document.activeElement.blur());
  await page.keyboard.press('PageDown');
  await page.getByRole('alertdialog', { name: 'Gå videre?' }).waitFor();
  await tabTo(page, '[role=alertdialog] .danger, [role=alertdialog] .primary');
  await page.keyboard.press('Enter');
  await waitForPhase(page, 'Kernen i én sætning');
  await page.keyboard.press('PageUp');
  await page.locator('.quiet-note', { hasText: 'Faserne går kun fremad' }).waitFor();
  assertClean({ requests }, env.server.origin);
});

test('fullscreen on a button, the wake lock held and asked for again, reduced motion', async () => {
  const { context, requests } = await newContext(env.browser);
  await context.addInitScript(() => {
    // A wake lock that records requests and is released when the tab is hidden.
    window.__locks = [];
    Object.defineProperty(navigator, 'wakeLock', {
      value: {
        request: async (type) => {
          const lock = { type, released: false, release: async () => { lock.released = true; } };
          window.__locks.push(lock);
          return lock;
        },
      },
    });
  });
  const page = await context.newPage();
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(env.server.origin);
  await setUpGame(page, ['Ravnene', 'Uglerne']);
  await page.waitForFunction(() => window.__locks.length === 1);
  assert.equal(await page.evaluate(() => window.__locks[0].type), 'screen');
  // Hidden and back: the browser released the lock, the app asks again.
  await page.evaluate(() => {
    window.__locks[0].released = true;
    document.dispatchEvent(new Event('visibilitychange', { bubbles: true }));
  });
  await page.waitForFunction(() => window.__locks.length === 2);
  // Still held: a second visibility change asks for nothing.
  await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange', { bubbles: true })));
  await page.waitForTimeout(200);
  assert.equal(await page.evaluate(() => window.__locks.length), 2);
  assert.equal(await page.locator('.phase-bar .quiet').count(), 0, 'no note while the lock is held');

  await page.getByRole('button', { name: 'Fuld skærm' }).click();
  await page.waitForFunction(() => document.fullscreenElement !== null);
  await page.getByRole('button', { name: 'Afslut fuld skærm' }).waitFor();
  await page.evaluate(() => document.activeElement.blur());
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => document.fullscreenElement === null);
  await page.getByRole('button', { name: 'Fuld skærm' }).waitFor();

  await page.locator('button.roll').click();
  await page.waitForSelector('.die');
  assert.equal(await page.locator('.die').evaluate((d) => getComputedStyle(d).animationName), 'none', 'no tumbling die');
  assertClean({ requests }, env.server.origin);
});

test('a browser that refuses the wake lock gets a quiet note, and play goes on', async () => {
  const { context } = await newContext(env.browser);
  await context.addInitScript(() => {
    Object.defineProperty(navigator, 'wakeLock', {
      value: { request: async () => { throw new DOMException('not allowed', 'NotAllowedError'); } },
    });
  });
  const page = await context.newPage();
  await page.goto(env.server.origin);
  await setUpGame(page, ['Ravnene', 'Uglerne']);
  await page.locator('.phase-bar .quiet', { hasText: 'Browseren vil ikke holde skærmen tændt' }).waitFor();
  await drawCard(page);
});
