// The play screen on a projector (1920×1080, 1280×720) and a tablet (768×1024 standing,
// 1024×768 lying): nothing scrolls at any step of a turn, the card's question is at least
// 48 px on a projector, and on a tablet every control is a finger-sized target and the
// field being typed in stays in view above the on-screen keyboard.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import {
  withBrowser, openPage, assertClean, setUpGame, startGame, storedSession, storeSession, drawCard, advancePhase, atStage,
  openProjector, shots,
  deckCards,
} from './harness.mjs';

const env = withBrowser();

const SIX_TEAMS = ['Ravnene', 'Uglerne', 'Mågerne', 'Ørnene', 'Svanerne', 'Hejrene'];
const SIZES = [
  { width: 1920, height: 1080, projector: true },
  { width: 1280, height: 720, projector: true },
  { width: 768, height: 1024, tablet: true },
  { width: 1024, height: 768, tablet: true },
];

/** Everything drawn lies inside the window, and the page cannot scroll either way. */
async function assertNoScroll(page, what) {
  const overflow = await page.evaluate(() => {
    const out = [];
    const root = document.documentElement;
    if (root.scrollHeight > innerHeight || root.scrollWidth > innerWidth) {
      out.push(`page ${root.scrollWidth}×${root.scrollHeight} in ${innerWidth}×${innerHeight}`);
    }
    for (const element of document.body.querySelectorAll('*')) {
      if (element.closest('.visually-hidden')) continue;
      const box = element.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      if (box.bottom > innerHeight + 1 || box.right > innerWidth + 1) {
        out.push(`${element.tagName.toLowerCase()}.${element.className?.baseVal ?? element.className} ends at ${Math.round(box.right)}×${Math.round(box.bottom)}`);
      }
      if (element.scrollHeight > element.clientHeight + 1 && ['auto', 'scroll'].includes(getComputedStyle(element).overflowY)) {
        out.push(`${element.tagName.toLowerCase()}.${element.className} scrolls inside`);
      }
    }
    return out.slice(0, 5);
  });
  assert.deepEqual(overflow, [], `${what}: nothing outside the window`);
}

/** Store `session` as if the game had come to it, and reload. */
/** The board cards (the six categories and Handling) of a stored game's deck with the
 *  longest Danish question, and with the longest hint: the worst cases for the layout. */
function longestBy(session, length) {
  const board = deckCards(session).filter((c) => !['stolthed', 'joker'].includes(c.category));
  return board.reduce((best, card) => (length(card) > length(best) ? card : best));
}
const longestQuestion = (session) => longestBy(session, (c) => c.text.da.length);
const longestHint = (session) => longestBy(session, (c) => c.hint?.da.length ?? 0);

/** The longest question the deck editor accepts (MAX_CARD_TEXT_CHARS), in words a card uses. */
const LONGEST_ALLOWED = (
  'Fra 0 til 5, hvor 0 er »det sker næsten aldrig, og kun når nogen råber op« og 5 er »det sker hver ' +
  'uge, også når vi har travlt«: Hvor tit taler vi sammen om, hvad {borgerne} egentlig fik ud af vores ' +
  'hjælp og vores møder med dem? Vis tallet med fingrene på tre. Hvorfor dit tal? Hvad skulle rykke os ' +
  'ét trin op, allerede i næste uge?'
).slice(0, 230);

/** A stored game's deck as a facilitator's own deck whose first Kernen card is as long
 *  as the editor allows, in both languages. */
function atTheLimit(session) {
  assert.equal([...LONGEST_ALLOWED].length, 230);
  const cards = structuredClone(deckCards(session));
  const first = cards.find((c) => c.category === 'kernen');
  first.text = { da: LONGEST_ALLOWED, en: LONGEST_ALLOWED };
  return { id: 'egne-kort', name: { da: 'Egne kort', en: 'Own cards' }, version: '1', languages: ['da', 'en'], cards: [first, ...cards.filter((c) => c !== first)] };
}

async function restore(page, session) {
  await storeSession(page, session);
  await page.reload();
  await page.waitForSelector('.phase-name');
  assert.equal(await page.locator('.notice').count(), 0, 'the stored game opened');
}

