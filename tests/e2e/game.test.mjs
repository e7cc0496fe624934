// Whole user journeys against the release build in headless Chromium.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import {
  withBrowser, openPage, assertClean, foreignRequests, storedSession, startGame, cardOnTable, setUpGame, drawCard,
  waitForSave, shots,
} from './harness.mjs';

const env = withBrowser();
const allRequests = [];

const TEAMS = ['Ravnene', 'Uglerne', 'Mågerne'];

test('three teams play six turns by clicking; the card and turn indicator follow; reload keeps everything', async () => {
  const { requests, errors, page } = await openPage(env);
  await page.waitForSelector('.setup');
  await page.screenshot({ path: join(shots, 'setup-1920x1080.png') });
  await setUpGame(page, TEAMS);
  await page.screenshot({ path: join(shots, 'play-1920x1080.png') });

  for (let turn = 0; turn < 6; turn++) {
    const team = TEAMS[turn % 3];
    await assert.doesNotReject(
      page.getByRole('heading', { name: `${team} har tur` }).waitFor(),
      `turn ${turn + 1} belongs to ${team}`,
    );
    assert.equal(await page.locator('.turn-number').textContent(), `Tur ${turn + 1}`);

    if (turn === 2) {
      // Reload mid-roll: the same die, the same highlighted fields.
      await page.getByRole('button', { name: 'Slå med terningen' }).click();
      await page.waitForSelector('.field.target');
      const before = await page.locator('.field.target').evaluateAll((els) => els.map((e) => e.dataset.field));
      const roll = (await storedSession(page)).stage.roll;
      await page.reload();
      await page.waitForSelector('.field.target');
      const after = await page.locator('.field.target').evaluateAll((els) => els.map((e) => e.dataset.field));
      assert.deepEqual(after, before);
      assert.equal((await storedSession(page)).stage.roll, roll);
      assert.equal(await page.locator('.die').getAttribute('aria-label'), String(roll));
    }

    const session = await drawCard(page);
    const text = cardOnTable(session);
    assert.ok(text && text.length > 10, 'a real card is drawn');
    assert.equal((await page.locator('.card-question').textContent()).trim(), text);

    if (turn === 3) {
      // Reload mid-card: the same card is still on the table.
      await page.reload();
      await page.waitForSelector('.card-question');
      assert.equal((await page.locator('.card-question').textContent()).trim(), text);
      await page.screenshot({ path: join(shots, 'card-1920x1080.png') });
    }
    await page.getByRole('button', { name: 'Færdig – næste hold' }).click();
  }

  await page.getByRole('heading', { name: `${TEAMS[0]} har tur` }).waitFor();
  const before = await storedSession(page);
  assert.equal(before.turns_played, 6);
  const wedgesBefore = await page.locator('.wedge.earned').count();
  await page.reload();
  await page.waitForSelector('.board');
  assert.deepEqual(await storedSession(page), before, 'storage is unchanged by a reload');
  assert.equal(await page.locator('.turn-number').textContent(), 'Tur 7');
  assert.equal(await page.locator('.wedge.earned').count(), wedgesBefore);
  const positions = before.teams.map((t) => t.position);
  for (const [i, position] of positions.entries()) {
    const field = page.locator(`.field[data-field="${position}"]`);
    const piece = page.locator('.piece').nth(i);
    const [f, p] = [await field.boundingBox(), await piece.boundingBox()];
    const centre = (b) => [b.x + b.width / 2, b.y + b.height / 2];
    const distance = Math.hypot(centre(f)[0] - centre(p)[0], centre(f)[1] - centre(p)[1]);
    assert.ok(distance < f.width, `${before.teams[i].name}'s piece stands on field ${position}`);
  }

  allRequests.push(...requests);
  assertClean({ errors, requests }, env.server.origin);
});

