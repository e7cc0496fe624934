// Issue 19: print-and-play. The print view opens from the deck screen and the set-up,
// and prints — to PDF in Chromium, read back with poppler — the ticked cards eight to a
// landscape A4 sheet with each back behind its front, the board on four A4 tiles or one
// A3 sheet, the pieces and wedges, the rules on one page and an empty handleplan. A
// question as long as each text size allows still fits its card; one longer is named by
// the deck check. axe finds nothing on the print view.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  withBrowser, openPage, assertClean, axeViolations, printed, pdfWords, wordsIn, shots, root, shownText,
} from './harness.mjs';

const env = withBrowser();
const deck = JSON.parse(readFileSync(join(root, 'assets/decks/standard.json'), 'utf8'));

// The card grid on a landscape A4 sheet (model::print): 4 × 2 cards of 63 × 88 mm from
// 22.5 mm left and 17 mm down.
const GRID = { left: 22.5, top: 17, width: 63, height: 88, columns: 4 };
const slotBox = (slot) => ({
  left: GRID.left + (slot % GRID.columns) * GRID.width,
  top: GRID.top + Math.floor(slot / GRID.columns) * GRID.height,
  width: GRID.width,
  height: GRID.height,
});
const backSlot = (slot) => Math.floor(slot / 4) * 4 + (3 - (slot % 4));
const KIND_NAMES = {
  kernen: 'Kernen', for_hvem: 'For hvem', kvalitet: 'Kvalitet & effekt', prioritering: 'Prioritering & ressourcer',
  samarbejde: 'Samarbejde på tværs', tillid: 'Tillid & retfærdighed', stolthed: 'Stolthed', handling: 'Handling', joker: 'Joker',
};
const oneLine = (text) => text.replace(/\s+/g, ' ').trim().normalize('NFKC');

/** Set the print view's choices: `cards` is 'ticked', 'all' or 'none', `board` 'four',
 *  'a3' or 'none'; the tick boxes as given. */
async function choose(page, { cards = 'none', hints = false, board = 'none', pieces = false, rules = false, plan = false }) {
  const radios = {
    ticked: /der er valgt til spillet|chosen for the game/, all: /Alle .* kort i bunken|All .* cards in the deck/, none: /^(Ingen kort|No cards)$/,
    four: /Fire A4-ark|Four A4 sheets/, a3: /Ét A3-ark|One A3 sheet/, noBoard: /^(Ingen spilleplade|No board)$/,
  };
  await page.getByRole('radio', { name: radios[cards] }).check();
  await page.getByRole('radio', { name: radios[board === 'none' ? 'noBoard' : board] }).check();
  for (const [cls, on] of [['print-hints', hints], ['print-pieces', pieces], ['print-rules', rules], ['print-empty-plan', plan]]) {
    await page.locator(`.${cls} input`).setChecked(on);
  }
}

/** Every question box and every sheet of a fixed size whose content overflows it, as the
 *  print layout sets them. */
async function overflowing(page) {
  await page.emulateMedia({ media: 'print' });
  const over = await page.evaluate(() => [...document.querySelectorAll('.paper-card-question, .sheet:not(.sheet-flow)')]
    .filter((e) => e.scrollHeight > e.clientHeight + 1 || e.scrollWidth > e.clientWidth + 1)
    .map((e) => `${e.className}: ${e.scrollHeight}/${e.clientHeight} «${e.textContent.slice(0, 60)}»`));
  await page.emulateMedia({ media: 'screen' });
  return over;
}

/** Render the first pages of a PDF to PNG in test-results/ to look at. */
function pictures(pdf, name, last = 2) {
  execFileSync('pdftoppm', ['-r', '60', '-png', '-f', '1', '-l', String(last), pdf, join(shots, name)]);
}