/** Controls smaller than 48×48 CSS px, for a finger on a tablet. */
async function smallTargets(page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('button, input, textarea, select, summary, a[href]')]
      .filter((e) => e.getClientRects().length > 0 && !e.closest('.visually-hidden'))
      .map((e) => ({ e, box: e.getBoundingClientRect() }))
      .filter(({ box }) => box.width < 48 || box.height < 48)
      .map(({ e, box }) => `${e.tagName.toLowerCase()} "${e.textContent.trim().slice(0, 20)}" ${Math.round(box.width)}×${Math.round(box.height)}`),
  );
}

for (const size of SIZES) {
  const name = `${size.width}x${size.height}`;
  test(`no play screen scrolls at ${name}`, async () => {
    const { requests, page } = await openPage(env, { width: size.width, height: size.height });
    await setUpGame(page, SIX_TEAMS);
    // Every stage of a turn, from the roll to a card, checked when first seen.
    const seen = new Set();
    await drawCard(page, {
      onStage: async ({ stage: { stage } }) => {
        if (seen.has(stage)) return;
        seen.add(stage);
        await page.waitForTimeout(150);
        await assertNoScroll(page, `${name} ${stage}`);
        await page.screenshot({ path: join(shots, `layout-${stage}-${name}.png`) });
        if (size.tablet) assert.deepEqual(await smallTargets(page), [], `${name} ${stage}: targets ≥ 48×48`);
        if (size.tablet && stage === 'choosing_target') {
          // The board's own fields take a finger too, not only the buttons beside it.
          const fields = await page.locator('.field.target').evaluateAll((els) => els.map((e) => {
            const box = e.getBoundingClientRect();
            return Math.round(Math.min(box.width, box.height));
          }));
          assert.ok(fields.every((px) => px >= 44), `${name}: the board's fields to choose are ${fields} px`);
        }
      },
      play: {
        choosing_target: async () => {
          // Each field on the board is also a large button beside it.
          const fields = await page.locator('.field.target').evaluateAll((els) => els.map((e) => e.dataset.field).sort());
          const buttons = await page.locator('.target-choice').evaluateAll((els) => els.map((e) => e.dataset.field).sort());
          assert.deepEqual(buttons, fields);
          await page.locator('.target-choice').first().click();
        },
      },
      what: 'a card came up',
    });
    assert.ok(seen.has('card'), 'a card came up');
    // The speaking round: its buttons, the idea and six teams share the screen.
    await page.keyboard.press('PageDown');
    await page.waitForSelector('[data-round="round"]');
    await assertNoScroll(page, `${name} speaking round`);
    await page.screenshot({ path: join(shots, `layout-speaking-${name}.png`) });
    if (size.projector) {
      // 48 px, as the projector's window always has it; on the facilitator's own window
      // (a hint line under the card) the longest questions are a step smaller, 40 px.
      const { px, long } = await page.locator('.card-question').evaluate((q) => ({
        px: parseFloat(getComputedStyle(q).fontSize),
        long: q.classList.contains('long-question'),
      }));
      assert.ok(px >= (long ? 40 : 48), `the question is ${px}px at ${name}`);
    }
    // A card with its hint opened still fits.
    if (await page.locator('.card-hint summary').count()) {
      await page.locator('.card-hint summary').click();
      await assertNoScroll(page, `${name} hint open`);
    }
    // The worst cases, put in storage: the longest question, the longest hint opened,
    // and six fields to choose from (a roll from the hub).
    const stored = await storedSession(page);
    // And a facilitator's own card as long as the deck editor lets a question be.
    const ownDeck = atTheLimit(stored);
    const own = ownDeck.cards[0];
    for (const [card, deck] of [[longestQuestion(stored), stored.deck], [longestHint(stored), stored.deck], [own, ownDeck]]) {
      await restore(page, atStage({ ...stored, deck }, { stage: 'card', id: card.id, kind: card.category }));
      await page.waitForSelector(`.card[data-card="${card.id}"]`);
      // The whole question shows: the card (which clips) holds all of it.
      const clipped = await page.locator('.card-table .card').evaluate((c) => c.scrollHeight > c.clientHeight + 1);
      assert.equal(clipped, false, `${name} ${card.id}: the card shows all of its question`);
      if (card.hint) await page.locator('.card-hint summary').click();
      await assertNoScroll(page, `${name} ${card.id}`);
      await page.screenshot({ path: join(shots, `layout-long-card-${card.id}-${name}.png`) });
    }
    await restore(page, { ...atStage(stored, { stage: 'awaiting_roll' }), round: undefined });
    const hub = await page.locator('.field.hub').evaluate((f) => Number(f.dataset.field));
    const fromHub = atStage(stored, { stage: 'choosing_target', roll: 3 });
    fromHub.teams[fromHub.active_team].position = hub;
    delete fromHub.round;
    await restore(page, fromHub);
    await page.waitForSelector('.target-choice');
    assert.equal(await page.locator('.target-choice').count(), 6, 'six ways out of the hub');
    await assertNoScroll(page, `${name} six fields to choose from`);
    await page.screenshot({ path: join(shots, `layout-six-targets-${name}.png`) });
    await restore(page, stored);
    await page.waitForSelector('.card-question');

    if (size.tablet) {
      // The on-screen keyboard takes the lower part of the screen: the idea field stays in view.
      await page.locator('.idea-input').click();
      const keyboardTop = Math.round(size.height * 0.55);
      await page.setViewportSize({ width: size.width, height: keyboardTop });
      await page.waitForTimeout(200);
      const box = await page.locator('.idea-input').boundingBox();
      assert.ok(box.y >= 0 && box.y + box.height <= keyboardTop, `the field is above the keyboard (${Math.round(box.y)}–${Math.round(box.y + box.height)} of ${keyboardTop})`);
    }
    assertClean({ requests }, env.server.origin);
  });
}

