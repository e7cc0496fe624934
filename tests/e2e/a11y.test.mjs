// Accessibility: axe-core's WCAG 2.2 A/AA rules find nothing on any screen, in Danish
// and in English, including dialogs, the deck screen and the projector window.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { AxeBuilder } from '@axe-core/playwright';
import { withBrowser, newContext, foreignRequests, setUpGame, startGame, playToCard } from './harness.mjs';

const env = withBrowser();

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/** Run axe on the page as it is; return readable violations. */
async function violations(page, screen) {
  const result = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  // The rules really ran on this screen (contrast, names, labels, target size, …).
  assert.ok(result.passes.length >= 15, `${screen}: axe checked ${result.passes.length} rules`);
  return result.violations.map(
    (v) => `${screen}: ${v.id} (${v.impact}) – ${v.help}\n    ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join('\n    ')}`,
  );
}

for (const lang of ['da', 'en']) {
  test(`every screen passes axe in ${lang === 'da' ? 'Danish' : 'English'}`, async () => {
    const { context, requests } = await newContext(env.browser);
    const page = await context.newPage();
    const found = [];
    const check = async (screen) => found.push(...(await violations(page, `${lang} ${screen}`)));
    await page.goto(env.server.origin);
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
    const next = async (name) => {
      await page.locator('.next-phase').click();
      await page.locator('[role=alertdialog] .primary, [role=alertdialog] .danger').first().click();
      await page.waitForFunction((n) => document.querySelector('.phase-name')?.textContent !== n, name);
    };
    await check('opening');
    await next();
    await check('stolthed');
    await next();
    await page.waitForSelector('.board');
    await check('play: roll');
    await page.locator('.roll').click();
    await page.waitForSelector('.field.target');
    await check('play: choose a field');
    await playToCard(page);
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
      await next();
      await check(screen);
    }
    // The saved games, with their rename and delete dialogs.
    await page.locator('.all-sessions').click();
    await page.waitForSelector('.session-row');
    await check('saved games');
    await page.locator('.session-actions button').nth(1).click();
    await page.locator('.rename-form').waitFor();
    await check('rename a game');
    await page.keyboard.press('Escape');
    await page.locator('.session-actions .danger-text').click();
    await page.getByRole('alertdialog').waitFor();
    await check('delete a game');
    await page.keyboard.press('Escape');
    assert.deepEqual(found, [], found.join('\n'));
    assert.deepEqual(foreignRequests(requests, env.server.origin), []);
    await context.close();
  });
}

test('the projector window passes axe', async () => {
  const { context, requests } = await newContext(env.browser);
  const page = await context.newPage();
  await page.goto(env.server.origin);
  await setUpGame(page, ['Ravnene', 'Uglerne']);
  const [projector] = await Promise.all([
    page.waitForEvent('popup'),
    page.getByRole('button', { name: 'Projektorvindue' }).click(),
  ]);
  await projector.waitForSelector('.board');
  const found = await violations(projector, 'projector: roll');
  await playToCard(page);
  await projector.waitForSelector('.card-question');
  found.push(...(await violations(projector, 'projector: card')));
  found.push(...(await violations(page, 'control with projector: card')));
  assert.deepEqual(found, [], found.join('\n'));
  assert.deepEqual(foreignRequests(requests, env.server.origin), []);
  await context.close();
});