test('the ticked cards print eight to a sheet, each once, with its back behind it and nothing cut off', async () => {
  const { page, errors, requests } = await openPage(env);
  await page.waitForSelector('.setup');
  // 34 of the 154 cards switched off for the game (17 Kernen, 17 For hvem): 120 are ticked.
  await page.locator('.open-decks').click();
  await page.waitForSelector('.decks .card-row');
  const off = [];
  for (const tab of ['Kernen', 'For hvem']) {
    await page.getByRole('tab', { name: new RegExp(`^${tab}`) }).click();
    const rows = page.locator('.card-row');
    await rows.first().waitFor();
    for (let i = 0; i < 17; i++) {
      off.push(await rows.nth(i).getAttribute('data-card'));
      await rows.nth(i).locator('input.card-on').uncheck();
    }
  }
  const ticked = deck.cards.filter((c) => !off.includes(c.id));
  assert.equal(ticked.length, 120);

  await page.locator('.open-print').click();
  await page.getByRole('heading', { name: 'Print spillet til borde uden tablet' }).waitFor();
  await page.getByRole('radio', { name: 'De 120 kort, der er valgt til spillet' }).waitFor();
  assert.ok(await page.getByRole('radio', { name: 'Alle 154 kort i bunken' }).isVisible());
  assert.deepEqual(await axeViolations(page, 'print view'), []);
  await page.screenshot({ path: join(shots, 'print-view-1920x1080.png') });

  await choose(page, { cards: 'ticked' });
  await page.getByText('Det bliver: 30 ark A4.').waitFor();
  assert.deepEqual(await overflowing(page), [], 'no question and no sheet runs over');
  const pdf = await printed(page, 'print-cards.pdf');
  assert.equal(pdf.pages, 30, '120 cards: 15 sheets of fronts and 15 of backs');
  assert.equal(pdf.sizes.length, pdf.pages);
  assert.ok(pdf.sizes.every(([w, h]) => w === 297 && h === 210), `landscape A4: ${JSON.stringify(pdf.sizes.slice(0, 3))}`);
  // On the page too, each back sheet holds its front sheet's cards mirrored: 4 3 2 1 / 8 7 6 5.
  const backOrder = await page.locator('.sheet-cards.backs').first().locator('.paper-card').evaluateAll(
    (cards) => cards.map((c) => c.dataset.back),
  );
  const frontOrder = await page.locator('.sheet-cards.fronts').first().locator('.paper-card').evaluateAll(
    (cards) => cards.map((c) => c.dataset.number),
  );
  assert.deepEqual(backOrder, [3, 2, 1, 0, 7, 6, 5, 4].map((i) => frontOrder[i]));
  pictures(pdf.path, 'print-cards');

  // Each ticked card's question, as the game shows it, stands in exactly one place of the
  // fronts — its own, in the deck's order — and its kind's name on the back behind it.
  const pages = pdfWords(pdf.path);
  const fronts = [];
  const backs = [];
  for (let sheet = 0; sheet < 15; sheet++) {
    for (let slot = 0; slot < 8; slot++) {
      fronts.push(wordsIn(pages[2 * sheet], slotBox(slot)));
      backs.push(wordsIn(pages[2 * sheet + 1], slotBox(backSlot(slot))));
    }
  }
  for (const [index, card] of ticked.entries()) {
    const question = oneLine(shownText(card.text.da, { core_task: '' }));
    const at = fronts.flatMap((text, place) => (text.includes(question) ? [place] : []));
    assert.deepEqual(at, [index], `card ${card.id} once, in place ${index}: «${question}» — found in ${at}`);
    assert.ok(fronts[index].startsWith(KIND_NAMES[card.category]), `${card.id}'s front: ${fronts[index].slice(0, 40)}`);
    const number = deck.cards.indexOf(card) + 1;
    assert.ok(fronts[index].endsWith(`nr. ${number}`), `${card.id} numbered by its place in the deck: ${fronts[index].slice(-20)}`);
    assert.equal(backs[index], `${KIND_NAMES[card.category]} KerneSpillet`, `the back behind card ${index + 1}`);
  }
  // The hints are for the facilitator's sheet only.
  const hinted = ticked.find((c) => c.hint);
  assert.ok(!pdf.text.includes(oneLine(shownText(hinted.hint.da, { core_task: '' })).slice(0, 40)), 'no hint on a card');

  // With the hints: every ticked card's hint is on the facilitator's sheet, by number.
  await choose(page, { cards: 'none', hints: true });
  const hints = await printed(page, 'print-hints.pdf');
  assert.equal(hints.sizes.length, hints.pages);
  assert.ok(hints.pages >= 2 && hints.sizes.every(([w, h]) => w === 210 && h === 297), `${hints.pages} A4 pages`);
  for (const card of ticked.filter((c) => c.hint)) {
    const number = deck.cards.indexOf(card) + 1;
    assert.ok(hints.text.includes(`nr. ${number} · ${KIND_NAMES[card.category]}`), `hint of card ${number}`);
  }
  assert.ok(hints.text.includes('Tips til den, der leder spillet'));
  const english = deck.cards.find((c) => c.category === 'tillid' && c.hint);
  assert.ok(!hints.text.includes(english.hint.en.slice(0, 30)), 'in Danish');

  await page.getByRole('button', { name: '← Tilbage' }).click();
  await page.waitForSelector('.decks');
  assertClean({ errors, requests }, env.server.origin);
});