test('the projector window fits 1920×1080 and 1280×720 with large type', async () => {
  const { page: control } = await openPage(env, { width: 1280, height: 720 });
  await setUpGame(control, SIX_TEAMS);
  const projector = await openProjector(control);
  await projector.waitForSelector('.board');
  for (const [width, height] of [[1920, 1080], [1280, 720]]) {
    await projector.setViewportSize({ width, height });
    await projector.waitForTimeout(150);
    await assertNoScroll(projector, `projector ${width}x${height} board`);
    const body = await projector.locator('.team-name').first().evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
    if (width === 1920) assert.ok(body >= 32, `team names are ${body}px on the projector`);
  }
  await drawCard(control, {
    play: { choosing_target: () => control.locator('.target-choice').first().click() },
    steps: 6,
    onStage: async ({ stage: { stage } }) => {
      if (stage !== 'choosing_target') return;
      // While the team chooses a field the room reads what it does, in one line, and
      // sees every team: no buttons, no dangling "– or here:".
      await projector.waitForSelector('.die');
      for (const [width, height] of [[1920, 1080], [1280, 720]]) {
        await projector.setViewportSize({ width, height });
        await projector.waitForTimeout(150);
        await assertNoScroll(projector, `projector ${width}x${height} choosing a field`);
        const help = await projector.locator('.step-help').innerText();
        assert.ok(!help.trim().endsWith(':'), `the projector says "${help}"`);
        assert.equal(await projector.locator('.team').count(), SIX_TEAMS.length);
      }
    },
  });
  await projector.waitForSelector('.card-question');
  for (const [width, height] of [[1920, 1080], [1280, 720]]) {
    await projector.setViewportSize({ width, height });
    await projector.waitForTimeout(150);
    await assertNoScroll(projector, `projector ${width}x${height} card`);
    const px = await projector.locator('.card-question').evaluate((q) => parseFloat(getComputedStyle(q).fontSize));
    assert.ok(px >= 48, `the projector's question is ${px}px`);
    await projector.screenshot({ path: join(shots, `projector-card-${width}x${height}.png`) });
  }
  // The facilitator's window beside it, with the hint, the next cards and notes, fits too.
  for (const [width, height] of [[1920, 1080], [1280, 720]]) {
    await control.setViewportSize({ width, height });
    await control.waitForTimeout(150);
    assert.equal(await control.locator('.facilitator-panel .next-cards li').count(), 6);
    await assertNoScroll(control, `control window ${width}x${height} while presenting`);
    await control.screenshot({ path: join(shots, `control-presenting-${width}x${height}.png`) });
  }
  // The card with the longest hint, which opens by itself while presenting.
  const stored = await storedSession(control);
  const withHint = longestHint(stored);
  await restore(control, atStage(stored, { stage: 'card', id: withHint.id, kind: withHint.category }));
  await control.waitForSelector('.card-hint[open]');
  await control.waitForSelector('.facilitator-panel');
  await assertNoScroll(control, 'control window 1280x720 with the longest hint');
});

