// The handover with no network at all: a team writes its ideas in the notebook on a
// tablet, the notebook shows them as QR codes (screenshotted here, one by one, and made
// into the frames of Chromium's fake camera) or saves them as a file, and the
// facilitator's game scans or opens them: the ideas arrive once with the team's tag, a
// second handover adds nothing, a damaged code or file is refused in words and changes
// nothing, and a missing or refused camera (or a page that is not a secure context) is
// said plainly with the file offered. axe-core in both languages; no scrolling at the
// tablet's sizes; screenshots in test-results/.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  withBrowser, newContext, openPage, assertClean, setUpGame, storedSession, storedText, download,
  shots, waitForStored,
  axeViolations,
} from './harness.mjs';
import { FRAME, greyFrame, frameFromRows, writeY4m, launchWithCamera } from './camera.mjs';

const env = withBrowser();

const TEAMS = ['Ravnene', 'Uglerne', 'Mågerne'];
const TABLET = { width: 768, height: 1024 };
const TABLET_LANDSCAPE = { width: 1024, height: 768 };
const LAPTOP = { width: 1280, height: 800 };

/** Ten ideas as a team writes them; one with æøå and quotes. */
const IDEAS = [
  'Vi starter hvert teammøde med fem minutter om, hvad borgerne har sagt til os i ugen.',
  'Faste makkerpar på tværs af vagterne, så ingen står alene med de svære samtaler.',
  'Et "stop-gøre"-møde hver måned: hvad kan vi holde op med – så der bliver tid til kerneopgaven? Æ, ø og å!',
  'Nye kolleger får en fast følgeperson de første tre uger.',
  'Vi spørger borgeren: "Hvad er vigtigst for dig i dag?" før vi går i gang.',
  'Overlevering mellem dag og aften på ti minutter, med de samme tre spørgsmål hver gang.',
  'Ledelsen deltager i ét morgenmøde om ugen og lytter mest.',
  'Vi fejrer, når noget lykkes – også de små ting – på tavlen i frokoststuen.',
  'Én fælles mappe til aftaler med pårørende, så ingen skal lede i tre systemer.',
  'Kvartalsvis evaluering af én indsats: virker den, eller skal den stoppes?',
];



/** Neither the page nor anything but the list of ideas scrolls. */
async function scrolling(page) {
  return page.evaluate(() => {
    const out = [];
    const root = document.documentElement;
    if (root.scrollHeight > innerHeight || root.scrollWidth > innerWidth) {
      out.push(`page ${root.scrollWidth}×${root.scrollHeight} in ${innerWidth}×${innerHeight}`);
    }
    return out;
  });
}

/** Open the notebook (at `query`, `?view=notebook` unless told) in a page of `context`,
 *  choose team `letter` with `name`, and write `ideas`. Returns the page. */
async function writeNotebook(context, ideas, { letter = 'B', name = 'Uglerne', query = '?view=notebook' } = {}) {
  const page = await context.newPage();
  await page.goto(`${env.server.origin}/${query}`);
  await page.waitForSelector('main.notebook');
  if (letter) await page.getByRole('button', { name: `Hold ${letter}` }).click();
  if (name !== null) await page.locator('.notebook-team-name').fill(name);
  for (const text of ideas) {
    await page.locator('.new-idea textarea').fill(text);
    await page.locator('.add-notebook-idea').click();
  }
  await page.waitForFunction((n) => document.querySelectorAll('.notebook-idea').length === n, ideas.length);
  return page;
}

/** Show the codes and screenshot each, from "1 af n" on. */
async function screenshotCodes(page, name) {
  await page.locator('.show-codes').click();
  await page.waitForSelector('svg.qr-code');
  const total = Number((await page.locator('.code-count').textContent()).split(' af ')[1]);
  const pngs = [];
  for (let i = 1; i <= total; i++) {
    await page.waitForFunction((t) => document.querySelector('.code-count').textContent === t, `${i} af ${total}`);
    pngs.push(await page.locator('svg.qr-code').screenshot());
    if (i === 1 && name) await page.screenshot({ path: join(shots, `${name}.png`) });
    if (i < total) await page.locator('.next-code').click();
  }
  const versions = await page.evaluate(() => document.querySelector('svg.qr-code').dataset.version);
  return { pngs, versions };
}