test('one whole turn with the keyboard only', async () => {
  const { requests, errors, page } = await openPage(env);
  await setUpGame(page, ['Nord', 'Syd']);

  // Starting the game puts the focus on the die; from there Enter does the turn.
  await page.waitForFunction(() => document.activeElement?.classList.contains('roll'));
  for (let presses = 0; presses < 12; presses++) {
    const session = await storedSession(page);
    if (session.turns_played === 1) break;
    await page.waitForFunction(
      () => document.activeElement && document.activeElement !== document.body,
    );
    await waitForSave(page, `Enter (press ${presses + 1}) is saved`, () => page.keyboard.press('Enter'));
  }
  const session = await storedSession(page);
  assert.equal(session.turns_played, 1, 'the turn was completed with Enter alone');
  assert.equal(session.active_team, 1);
  await page.getByRole('heading', { name: 'Syd har tur' }).waitFor();
  assert.ok(session.log.some((e) => e.event === 'moved'), 'the piece moved');

  allRequests.push(...requests);
  assertClean({ errors, requests }, env.server.origin);
});

test('"Alle spil" keeps the game; it resumes where it was beside a new one', async () => {
  const { requests, page } = await openPage(env);
  await setUpGame(page, ['Kaffe', 'Te']);
  await page.getByRole('button', { name: 'Slå med terningen' }).click();
  await page.waitForSelector('.field.target');
  const game = await storedSession(page);

  await page.getByRole('button', { name: 'Alle spil' }).click();
  await page.waitForSelector('.start');
  assert.equal(await storedSession(page), null, 'no game open in this tab');
  const row = page.locator('.session-row');
  assert.equal(await row.count(), 1);
  assert.match(await row.innerText(), /Fase: Spil.*2 hold: Kaffe, Te/s);

  await page.getByRole('button', { name: 'Nyt spil' }).click();
  await startGame(page, ['Sol', 'Måne', 'Stjerne']);
  await page.getByRole('button', { name: 'Alle spil' }).click();
  assert.equal(await page.locator('.session-row').count(), 2, 'both games are kept');

  await page.locator('.session-row', { hasText: 'Kaffe, Te' }).getByRole('button', { name: 'Fortsæt' }).click();
  await page.waitForSelector('.field.target');
  assert.deepEqual(await storedSession(page), game, 'back exactly where it was');

  allRequests.push(...requests);
});

test('bad setup input gets a clear message and no game starts', async () => {
  const { requests, page } = await openPage(env);
  await page.waitForSelector('.setup');
  const rows = page.locator('.team-row');
  await rows.nth(0).locator('input.team-name-input').fill('');
  await rows.nth(1).locator('input.team-name-input').fill('Hold C');
  await page.getByRole('button', { name: 'Start spillet' }).click();
  await page.getByText('Giv holdet et navn.').waitFor();
  assert.ok((await page.getByText('Et andet hold hedder det samme.').count()) >= 1);
  assert.equal(await storedSession(page), null);
  assert.equal(await page.locator('.board').count(), 0);
  allRequests.push(...requests);
});

test('screens at tablet size', async () => {
  const { requests, page } = await openPage(env, { width: 768, height: 1024 });
  await page.waitForSelector('.setup');
  await page.screenshot({ path: join(shots, 'setup-768x1024.png') });
  await setUpGame(page, TEAMS);
  await page.screenshot({ path: join(shots, 'play-768x1024.png') });
  const board = await page.locator('.board').boundingBox();
  // Standing up, the board takes nearly half the height and leaves room for the turn.
  assert.ok(board.width >= 460, `the board is large on the tablet (${board.width}px)`);
  assert.ok(board.x >= 0 && board.x + board.width <= 768, 'the board fits the tablet width');
  await drawCard(page);
  await page.screenshot({ path: join(shots, 'card-768x1024.png') });
  // With a card on the table, the card takes the board's place.
  const card = await page.locator('.card-table .card').boundingBox();
  assert.ok(card.width >= 700, `the card spans the tablet (${card.width}px)`);
  const overflowX = await page.evaluate(() => document.documentElement.scrollWidth > innerWidth);
  assert.equal(overflowX, false, 'nothing scrolls sideways');
  allRequests.push(...requests);
});

test('no request in any journey left 127.0.0.1', () => {
  assert.ok(allRequests.length > 20, `requests were recorded (${allRequests.length})`);
  assert.deepEqual(foreignRequests(allRequests, env.server.origin), []);
});
