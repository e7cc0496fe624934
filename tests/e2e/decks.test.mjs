// The deck screen: writing a card and meeting it in a game, exporting and importing a
// deck, and a broken file that changes nothing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  withBrowser, openPage, assertClean, storedSession, cardOnTable, setUpGame, drawCard, download, shots,
  deckCards,
} from './harness.mjs';

const env = withBrowser();

const NEW_CARD_DA = 'Hvad ville vores yngste kollega sige, at vi er her for?';
const NEW_CARD_EN = 'What would our newest colleague say we are here for?';

/** A fresh page (see `openPage`) on the deck screen. */
async function openDecks(viewport) {
  const opened = await openPage(env, viewport);
  const { page } = opened;
  await page.waitForSelector('.setup');
  await page.getByRole('button', { name: 'Se, vælg og ret kortene' }).click();
  await page.waitForSelector('.decks');
  return opened;
}

async function storedDecks(page) {
  return page.evaluate(() => localStorage.getItem('kernespillet.decks'));
}

/** Export the chosen deck through the button; returns the file's name, path and text. */
function exportDeck(page) {
  return download(page, () => page.getByRole('button', { name: 'Eksportér til fil' }).click());
}

test('a card written in the editor turns up in a game played with the custom deck', async () => {
  const { requests, errors, page } = await openDecks();

  // The standard deck cannot be edited; a copy can.
  assert.equal(await page.locator('.card-row .edit').count(), 0);
  await page.getByRole('button', { name: 'Lav en kopi' }).click();
  await page.getByText('Kopien »Kopi af Standardkort« er lavet').waitFor();
  assert.equal(await page.locator('.card-row').count(), 20);

  // A card without its question is refused with a message, and nothing is stored.
  const before = await storedDecks(page);
  await page.getByRole('button', { name: 'Nyt kort' }).click();
  await page.locator('.card-editor').waitFor();
  await page.getByRole('button', { name: 'Gem kortet' }).click();
  await page.locator('.editor-problems li').first().waitFor();
  const refusal = await page.locator('.editor-problems').innerText();
  assert.match(refusal, /Mangler spørgsmålet på dansk/);
  assert.equal(await storedDecks(page), before);

  await page.locator('.question-da textarea').fill(NEW_CARD_DA);
  await page.getByRole('button', { name: 'Gem kortet' }).click();
  await page.locator('.editor-problems li').first().waitFor();
  assert.match(await page.locator('.editor-problems').innerText(), /Mangler spørgsmålet på engelsk/);

  await page.locator('.question-en textarea').fill(NEW_CARD_EN);
  await page.locator('.card-editor select').nth(1).selectOption('scale');
  await page.getByRole('button', { name: 'Gem kortet' }).click();
  await page.locator('.card-editor').waitFor({ state: 'detached' });
  const row = page.locator('.card-row', { hasText: NEW_CARD_DA });
  await row.waitFor();
  assert.match(await row.innerText(), /Skala 0–5/);
  assert.equal(await page.locator('.card-row').count(), 21);
  const stored = JSON.parse(await storedDecks(page));
  const saved = stored[0].cards.find((card) => card.text.da === NEW_CARD_DA);
  assert.deepEqual(
    { category: saved.category, form: saved.form, en: saved.text.en },
    { category: 'kernen', form: 'scale', en: NEW_CARD_EN },
  );
  const newId = saved.id;

  // The preview shows it as the projector will.
  await row.getByRole('button', { name: 'Vis' }).click();
  assert.equal(await page.locator('.card-preview .card-question').innerText(), NEW_CARD_DA);
  await page.keyboard.press('Escape');

  // Switch all but three Kernen cards off for this game, so the new card comes up soon.
  const others = page.locator('.card-row').filter({ hasNotText: NEW_CARD_DA });
  for (let i = 0; i < 19; i++) await others.nth(i).locator('input.card-on').uncheck();
  await page.getByRole('button', { name: /Tilbage til opsætningen/ }).click();
  await page.locator('.deck-summary').getByText(/For få kort|for få kort/).waitFor();
  assert.match(await page.locator('.deck-summary').innerText(), /Kopi af Standardkort · 155 kort/);
  assert.match(await page.locator('.deck-summary').innerText(), /Kort slået fra i dette spil: 19/);
  await page.getByRole('button', { name: 'Start spillet' }).click();
  assert.equal(await storedSession(page), null, 'too few cards: the game does not start');

  await page.getByRole('button', { name: 'Se, vælg og ret kortene' }).click();
  await page.locator('.card-row').filter({ hasNotText: NEW_CARD_DA }).first().locator('input.card-on').check();
  await page.getByRole('button', { name: /Tilbage til opsætningen/ }).click();
  assert.match(await page.locator('.deck-summary').innerText(), /Kort slået fra i dette spil: 18/);

  // A reload keeps the deck, the choice and the cards switched off.
  await page.reload();
  await page.waitForSelector('.setup');
  assert.match(await page.locator('.deck-summary').innerText(), /Kopi af Standardkort · 155 kort/);
  assert.match(await page.locator('.deck-summary').innerText(), /Kort slået fra i dette spil: 18/);

  await setUpGame(page, ['Ravnene', 'Uglerne']);
  let session = await storedSession(page);
  assert.equal(deckCards(session).filter((c) => c.category === 'kernen').length, 3);
  assert.ok(deckCards(session).some((c) => c.id === newId));

  // Play, steering toward Kernen, until the new card is on the table (a card that is
  // not it is finished with the primary button).
  session = await drawCard(page, {
    play: {
      choosing_target: async () => {
        const kernen = page.locator('.field.target[data-category="kernen"]');
        const target = (await kernen.count()) > 0 ? kernen.first() : page.locator('.field.target').first();
        await target.click();
      },
      choosing_category: () => page.locator('.category-choice', { hasText: 'Kernen' }).click(),
    },
    wanted: (s) => cardOnTable(s) === NEW_CARD_DA,
    steps: 150,
    what: 'the new card came up',
  });
  assert.equal(cardOnTable(session), NEW_CARD_DA, 'the new card came up');
  assert.equal(await page.locator('.card-table .card-question').innerText(), NEW_CARD_DA);
  assert.match(await page.locator('.card-table .card-form').innerText(), /Skala 0–5/);
  await page.screenshot({ path: join(shots, 'custom-card-in-play-1920x1080.png') });

  assertClean({ errors, requests }, env.server.origin);
});