/** A facilitator's game in `browser` at `viewport`, in play, with the handover dialog
 *  open. Returns what `newContext` returns and `page`. */
async function facilitator(browser, viewport = LAPTOP, { camera = false } = {}) {
  const recorded = await newContext(browser, viewport);
  if (camera) await recorded.context.grantPermissions(['camera'], { origin: env.server.origin });
  const page = await recorded.context.newPage();
  await page.goto(env.server.origin);
  await setUpGame(page, TEAMS);
  await page.locator('.handover-button').click();
  await page.getByRole('dialog', { name: 'Hent et holds notesbog' }).waitFor();
  return { ...recorded, page };
}

const results = (page) => page.locator('.handover-results li').allTextContents();

async function waitForResults(page, count) {
  await page.waitForFunction((n) => document.querySelectorAll('.handover-results li').length === n, count, { timeout: 30_000 });
  return results(page);
}

test('ten ideas from a tablet arrive once through the camera, and a second scan adds nothing', async () => {
  const tablet = await newContext(env.browser, TABLET);
  const notebook = await writeNotebook(tablet.context, IDEAS);
  await notebook.screenshot({ path: join(shots, 'handover-notebook-768x1024.png') });
  const device = await notebook.evaluate(() => localStorage.getItem('kernespillet.device'));
  assert.match(device, /^d-[0-9a-f]{12}$/);
  const { pngs, versions } = await screenshotCodes(notebook, 'handover-codes-768x1024');
  console.log(`10 ideas: ${pngs.length} QR codes (the first of version ${versions})`);
  assert.ok(pngs.length >= 2 && pngs.length <= 3, `${pngs.length} codes`);
  assert.ok(Number(versions) <= 10);
  const frames = [];
  for (const png of pngs) frames.push(await greyFrame(tablet.context, png));
  const y4m = await writeY4m('handover-codes.y4m', frames);

  const cameraBrowser = await launchWithCamera(y4m);
  try {
    const desk = await facilitator(cameraBrowser, LAPTOP, { camera: true });
    const { page } = desk;
    const started = Date.now();
    await page.locator('.scan-camera').click();
    await page.locator('.camera-box video').waitFor();
    assert.deepEqual(await waitForResults(page, 1), ['10 nye idéer fra Uglerne.']);
    console.log(`scanned ${pngs.length} codes in ${Date.now() - started} ms`);
    await page.screenshot({ path: join(shots, 'handover-dialog-1280x800.png') });
    // The camera is off once the notebook is read.
    assert.equal(await page.locator('.camera-box').isHidden(), true);
    assert.equal(await page.evaluate(() => document.querySelector('.camera-box video').srcObject?.active ?? false), false);
    const session = await waitForStored(page, 'the ideas are saved', (s) => s.ideas.ideas.length === 10);
    assert.deepEqual(session.ideas.ideas.map((i) => i.text), IDEAS);
    assert.ok(session.ideas.ideas.every((i) => i.team === 1), 'tagged with the team');
    assert.deepEqual(session.ideas.ideas.map((i) => i.origin), IDEAS.map((_, n) => `${device}:${n + 1}`));

    // The same notebook again: nothing is added.
    const before = await storedText(page);
    await page.locator('.scan-camera').click();
    assert.deepEqual((await waitForResults(page, 2))[0], 'Ingen nye idéer fra Uglerne, 10 var her allerede.');
    await page.waitForTimeout(300);
    const after = await storedSession(page);
    assert.equal(after.ideas.ideas.length, 10);
    assert.deepEqual(after.ideas, JSON.parse(before).ideas);
    // In the idea bank the ideas carry the team's name.
    await page.locator('.close-handover').click();
    assertClean(desk, env.server.origin);
  } finally {
    await cameraBrowser.close();
  }
  assertClean(tablet, env.server.origin);
});

