// "Dem, vi er her for": the facilitator chooses at setup what the cards call the people
// the team serves, and every card shown — on the control window and the projector, after a
// reload and in English — says that word, with no placeholder left.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import {
  withBrowser, openPage, assertClean, startGame, nextPhase, storedSession, drawCard, openProjector, deckCards,
  shownText, shots,
} from './harness.mjs';

const env = withBrowser();

/** The raw Danish text of the card on the table, placeholders and all. */
function rawCard(session) {
  return deckCards(session).find((card) => card.id === session.stage.id)?.text;
}

test('the word chosen at setup is the word on every card, on both windows and in both languages', async () => {
  const { requests, errors, page } = await openPage(env);
  await page.waitForSelector('.setup');
  const word = page.getByLabel('Kortene kalder dem');
  assert.equal(await word.inputValue(), 'borger', 'borgerne by default');
  await word.selectOption('patient');

  // An own word starts from the chosen one's forms, with a card's sentence as an
  // example; one form left empty stops the start, said.
  await word.selectOption('own');
  await page.getByText('»Hvad har patienterne mest brug for fra os?«', { exact: false }).waitFor();
  const forms = page.locator('.own-word-forms[lang="da"] input');
  assert.equal(await forms.count(), 6);
  assert.deepEqual(
    await forms.evaluateAll((inputs) => inputs.map((i) => i.value)),
    ['en patient', 'patienten', 'patienter', 'patienterne', 'patientens', 'patienternes'],
  );
  await page.screenshot({ path: join(shots, 'audience-own-1920x1080.png'), fullPage: true });
  await page.setViewportSize({ width: 768, height: 1024 });
  await page.locator('.own-word').scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(shots, 'audience-own-768x1024.png') });
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(width <= 768, `no sideways scrolling (${width}px)`);
  await page.setViewportSize({ width: 1920, height: 1080 });
  await forms.nth(4).fill('');
  await page.getByRole('button', { name: 'Start spillet' }).click();
  await page.getByText('Skriv ordet i alle seks former, højst 40 tegn hver.').waitFor();
  assert.equal(await forms.nth(4).getAttribute('aria-invalid'), 'true');
  assert.equal(await storedSession(page), null, 'no game started');
  await forms.nth(4).fill('lejerens');
  await word.selectOption('patient');
  await page.locator('.own-word').waitFor({ state: 'detached' });

  await startGame(page, ['Ravnene', 'Uglerne']);
  await nextPhase(page, 'Stolthedsrunde');
  // The pride round's card is shown as the game shows cards: no placeholder.
  assert.doesNotMatch(await page.locator('.card-question').innerText(), /[{}]/);
  await nextPhase(page, 'Spil');
  let session = await storedSession(page);
  assert.equal(session.audience, 'patient');
  const projector = await openProjector(page, { width: 1280, height: 720 });

  session = await drawCard(page, {
    wanted: (s) => /\{[^}]*borger/i.test(rawCard(s)?.da ?? ''),
    steps: 80,
    what: 'a card speaking of the people served',
  });
  const raw = rawCard(session);
  const expected = shownText(raw.da, session);
  assert.match(expected, /patient/i, expected);
  assert.equal((await page.locator('.card-question').innerText()).trim(), expected, 'the control window');
  await projector.waitForFunction((text) => document.querySelector('.card-question')?.textContent.trim() === text, expected);
  assert.doesNotMatch(await projector.locator('main').innerText(), /[{}]|borger/i, 'the projector');
  await page.screenshot({ path: join(shots, 'audience-card-1920x1080.png') });
  await projector.screenshot({ path: join(shots, 'audience-card-projector-1280x720.png') });

  // A reload keeps the word; in English the card says the English one.
  await page.reload();
  await page.waitForSelector('.card-question');
  assert.equal((await page.locator('.card-question').innerText()).trim(), expected);
  await page.getByRole('button', { name: 'English' }).click();
  const english = (await page.locator('.card-question').innerText()).trim();
  assert.match(english, /patient/i, english);
  assert.doesNotMatch(english, /[{}]|citizen/i, english);

  assertClean({ errors, requests }, env.server.origin);
});