test('every phase fits the projector window, in Danish and English', async () => {
  const { page: control } = await openPage(env, { width: 1280, height: 720 });
  await control.waitForSelector('.setup');
  await control.locator('.core-task textarea').fill(
    'Vi hjælper borgerne med at finde det rette tilbud hurtigt, trygt og i øjenhøjde – også når det er svært, og også når tiden er knap.',
  );
  await startGame(control, SIX_TEAMS);
  const projector = await openProjector(control);
  await projector.waitForSelector('.opening');
  for (let phase = 0; phase < 8; phase++) {
    for (const [width, height] of [[1920, 1080], [1280, 720]]) {
      await projector.setViewportSize({ width, height });
      await projector.waitForTimeout(120);
      const name = await projector.locator('.phase-name').textContent();
      await assertNoScroll(projector, `projector ${width}x${height} ${name}`);
      await projector.screenshot({ path: join(shots, `projector-phase-${phase + 1}-${width}x${height}.png`) });
    }
    if (phase === 2) {
      // In English the longest words and names still fit.
      await control.getByRole('button', { name: 'English' }).click();
      await projector.waitForFunction(() => document.documentElement.lang === 'en');
      await assertNoScroll(projector, 'projector in English');
      await control.getByRole('button', { name: 'Dansk' }).click();
    }
    if (phase === 6) {
      // A full plan: three activities with every field filled, long.
      const session = await storedSession(control);
      const long = (what) => `${what} – så alle ved, hvem der gør hvad, hvornår, og hvordan vi følger op på det sammen`;
      session.plan.activities = [1, 2, 3].map((n) => ({
        what: long(`Aktivitet ${n}: fælles overlevering hver fredag`),
        why: long('Fordi borgerne oplever, at vi ikke ved, hvad kollegerne har lovet'),
        category: 'samarbejde',
        owner: 'Mette Frederiksen-Kristensen',
        first_step: long('Book et møde med teamlederne'),
        deadline: '2027-01-31',
        measure: long('Færre henvendelser om det samme'),
      }));
      await storeSession(control, session);
      await control.reload();
      await projector.waitForFunction(() => document.querySelectorAll('.print-activity').length === 3);
      for (const [width, height] of [[1920, 1080], [1280, 720]]) {
        await projector.setViewportSize({ width, height });
        await projector.waitForTimeout(120);
        await assertNoScroll(projector, `projector ${width}x${height} full plan`);
        await projector.screenshot({ path: join(shots, `projector-full-plan-${width}x${height}.png`) });
      }
    }
    if (phase < 7) await advancePhase(control, projector);
  }
});

test('the setup form at 1920×1080 hides nothing under its start bar', async () => {
  const { page } = await openPage(env, { width: 1920, height: 1080 });
  await page.waitForSelector('.setup');
  const overlap = await page.evaluate(() => {
    const bar = document.querySelector('.setup-footer').getBoundingClientRect();
    return [...document.querySelectorAll('.setup-columns *, .teams-setup *')]
      .filter((e) => e.getClientRects().length && !e.closest('.visually-hidden'))
      .map((e) => ({ e, box: e.getBoundingClientRect() }))
      .filter(({ box }) => box.height > 0 && box.bottom > bar.top + 1 && box.top < bar.bottom)
      .map(({ e }) => `${e.tagName.toLowerCase()}.${e.className}: ${e.textContent.trim().slice(0, 30)}`);
  });
  assert.deepEqual(overlap, [], 'every line of the form above the start bar');
  const start = await page.getByRole('button', { name: 'Start spillet' }).boundingBox();
  assert.ok(start.height < 80, `the start button is ${Math.round(start.height)} px tall`);
  await page.screenshot({ path: join(shots, 'setup-1920x1080.png') });
});