test('a file handover does the same, and damaged or foreign files change nothing', async () => {
  const tablet = await newContext(env.browser, TABLET);
  const notebook = await writeNotebook(tablet.context, IDEAS.slice(0, 3));
  const file = await download(notebook, () => notebook.locator('.save-notebook').click());
  assert.match(file.name, /^kernespillet-notesbog-hold-b\.json$/);
  const written = JSON.parse(file.text);
  assert.equal(written.format, 'kernespillet-notebook');
  assert.equal(written.version, 1);
  assert.equal(await notebook.locator('.notebook-status').textContent(), 'Filen er gemt. Giv den til facilitatoren, fx på et USB-stik.');

  const desk = await facilitator(env.browser);
  const { page } = desk;
  await page.locator('.handover-file').setInputFiles(file.path);
  assert.deepEqual(await waitForResults(page, 1), ['3 nye idéer fra Uglerne.']);
  await page.locator('.handover-file').setInputFiles(file.path);
  assert.equal((await waitForResults(page, 2))[0], 'Ingen nye idéer fra Uglerne, 3 var her allerede.');
  const kept = await storedText(page);
  assert.equal(JSON.parse(kept).ideas.ideas.length, 3);

  const bad = [
    ['cut-off', file.text.slice(0, 200), 'Det er ikke en notesbog fra KerneSpillet. Intet er ændret i spillet.'],
    ['newer', file.text.replace('"version": 1', '"version": 2'),
      'Notesbogen er lavet med en anden udgave af KerneSpillet (format 2). Opdatér appen på begge enheder, og prøv igen. Intet er ændret i spillet.'],
    ['team F', file.text.replace('"team": 1', '"team": 5'),
      'Spillet har intet hold F. Vælg det rigtige hold i notesbogen, og aflever igen. Intet er ændret i spillet.'],
    ['other game', file.text.replace('"game": null', '"game": "another-game"'),
      'Notesbogen hører til et andet spil, så den er ikke taget med her. Intet er ændret i spillet.'],
    ['long idea', file.text.replace(IDEAS[0], 'x'.repeat(281)),
      'Idé nummer 1 i notesbogen er tom eller længere end 280 tegn. Intet er ændret i spillet.'],
  ];
  for (const [i, [name, text, expected]] of bad.entries()) {
    const path = join(shots, `handover-${name}.json`);
    await writeFile(path, text);
    await page.locator('.handover-file').setInputFiles(path);
    assert.equal((await waitForResults(page, 3 + i))[0], expected, name);
  }
  await page.waitForTimeout(300);
  assert.equal(await storedText(page), kept, 'nothing changed');
  await page.screenshot({ path: join(shots, 'handover-dialog-files-1280x800.png') });
  assertClean(desk, env.server.origin);
  assertClean(tablet, env.server.origin);
});

test('a damaged code, or one from a newer version, is refused in words and changes nothing', async () => {
  const codes = JSON.parse(await readFile(new URL('./fixtures/codes.json', import.meta.url), 'utf8'));
  const y4m = await writeY4m('handover-damaged.y4m', [frameFromRows(codes.damaged.rows), frameFromRows(codes.newer.rows)], 10);
  const cameraBrowser = await launchWithCamera(y4m);
  try {
    const desk = await facilitator(cameraBrowser, LAPTOP, { camera: true });
    const { page } = desk;
    const before = await storedText(page);
    await page.locator('.scan-camera').click();
    const seen = new Set();
    const damaged = 'Notesbogen kunne ikke læses: den er ufuldstændig eller beskadiget. Scan koderne igen, eller brug en fil.';
    const newer = 'Notesbogen er lavet med en anden udgave af KerneSpillet (format 2). Opdatér appen på begge enheder, og prøv igen.';
    const deadline = Date.now() + 30_000;
    while (seen.size < 2 && Date.now() < deadline) {
      const text = await page.locator('.scan-problem').textContent();
      if (text) seen.add(text);
      await page.waitForTimeout(100);
    }
    assert.deepEqual([...seen].sort(), [damaged, newer].sort());
    assert.deepEqual(await results(page), []);
    assert.equal(await storedText(page), before, 'nothing changed');
    await page.locator('.stop-camera').click();
    await page.locator('.scan-camera').waitFor();
    assertClean(desk, env.server.origin);
  } finally {
    await cameraBrowser.close();
  }
});