test('a deck exported to a file imports back the same, and asks before replacing', async () => {
  const { requests, errors, page } = await openDecks();
  await page.getByRole('button', { name: 'Lav en kopi' }).click();
  const nameField = page.getByLabel('Navn på kortsættet');
  await nameField.fill('Vores kort');
  await nameField.press('Tab');
  await page.locator('.deck-choice', { hasText: 'Vores kort' }).waitFor();

  const first = await exportDeck(page);
  assert.equal(first.name, 'kernespillet-vores-kort.json', 'named as the deck is called now');
  const file = JSON.parse(first.text);
  assert.equal(file.format, 'kernespillet-deck');
  assert.deepEqual(file.name, { da: 'Vores kort', en: 'Copy of Standard deck' }, 'renamed in the language shown');
  assert.deepEqual(file.languages, ['da', 'en']);
  assert.equal(file.cards.length, 154);

  // Two cards switched off for the next game survive the deck being replaced.
  const offRows = page.locator('.card-row input.card-on');
  await offRows.nth(0).uncheck();
  await offRows.nth(1).uncheck();

  // Same id: the facilitator is asked, and "replace" keeps one deck.
  await page.locator('input.import-file').setInputFiles(first.path);
  await page.getByRole('alertdialog', { name: 'Kortsættet findes allerede' }).waitFor();
  assert.match(await page.locator('#dialog-body').innerText(), /»Vores kort«/);
  await page.getByRole('button', { name: 'Erstat det' }).click();
  await page.getByText('»Vores kort« er importeret med 154 kort og valgt til næste spil. 2 af dets kort er stadig slået fra i næste spil, som før.').waitFor();
  assert.deepEqual(await offRows.evaluateAll((boxes) => boxes.slice(0, 3).map((b) => b.checked)), [false, false, true]);
  assert.equal(JSON.parse(await storedDecks(page)).length, 1);
  const again = await exportDeck(page);
  assert.equal(again.text, first.text, 'export → import → export gives the same file');

  // "Save as new" keeps both.
  await page.locator('input.import-file').setInputFiles(first.path);
  await page.getByRole('button', { name: 'Gem som nyt' }).click();
  await page.getByText('»Vores kort« er importeret med 154 kort').waitFor();
  assert.equal(await page.locator('.deck-choice').count(), 3);
  const decks = JSON.parse(await storedDecks(page));
  assert.deepEqual(decks.map((d) => d.id), ['kopi-af-standardkort', 'kopi-af-standardkort-2']);
  assert.deepEqual(decks[1].cards, decks[0].cards);

  // Cancel changes nothing.
  const beforeCancel = await storedDecks(page);
  await page.locator('input.import-file').setInputFiles(first.path);
  await page.getByRole('button', { name: 'Fortryd' }).click();
  assert.equal(await storedDecks(page), beforeCancel);

  assertClean({ errors, requests }, env.server.origin);
});