test('the board, the pieces, the rules and an empty handleplan print each on their paper', async () => {
  const { page, errors, requests } = await openPage(env, { width: 768, height: 1024 });
  await page.waitForSelector('.setup');
  await page.getByRole('button', { name: 'Tilføj et hold' }).click();
  await page.locator('.team-row').nth(3).locator('input.team-name-input').fill('Køkkenet');
  await page.locator('.open-print').click();
  await page.getByRole('heading', { name: 'Print spillet til borde uden tablet' }).waitFor();
  await page.screenshot({ path: join(shots, 'print-view-768x1024.png') });

  await choose(page, { board: 'four' });
  const tiles = await printed(page, 'print-board-a4.pdf');
  assert.equal(tiles.pages, 4);
  assert.equal(tiles.sizes.length, 4);
  assert.ok(tiles.sizes.every(([w, h]) => w === 210 && h === 297));
  for (const [n, where] of [[1, 'øverst til venstre'], [2, 'øverst til højre'], [3, 'nederst til venstre'], [4, 'nederst til højre']]) {
    assert.ok(tiles.text.includes(`Spillebrættet, del ${n} af 4: ${where}`), `tile ${n}`);
  }
  // Each tile shows its quarter and a centimetre more; neighbours meet at the crosses.
  const views = await page.locator('.board-tile .paper-board').evaluateAll((svgs) => svgs.map((s) => s.getAttribute('viewBox')));
  assert.deepEqual(views, ['0.0 0.0 513.5 513.5', '486.5 0.0 513.5 513.5', '0.0 486.5 513.5 513.5', '486.5 486.5 513.5 513.5']);
  assert.equal(await page.locator('.board-tile').first().locator('.align-mark').count(), 4);
  // A cross never lies on a field, where it would hide the field's icon.
  const crossed = await page.locator('.board-tile').first().evaluate((tile) => {
    const boxes = (selector) => [...tile.querySelectorAll(selector)].map((e) => e.getBoundingClientRect());
    const meet = (a, b) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
    const discs = boxes('.field .disc');
    return boxes('.align-mark').filter((mark) => discs.some((disc) => meet(mark, disc))).length;
  });
  assert.equal(crossed, 0, 'no cross on a field');
  assert.equal(await page.locator('.board-tile').first().locator('.field').count(), 67, 'every field of the board on every tile');
  pictures(tiles.path, 'print-board-a4', 4);

  await choose(page, { board: 'a3' });
  const a3 = await printed(page, 'print-board-a3.pdf');
  assert.equal(a3.pages, 1);
  assert.deepEqual(a3.sizes, [[297, 420]]);
  assert.ok(a3.text.includes('KerneSpillet – spillebrættet'));

  await choose(page, { pieces: true });
  await page.getByText('Det bliver: 2 ark A4.').waitFor();
  const pieces = await printed(page, 'print-pieces.pdf');
  assert.equal(pieces.pages, 2, 'four teams, three to a sheet');
  assert.deepEqual(await overflowing(page), [], 'the pieces fit their sheets');
  for (const name of ['Hold A', 'Hold B', 'Hold C', 'Køkkenet']) assert.ok(pieces.text.includes(name), name);
  assert.equal(await page.locator('.piece-team .paper-wedge').count(), 24, 'six wedges a team');
  pictures(pieces.path, 'print-pieces', 1);

  await choose(page, { rules: true });
  const rules = await printed(page, 'print-rules.pdf');
  assert.equal(rules.pages, 1, 'the rules on one page');
  assert.deepEqual(await overflowing(page), [], 'the rules fit their page');
  for (const words of ['Sådan spiller I KerneSpillet', 'En tur', 'Felterne', 'Kortrunden', 'Pusterum', 'Genvej', 'Lederen taler altid sidst', 'Hvert hold starter på sit eget startfelt']) {
    assert.ok(rules.text.includes(words), words);
  }
  pictures(rules.path, 'print-rules', 1);

  await choose(page, { plan: true });
  const plan = await printed(page, 'print-plan.pdf');
  assert.equal(plan.pages, 1, 'the empty plan on one page');
  for (const words of ['Handleplan', 'Vores kerneopgave i én sætning', 'Aktivitet 1', 'Aktivitet 2', 'Aktivitet 3', 'Ejer – ét navn', 'Opfølgning']) {
    assert.ok(plan.text.includes(words), words);
  }
  assert.deepEqual(await overflowing(page), []);
  pictures(plan.path, 'print-plan', 1);

  // The button opens the browser's print dialog (here counted instead of shown).
  await page.evaluate(() => { window.printed = 0; window.print = () => { window.printed += 1; }; });
  await page.getByRole('button', { name: 'Print arkene' }).click();
  assert.equal(await page.evaluate(() => window.printed), 1);

  // Nothing chosen: nothing to print, and it says so.
  await choose(page, {});
  await page.getByText('Vælg mindst én ting at printe.').waitFor();
  assert.ok(await page.getByRole('button', { name: 'Print arkene' }).isDisabled());

  // In English, the rules speak English.
  await page.getByRole('button', { name: 'English' }).click();
  await choose(page, { rules: true });
  const englishRules = await printed(page, 'print-rules-en.pdf');
  assert.ok(englishRules.text.includes('How to play KerneSpillet') && englishRules.text.includes('The card round'));
  assert.deepEqual(await overflowing(page), [], 'the English rules fit their page too');
  assert.deepEqual(await axeViolations(page, 'print view in English'), []);
  await page.getByRole('button', { name: 'Dansk' }).click();

  await page.getByRole('button', { name: '← Tilbage' }).click();
  await page.waitForSelector('.setup');
  assertClean({ errors, requests }, env.server.origin);
});