test('no camera, a refused one or a page that is not a secure context is said, and the file offered', async () => {
  // This browser has no camera at all.
  const desk = await facilitator(env.browser);
  await desk.page.locator('.scan-camera').click();
  const problem = desk.page.locator('.camera-problem');
  await problem.filter({ hasText: /kamera/ }).waitFor();
  assert.match(await problem.textContent(), /^(Browseren kan ikke finde et kamera på denne enhed\. Åbn holdets fil i stedet\.|Browseren har ikke lov til at bruge kameraet\. Giv lov ved adresselinjen og prøv igen\. Åbn holdets fil i stedet\.)$/);
  await desk.page.getByRole('button', { name: 'Åbn en fil' }).waitFor();
  assertClean(desk, env.server.origin);

  // A camera the browser has, but the facilitator refused.
  const cameraBrowser = await launchWithCamera(await writeY4m('handover-blank.y4m', [new Uint8Array(FRAME.width * FRAME.height).fill(255)], 2));
  try {
    const refused = await newContext(cameraBrowser, LAPTOP);
    await refused.context.addInitScript(() => {
      navigator.mediaDevices.getUserMedia = () => Promise.reject(new DOMException('Permission denied', 'NotAllowedError'));
    });
    const page = await refused.context.newPage();
    await page.goto(env.server.origin);
    await setUpGame(page, TEAMS);
    await page.locator('.handover-button').click();
    await page.locator('.scan-camera').click();
    await page.locator('.camera-problem').filter({ hasText: 'Browseren har ikke lov til at bruge kameraet.' }).waitFor();
  } finally {
    await cameraBrowser.close();
  }

  // A page opened from a plain http address on the network: no camera at all.
  const insecure = await newContext(env.browser, LAPTOP);
  await insecure.context.addInitScript(() => Object.defineProperty(window, 'isSecureContext', { get: () => false }));
  const page = await insecure.context.newPage();
  await page.goto(env.server.origin);
  await setUpGame(page, TEAMS);
  await page.locator('.handover-button').click();
  await page.locator('.scan-camera').click();
  await page.locator('.camera-problem').filter({ hasText: 'https://' }).waitFor();
  assert.equal(
    await page.locator('.camera-problem').textContent(),
    'Kameraet kan kun bruges, når spillet er åbnet fra https:// eller 127.0.0.1 – ikke fra en almindelig http-adresse. Åbn holdets fil i stedet.',
  );
  assertClean(insecure, env.server.origin);
});

test('the notebook keeps every word through a reload, and edits and deletes before handing over', async () => {
  const tablet = await newContext(env.browser, TABLET);
  const page = await writeNotebook(tablet.context, IDEAS.slice(0, 3));
  await page.locator('.new-idea textarea').fill('Halvt skrevet: vi kunne');
  await page.reload();
  await page.waitForSelector('main.notebook');
  assert.equal(await page.locator('.new-idea textarea').inputValue(), 'Halvt skrevet: vi kunne');
  assert.equal(await page.locator('.notebook-idea').count(), 3);
  assert.equal(await page.getByRole('button', { name: 'Hold B' }).getAttribute('aria-pressed'), 'true');
  assert.equal(await page.locator('.notebook-team-name').inputValue(), 'Uglerne');
  // Put the second right, delete the first.
  await page.locator('.notebook-idea').nth(1).getByRole('button', { name: 'Ret idéen' }).click();
  await page.locator('.edit-idea textarea').fill('Faste makkerpar – rettet.');
  await page.locator('.edit-idea').getByRole('button', { name: 'Gem' }).click();
  await page.locator('.notebook-idea').first().getByRole('button', { name: 'Slet idéen' }).click();
  await page.waitForFunction(() => document.querySelectorAll('.notebook-idea').length === 2);
  // The focus stays in the list, on the idea that took the deleted one's place (moved
  // there in the frame after the list is drawn again).
  await page.waitForFunction(() => document.activeElement?.closest('.notebook-idea'), null, { timeout: 2000 }).catch(() => {});
  assert.equal(await page.evaluate(() => document.activeElement.closest('.notebook-idea')?.dataset.n), '2');
  await page.close();
  const again = await tablet.context.newPage();
  await again.goto(`${env.server.origin}/?view=notebook`);
  await again.waitForSelector('main.notebook');
  assert.deepEqual(await again.locator('.notebook-idea .idea-text').allTextContents(), ['Faste makkerpar – rettet.', IDEAS[2]]);
  // A new idea gets a number never used before, so it is never taken for an old one.
  await again.locator('.new-idea textarea').fill('Endnu en.');
  await again.locator('.add-notebook-idea').click();
  await again.waitForFunction(() => document.querySelector('.notebook-idea:last-child')?.dataset.n === '4');
  assertClean(tablet, env.server.origin);
});