test('a broken file shows every problem and leaves the decks untouched', async () => {
  const { requests, errors, page } = await openDecks();
  await page.getByRole('button', { name: 'Lav en kopi' }).click();
  const good = await exportDeck(page);
  const broken = JSON.parse(good.text);
  broken.cards[0].category = 'vejret';
  delete broken.cards[20].text.en;
  broken.cards[30].id = broken.cards[29].id;
  const brokenPath = join(shots, 'broken-deck.json');
  await writeFile(brokenPath, JSON.stringify(broken));
  const before = await storedDecks(page);

  await page.locator('input.import-file').setInputFiles(brokenPath);
  const list = page.locator('.problem-list');
  await list.waitFor();
  const text = await list.innerText();
  assert.match(text, /»broken-deck\.json« kunne ikke bruges\. Intet er ændret/);
  assert.match(text, /Kort nr\. 1 \(kernen-01\): har en kategori, vi ikke kender: »vejret«/);
  assert.match(text, new RegExp(`Kort nr\\. 21 \\(${broken.cards[20].id}\\): mangler spørgsmålet på engelsk`));
  assert.match(text, new RegExp(`Kort nr\\. 31 \\(${broken.cards[30].id}\\): har samme id som et kort før det`));
  assert.equal(await list.locator('li').count(), 3);
  await page.screenshot({ path: join(shots, 'import-problems-1920x1080.png') });
  assert.equal(await storedDecks(page), before, 'nothing stored changed');
  assert.equal(await page.locator('.deck-choice').count(), 2);

  // The next file read clears this list: it does not stand behind the next question.
  await page.locator('input.import-file').setInputFiles(good.path);
  await page.getByRole('alertdialog', { name: 'Kortsættet findes allerede' }).waitFor();
  assert.equal(await page.locator('.problem-list').count(), 0, 'the last problems are gone');
  await page.getByRole('button', { name: 'Fortryd' }).click();

  // A saved game is not a deck: said in one line, not a dozen missing fields.
  const gamePath = join(shots, 'a-saved-game.json');
  await writeFile(gamePath, JSON.stringify({ schema_version: 4, id: 'abc', teams: [], deck: { builtin: 'standard' } }));
  await page.locator('input.import-file').setInputFiles(gamePath);
  await list.waitFor();
  assert.equal(await list.locator('li').count(), 1);
  assert.match(await list.innerText(), /Filen: er ikke et kortsæt til KerneSpillet – måske et gemt spil eller en anden slags fil/);
  assert.equal(await storedDecks(page), before);

  // Not JSON at all: said plainly, still nothing changed.
  const junkPath = join(shots, 'not-a-deck.json');
  await writeFile(junkPath, 'Kære alle, her er kortene!');
  await page.locator('input.import-file').setInputFiles(junkPath);
  await page.getByText(/Filen: er ikke en kortsæt-fil: den kan ikke læses som JSON \(det går galt i linje 1, tegn 1\)/).waitFor();
  assert.equal(await storedDecks(page), before);

  // A reload still finds the good deck.
  await page.reload();
  await page.waitForSelector('.setup');
  assert.match(await page.locator('.deck-summary').innerText(), /Kopi af Standardkort · 154 kort/);

  // A stored deck this version cannot open is set aside whole, said, and the rest kept.
  const damaged = `[${JSON.stringify({ format: 'kernespillet-deck', cards: 'ingen' })},${before.slice(1)}`;
  await page.evaluate((raw) => localStorage.setItem('kernespillet.decks', raw), damaged);
  await page.reload();
  await page.getByText('Gemte kortsæt, der ikke kunne åbnes: 1. De er lagt til side, så intet er slettet.').waitFor();
  assert.equal(await page.evaluate(() => localStorage.getItem('kernespillet.decks.set-aside')), damaged);
  assert.match(await page.locator('.deck-summary').innerText(), /Kopi af Standardkort · 154 kort/);
  assert.equal(await storedDecks(page), before);

  assertClean({ errors, requests }, env.server.origin);
});

