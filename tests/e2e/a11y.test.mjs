// Accessibility: axe-core's WCAG 2.2 A/AA rules find nothing on any screen, in Danish
// and in English, including dialogs, the deck screen and the projector window.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  withBrowser, openPage, axeViolations, assertClean, setUpGame, startGame, drawCard, advancePhase, openProjector,
} from './harness.mjs';

const env = withBrowser();



for (const lang of ['da', 'en']) {
  test(`every screen passes axe in ${lang === 'da' ? 'Danish' : 'English'}`, async () => {
    const { requests, page } = await openPage(env);
    const found = [];
    const check = async (screen) => found.push(...(await axeViolations(page, `${lang} ${screen}`, { minPasses: 15 })));
    await page.waitForSelector('.setup');
    await check('setup');
    await page.getByRole('button', { name: 'Se, vælg og ret kortene' }).click();
    await page.waitForSelector('main.decks');
    await check('deck screen');
    await page.getByRole('button', { name: 'Tilbage til opsætningen' }).click();
    await page.waitForSelector('.setup');
    await startGame(page, ['Ravnene', 'Uglerne', 'Mågerne']);
    if (lang === 'en') {
      await page.getByRole('button', { name: 'English' }).click();
      await page.waitForFunction(() => document.documentElement.lang === 'en');
      // The choice is remembered.
      await page.reload();
      await page.waitForSelector('.opening');
      assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
      await page.getByRole('button', { name: 'Dansk' }).waitFor();
    }
    await check('opening');
    await advancePhase(page);
    await check('stolthed');
    await advancePhase(page);
    await page.waitForSelector('.board');
    await check('play: roll');
    await page.locator('.roll').click();
    await page.waitForSelector('.field.target');
    await check('play: choose a field');
    await drawCard(page);
    await check('play: card');
    await page.keyboard.press('?');
    await page.waitForSelector('.shortcut-table');
    await check('shortcuts');
    await page.keyboard.press('Escape');
    await page.locator('.agenda-button').click();
    await check('agenda');
    await page.keyboard.press('Escape');
    await page.locator('.next-phase').click();
    await check('confirm next phase');
    await page.keyboard.press('Escape');
    for (const screen of ['break', 'kernen', 'idea bank', 'handleplan', 'check-out']) {
      await advancePhase(page);
      await check(screen);
    }
    // The saved games, with their rename and delete dialogs.
    await page.locator('.all-sessions').click();
    await page.waitForSelector('.session-row');
    await check('saved games');
    // The report of the game just played, in this language.
    await page.locator('.session-actions .report-open').click();
    await page.locator('.report-talked').waitFor();
    await check('report');
    await page.locator('.report-close').click();
    await page.waitForSelector('.session-row');
    await page.locator('.session-actions .rename').click();
    await page.locator('.rename-form').waitFor();
    await check('rename a game');
    await page.keyboard.press('Escape');
    await page.locator('.session-actions .danger-text').click();
    await page.getByRole('alertdialog').waitFor();
    await check('delete a game');
    await page.keyboard.press('Escape');
    assert.deepEqual(found, [], found.join('\n'));
    assertClean({ requests }, env.server.origin);
  });
}

test('the projector window passes axe', async () => {
  const { requests, page } = await openPage(env);
  await setUpGame(page, ['Ravnene', 'Uglerne']);
  const projector = await openProjector(page);
  await projector.waitForSelector('.board');
  const found = await axeViolations(projector, 'projector: roll', { minPasses: 15 });
  await drawCard(page);
  await projector.waitForSelector('.card-question');
  found.push(...(await axeViolations(projector, 'projector: card', { minPasses: 15 })));
  found.push(...(await axeViolations(page, 'control with projector: card', { minPasses: 15 })));
  assert.deepEqual(found, [], found.join('\n'));
  assertClean({ requests }, env.server.origin);
});