test('a notebook opened for a known game takes its team, and hands over to that game only', async () => {
  const desk = await facilitator(env.browser);
  const { page, context } = desk;
  const game = (await storedSession(page)).id;
  const notebook = await writeNotebook(context, IDEAS.slice(0, 2), { letter: null, name: null, query: `?view=notebook&game=${game}&team=2` });
  assert.equal(await notebook.getByRole('button', { name: 'Hold C' }).getAttribute('aria-pressed'), 'true');
  assert.equal(await notebook.locator('.notebook-team-name').inputValue(), 'Mågerne');
  assert.equal(await notebook.locator('.team-letter').count(), 3, 'only the game\'s teams');
  const file = await download(notebook, () => notebook.locator('.save-notebook').click());
  assert.equal(JSON.parse(file.text).notebook.game, game);
  await page.locator('.handover-file').setInputFiles(file.path);
  assert.deepEqual(await waitForResults(page, 1), ['2 nye idéer fra Mågerne.']);
  assertClean(desk, env.server.origin);
});

for (const lang of ['da', 'en']) {
  test(`the notebook and the dialog pass axe in ${lang === 'da' ? 'Danish' : 'English'}, and fit a tablet either way up`, async () => {
    const found = [];
    const tablet = await newContext(env.browser, TABLET);
    const page = await writeNotebook(tablet.context, IDEAS);
    if (lang === 'en') {
      await page.getByRole('button', { name: 'English' }).click();
      await page.waitForFunction(() => document.documentElement.lang === 'en');
    }
    found.push(...(await axeViolations(page, `${lang} notebook`)));
    for (const size of [TABLET, TABLET_LANDSCAPE]) {
      await page.setViewportSize(size);
      found.push(...(await scrolling(page)).map((s) => `${lang} notebook ${size.width}×${size.height}: ${s}`));
    }
    await page.setViewportSize(TABLET);
    await page.locator('.notebook-idea').nth(1).locator('.edit-notebook-idea').click();
    found.push(...(await axeViolations(page, `${lang} notebook, editing`)));
    await page.locator('.edit-idea button[type=button]').click();
    await page.locator('.show-codes').click();
    await page.waitForSelector('svg.qr-code');
    found.push(...(await axeViolations(page, `${lang} codes`)));
    for (const size of [TABLET, TABLET_LANDSCAPE]) {
      await page.setViewportSize(size);
      found.push(...(await scrolling(page)).map((s) => `${lang} codes ${size.width}×${size.height}: ${s}`));
    }
    if (lang === 'da') {
      await page.setViewportSize(TABLET_LANDSCAPE);
      await page.screenshot({ path: join(shots, 'handover-codes-1024x768.png') });
      await page.locator('.back-to-ideas').click();
      await page.screenshot({ path: join(shots, 'handover-notebook-1024x768.png') });
      await page.setViewportSize({ width: 390, height: 844 });
      await page.screenshot({ path: join(shots, 'handover-notebook-390x844.png'), fullPage: true });
    }
    assertClean(tablet, env.server.origin);

    const desk = await facilitator(env.browser, TABLET);
    if (lang === 'en') {
      await desk.page.keyboard.press('Escape');
      await desk.page.getByRole('button', { name: 'English' }).click();
      await desk.page.waitForFunction(() => document.documentElement.lang === 'en');
      await desk.page.locator('.handover-button').click();
    }
    await desk.page.locator('.scan-camera').click();
    await desk.page.locator('.camera-problem:not(:empty)').waitFor();
    const path = join(shots, 'handover-axe.json');
    await writeFile(path, '{"format":"kernespillet-notebook","version":7}');
    await desk.page.locator('.handover-file').setInputFiles(path);
    await waitForResults(desk.page, 1);
    found.push(...(await axeViolations(desk.page, `${lang} dialog`)));
    found.push(...(await scrolling(desk.page)).map((s) => `${lang} dialog 768×1024: ${s}`));
    if (lang === 'da') await desk.page.screenshot({ path: join(shots, 'handover-dialog-768x1024.png') });
    assert.deepEqual(found, []);
    assertClean(desk, env.server.origin);
  });
}