test('the deck screen works at tablet size and in English', async () => {
  const { errors, page } = await openDecks({ width: 768, height: 1024 });
  await page.getByRole('button', { name: 'Lav en kopi' }).click();
  await page.screenshot({ path: join(shots, 'decks-768x1024.png') });
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(width <= 768, `no sideways scrolling (${width}px)`);
  // The category tabs follow the arrow keys.
  await page.getByRole('tab', { name: /Kernen/ }).focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  assert.equal(await page.locator('.kind-tab[aria-selected="true"]').getAttribute('data-kind'), 'kvalitet');
  await page.waitForFunction(() => document.activeElement.dataset.kind === 'kvalitet');
  await page.keyboard.press('End');
  await page.waitForFunction(() => document.activeElement.dataset.kind === 'joker');
  assert.equal(await page.locator('.card-row').count(), 6);
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('tab', { name: /Pride/ }).click();
  assert.equal(await page.locator('.card-row').count(), 14);
  assert.match(await page.locator('.card-row').first().innerText(), /proud/i);
  assert.deepEqual(errors, []);
});

test('cards are reordered and deleted, and a change that would break the deck is refused', async () => {
  const { errors, page } = await openDecks();
  await page.getByRole('button', { name: 'Lav en kopi' }).click();
  await page.getByRole('tab', { name: /Joker/ }).click();
  const ids = async () => (await page.locator('.card-row').evaluateAll((rows) => rows.map((r) => r.dataset.card)));
  const start = await ids();
  assert.deepEqual(start, ['joker-01', 'joker-02', 'joker-03', 'joker-04', 'joker-05', 'joker-06']);

  // Move the second card down, by keyboard: the focus stays on the moved card.
  await page.locator('[data-card="joker-02"] .move-down').focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelector('.card-row:nth-child(3)')?.dataset.card === 'joker-02');
  assert.deepEqual(await ids(), ['joker-01', 'joker-03', 'joker-02', 'joker-04', 'joker-05', 'joker-06']);
  assert.equal(await page.evaluate(() => document.activeElement.closest('.card-row')?.dataset.card), 'joker-02');
  const stored = JSON.parse(await storedDecks(page))[0];
  assert.deepEqual(stored.cards.filter((c) => c.category === 'joker').map((c) => c.id), await ids());

  // Delete asks first; cancel keeps the card.
  await page.locator('[data-card="joker-04"] .delete').click();
  await page.getByRole('alertdialog', { name: 'Slet kortet?' }).waitFor();
  await page.getByRole('button', { name: 'Fortryd' }).click();
  assert.equal(await page.locator('.card-row').count(), 6);
  for (const id of ['joker-06', 'joker-05', 'joker-04', 'joker-03', 'joker-02']) {
    await page.locator(`[data-card="${id}"] .delete`).click();
    await page.getByRole('button', { name: 'Slet kortet', exact: true }).click();
    await page.locator(`[data-card="${id}"]`).waitFor({ state: 'detached' });
  }
  assert.deepEqual(await ids(), ['joker-01']);

  // The last Joker cannot go: the deck would be unplayable. The list says why.
  const before = await storedDecks(page);
  await page.locator('[data-card="joker-01"] .delete').click();
  await page.getByRole('button', { name: 'Slet kortet', exact: true }).click();
  const refusal = page.locator('.problem-list');
  await refusal.waitFor();
  assert.match(await refusal.innerText(), /Ændringen er ikke gemt/);
  assert.match(await refusal.innerText(), /Bunken »Joker«: har 0 kort, men der skal være mindst 1/);
  assert.equal(await storedDecks(page), before);
  assert.deepEqual(await ids(), ['joker-01']);

  // A whole deck is deleted only after asking, and the standard deck is chosen again.
  await page.getByRole('button', { name: 'Slet kortsættet' }).click();
  await page.getByRole('alertdialog', { name: 'Slet kortsættet?' }).locator('button.danger').click();
  await page.locator('.deck-choice').first().waitFor();
  assert.equal(await page.locator('.deck-choice').count(), 1);
  assert.equal(await storedDecks(page), '[]');
  assert.ok(await page.locator('.deck-choice input').isChecked());
  assert.deepEqual(errors, []);
});