// What model::print::TextSize allows at each size: weight and longest word.
const SIZES = [['size-large', 95, 16], ['size-medium', 160, 20], ['size-small', 250, 24], ['size-smallest', 360, 29]];
const LETTERS = 'samarbejdspartnerekvalitetsmålingernesundhedsplejerskerne';

/** A core task that makes `template`'s `{formuleringen}` as long as `weight` (or up to
 *  two short), of words as long as `longest`. */
function wordingFor(template, weight, longest) {
  const filled = (core) => template.replace('{formuleringen}', `»${core}«`);
  const word = (n) => LETTERS.slice(0, n);
  let core = word(longest - 1);
  while ([...filled(`${core} ${word(longest)}`)].length <= weight) core += ` ${word(longest)}`;
  const rest = weight - [...filled(core)].length;
  if (rest >= 2) core += ` ${word(Math.min(rest - 1, longest - 2))}`;
  return core;
}

test('a question as long as each size allows fits its card, and one longer is named by the deck check', async () => {
  const { page, errors, requests } = await openPage(env);
  await page.waitForSelector('.setup');
  // The cards speak of the people chosen at set-up.
  await page.getByLabel('Kortene kalder dem').selectOption('patient');
  await page.locator('.open-print').click();
  const withWord = deck.cards.find((c) => c.text.da.includes('{borgerne}'));
  const worded = await page.locator(`.paper-card.front[data-card="${withWord.id}"] .paper-card-question`).innerText();
  assert.equal(oneLine(worded), oneLine(shownText(withWord.text.da, { core_task: '', audience: 'patient' })));
  assert.match(worded, /patienterne/);
  await page.getByRole('button', { name: '← Tilbage' }).click();

  const card = deck.cards.find((c) => c.text.da.includes('{formuleringen}'));
  const number = deck.cards.indexOf(card) + 1;
  const coreTask = page.locator('.core-task textarea');
  const question = page.locator(`.paper-card.front[data-card="${card.id}"] .paper-card-question`);
  for (const [size, weight, longest] of SIZES) {
    const core = wordingFor(card.text.da, weight, longest);
    await coreTask.fill(core);
    await page.locator('.open-print').click();
    await question.waitFor();
    const shown = await question.innerText();
    assert.ok([...shown].length >= weight - 2 && [...shown].length <= weight, `${size}: ${[...shown].length} characters`);
    assert.equal(await question.getAttribute('class'), `paper-card-question ${size}`);
    const over = (await overflowing(page)).filter((o) => o.includes('paper-card-question'));
    assert.deepEqual(over, [], `${size}: the longest question it takes fits`);
    assert.equal(await page.locator('.print-warnings li').count(), 0);
    await page.getByRole('button', { name: '← Tilbage' }).click();
    await page.waitForSelector('.setup');
  }

  // Longer than the smallest size takes: the print view and the deck screen both say so.
  await coreTask.fill(wordingFor(card.text.da, 400, 12));
  await page.locator('.open-print').click();
  await page.getByText(`Teksten på kort ${number} er for lang til et printet kort og bliver skåret af`).waitFor();
  assert.match(await question.getAttribute('class'), /too-long/);
  await page.getByRole('button', { name: '← Tilbage' }).click();
  await page.locator('.open-decks').click();
  await page.getByRole('tab', { name: /^Kernen/ }).click();
  await page.locator(`.card-row[data-card="${card.id}"] .card-row-warning`).getByText('For lang til et printet kort').waitFor();
  assert.equal(await page.locator('.card-row-warning').count(), 1, 'only that card');
  assertClean({ errors, requests }, env.server.origin);
});