test('two windows share one setup form and one deck list, each seeing the other at once', async () => {
  const { context, errors, requests, page } = await openPage(env);
  await page.waitForSelector('.setup');
  const other = await context.newPage();
  await other.goto(env.server.origin);
  await other.waitForSelector('.setup');

  // A team name typed in one window is in the other's form without a reload.
  await page.locator('.team-row input.team-name-input').first().fill('Dagholdet');
  await other.waitForFunction(
    () => document.querySelector('.team-row input.team-name-input')?.value === 'Dagholdet',
  );
  // And the other way round: the form has one writer at a time, not one per window.
  await other.locator('.team-row input.team-name-input').nth(1).fill('Nattevagten');
  await page.waitForFunction(
    () => document.querySelectorAll('.team-row input.team-name-input')[1]?.value === 'Nattevagten',
  );
  const draft = JSON.parse(await page.evaluate(() => localStorage.getItem('kernespillet.setup-draft')));
  assert.match(JSON.stringify(draft), /Dagholdet/);
  assert.match(JSON.stringify(draft), /Nattevagten/);

  // A deck copied in one window is in the other's deck list at once.
  for (const p of [page, other]) {
    await p.getByRole('button', { name: 'Se, vælg og ret kortene' }).click();
    await p.waitForSelector('.decks');
  }
  await page.getByRole('button', { name: 'Lav en kopi' }).click();
  await page.getByText('Kopien »Kopi af Standardkort« er lavet').waitFor();
  await other.locator('.deck-choice', { hasText: 'Kopi af Standardkort' }).waitFor();
  assert.equal(await other.locator('.deck-choice').count(), 2);
  // The window that only watched saves nothing over it.
  assert.equal(JSON.parse(await storedDecks(other)).length, 1);
  assert.deepEqual(errors, []);
  assertClean({ errors, requests }, env.server.origin);
});

test('a full deck list refuses one more copy with a sentence, and stores nothing', async () => {
  for (const viewport of [{ width: 1920, height: 1080 }, { width: 768, height: 1024 }]) {
    const { errors, page } = await openDecks(viewport);
    await page.getByRole('button', { name: 'Lav en kopi' }).click();
    await page.getByText('Kopien »Kopi af Standardkort« er lavet').waitFor();
    // Fill the list up to its limit with copies of that deck, each with its own id.
    await page.evaluate(() => {
      const [deck] = JSON.parse(localStorage.getItem('kernespillet.decks'));
      const decks = Array.from({ length: 30 }, (_, i) => ({
        ...deck,
        id: `${deck.id}-${i + 1}`,
        name: { da: `Kortsæt nr. ${i + 1}`, en: `Deck no. ${i + 1}` },
      }));
      localStorage.setItem('kernespillet.decks', JSON.stringify(decks));
    });
    await page.reload();
    await page.getByRole('button', { name: 'Se, vælg og ret kortene' }).click();
    await page.waitForSelector('.decks');
    assert.equal(await page.locator('.deck-choice').count(), 31);
    const before = await storedDecks(page);

    await page.locator('.deck-choice', { hasText: 'Kortsæt nr. 3' }).first().click();
    await page.getByRole('button', { name: 'Lav en kopi' }).click();
    const refusal = page.getByText('Der er allerede 30 egne kortsæt');
    await refusal.waitFor();
    // It stands where the facilitator is looking: next to the button, not below the list.
    const seen = await refusal.evaluate((el) => {
      const box = el.getBoundingClientRect();
      return box.top >= 0 && box.bottom <= window.innerHeight;
    });
    assert.ok(seen, 'the refusal is on screen after the click');
    await page.screenshot({ path: join(shots, `decks-full-${viewport.width}x${viewport.height}.png`) });
    assert.equal(await page.locator('.deck-choice').count(), 31);
    assert.equal(await storedDecks(page), before);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(width <= viewport.width, `no sideways scrolling (${width}px)`);
    assert.deepEqual(errors, []);
  }
});
