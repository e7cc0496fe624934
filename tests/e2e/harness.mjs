// Shared set-up for the Playwright journeys: a static server for dist/ on 127.0.0.1,
// Debian's Chromium, a log of every request the page makes, the journeys' closing checks
// and teardown, downloads, and game helpers that wait for each step to be saved.
import { createServer } from 'node:http';
import { readFile, mkdir } from 'node:fs/promises';
import { writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { before, after, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';

export const root = resolve(fileURLToPath(import.meta.url), '../../..');
export const dist = join(root, 'dist');
export const shots = join(root, 'test-results');

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.wasm': 'application/wasm',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
};

/** Serve a build (dist/ unless told another directory) on 127.0.0.1 at a free port, at
 *  the site's root or (with `base`, e.g. '/kernespillet/') in a folder of it, as a
 *  project page of a static host is: then nothing outside that folder exists. With
 *  `gzip`, text and wasm go gzipped to a browser that accepts it, as a static host
 *  sends them (the benchmark's Lighthouse run). */
export async function serveDist(dir = dist, { base = '/', gzip = false } = {}) {
  const root = resolve(dir);
  const server = createServer(async (req, res) => {
    const full = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    if (!full.startsWith(base)) {
      res.writeHead(404).end('not found');
      return;
    }
    const path = `/${full.slice(base.length)}`;
    const file = normalize(join(root, path === '/' ? 'index.html' : path));
    if (!file.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(file);
      const headers = { 'content-type': types[extname(file)] ?? 'application/octet-stream' };
      const packed = !['.png', '.woff2'].includes(extname(file));
      if (gzip && packed && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
        res.writeHead(200, { ...headers, 'content-encoding': 'gzip' });
        res.end(gzipSync(body, { level: 9 }));
      } else {
        res.writeHead(200, headers);
        res.end(body);
      }
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return { origin, url: origin + base, close: () => new Promise((ok) => server.close(ok)) };
}

export async function launch() {
  await mkdir(shots, { recursive: true });
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: [
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
}

/** Serve dist/ and start Chromium before a file's tests, stop both after them. The
 *  returned object holds `server` and `browser` once the tests run. After each test every
 *  context it left open in this browser is closed (passed or failed), so a journey does
 *  not close its own; one that must close a context midway still does. */
export function withBrowser() {
  const env = {};
  before(async () => {
    env.server = await serveDist();
    env.browser = await launch();
  });
  afterEach(async () => {
    for (const context of env.browser?.contexts() ?? []) await context.close();
  });
  after(async () => {
    await env.browser?.close();
    await env.server?.close();
    // Every journey of the file ran under the real Content-Security-Policy.
    assert.deepEqual(cspRefusals, [], 'the Content-Security-Policy refused nothing the game does');
  });
  return env;
}

/** What the Content-Security-Policy refused in any context of this file, except in
 *  contexts that provoke it on purpose (`cspProvoked`); checked after the file's tests. */
const cspRefusals = [];
const cspProvokers = new WeakSet();

/** Mark a context whose test provokes CSP refusals on purpose (and asserts them itself). */
export function cspProvoked(context) {
  cspProvokers.add(context);
}

/** A fresh context whose every request is recorded in `requests`, uncaught page errors
 *  in `errors`, and what the Content-Security-Policy refused in `cspViolations`. */
export async function newContext(browser, viewport = { width: 1920, height: 1080 }) {
  const context = await browser.newContext({ viewport });
  const requests = [];
  context.on('request', (request) => requests.push(request.url()));
  const errors = [];
  context.on('weberror', (error) => errors.push(String(error.error())));
  const cspViolations = [];
  context.on('console', (message) => {
    if (message.type() === 'error' && message.text().includes('Content Security Policy')) {
      cspViolations.push(message.text());
      if (!cspProvokers.has(context)) cspRefusals.push(`${message.location().url}: ${message.text()}`);
    }
  });
  return { context, requests, errors, cspViolations };
}

/** A fresh context (as `newContext`, at `viewport` if given) with one page opened on the
 *  game `env` serves (from `withBrowser`). Returns what `newContext` returns and `page`. */
export async function openPage(env, viewport) {
  const recorded = await newContext(env.browser, viewport);
  const page = await recorded.context.newPage();
  await page.goto(env.server.origin);
  return { ...recorded, page };
}

/** Requests that went anywhere but the local server (data: and blob: stay in the page). */
export function foreignRequests(requests, origin) {
  return requests.filter(
    (url) => !url.startsWith(`${origin}/`) && !url.startsWith('data:') && !url.startsWith('blob:'),
  );
}

/** A journey's closing checks on what `newContext` recorded: no uncaught page error (when
 *  `errors` is passed), then no request that left `origin` (when `requests` is passed). */
export function assertClean({ errors, requests }, origin) {
  if (errors) assert.deepEqual(errors, []);
  if (requests) assert.deepEqual(foreignRequests(requests, origin), []);
}

let downloads = 0;

/** Do `click` (a function that starts a download), save the file under test-results/
 *  and read it back: its suggested `name`, the `path` it was saved to, its `text`. */
export async function download(page, click) {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  const name = file.suggestedFilename();
  const path = join(shots, `${Date.now()}-${++downloads}-${name}`);
  await file.saveAs(path);
  return { name, path, text: await readFile(path, 'utf8') };
}

/** The localStorage key a game is kept under: `kernespillet.sessions.<id>`. */
export function sessionKey(id) {
  return `kernespillet.sessions.${id}`;
}

/** In the page: the stored text of the game this tab has open (its id is
 *  sessionStorage['kernespillet.open-session']), or null when none is open or stored. */
function openSessionText() {
  const id = sessionStorage.getItem('kernespillet.open-session');
  return id === null ? null : localStorage.getItem(`kernespillet.sessions.${id}`);
}

/** The stored text of the game this tab has open, exactly as stored (or null). Compare
 *  this, not a re-serialised parse: the game's seed exceeds 2^53, so
 *  JSON.stringify(JSON.parse(text)) is never the stored text. */
export async function storedText(page) {
  await settled(page);
  return page.evaluate(openSessionText);
}

/** Let the page run the work it has queued after its last change: the game saves in the
 *  task after a change (the page posts itself a message), so reading the storage waits
 *  for two such tasks first. (Not a timer: some journeys run the page on a fake clock.) */
export function settled(page) {
  return page.evaluate(async () => {
    const task = () => new Promise((ok) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => ok();
      channel.port2.postMessage(0);
    });
    await task();
    await task();
  });
}

/** The stored session, parsed (null when this tab has none). */
export async function storedSession(page) {
  const raw = await storedText(page);
  return raw === null ? null : JSON.parse(raw);
}

/** Store `session` as the game this tab has open (as if play had come to it). */
export async function storeSession(page, session) {
  await page.evaluate(([key, id, json]) => {
    localStorage.setItem(key, json);
    sessionStorage.setItem('kernespillet.open-session', id);
  }, [sessionKey(session.id), session.id, JSON.stringify(session)]);
}

/** Wait until the game this tab has open is stored as `until(now, before)` says (`now`
 *  the stored session, parsed). With `before` (a stored text, as `storedText` read it)
 *  the stored text must also differ from it, and `until` gets it parsed as its second
 *  argument (null when missing or not JSON). A text that is not JSON is waited past. On
 *  timeout the test fails with a message saying what was awaited (`what`) and what
 *  storage held. Returns the session now stored. */
export async function waitForStored(page, what, until = () => true, { before, timeout = 10_000 } = {}) {
  let beforeSession = null;
  try {
    beforeSession = typeof before === 'string' ? JSON.parse(before) : null;
  } catch {}
  const deadline = Date.now() + timeout;
  for (;;) {
    const text = await storedText(page);
    let seen;
    if (before !== undefined && text === before) {
      seen = 'the stored game is still the text from before the action';
    } else if (text === null) {
      seen = 'no game is stored for this tab';
    } else {
      let now;
      try {
        now = JSON.parse(text);
      } catch (error) {
        seen = `the stored text is not JSON (${error.message})`;
      }
      if (now !== undefined) {
        if (until(now, beforeSession)) return now;
        seen = `the stored game is not so yet (stage ${JSON.stringify(now.stage)})`;
      }
    }
    if (Date.now() > deadline) assert.fail(`timed out after ${timeout} ms waiting until ${what}: ${seen}`);
    await new Promise((ok) => setTimeout(ok, 25));
  }
}

/** Do `action` and wait until the game this tab has open is saved with its effect: the
 *  stored text read just before the action has changed, and `until(now, before)` holds
 *  for the sessions stored after and before (see `waitForStored`, which fails the test
 *  on timeout saying `what` was awaited). Returns the session now stored. */
export async function waitForSave(page, what, action, until = () => true, { timeout } = {}) {
  const before = await storedText(page);
  await action();
  return waitForStored(page, what, until, { before, timeout });
}

/** For `waitForSave`: the turn's stage is another than before (a roll, a move, a chosen
 *  category or a finished card has taken effect). */
export function stageMoved(now, before) {
  return JSON.stringify(now.stage) !== JSON.stringify(before?.stage);
}

const STANDARD_DECK = JSON.parse(await readFile(new URL('../../assets/decks/standard.json', import.meta.url), 'utf8'));

/** The cards of a stored game's deck. A game with the built-in deck names it (id,
 *  version, the cards left out) instead of copying it; its cards are the shipped file's. */
export function deckCards(session) {
  const { deck } = session;
  if (!deck.builtin) return deck.cards;
  assert.equal(deck.builtin, STANDARD_DECK.id);
  assert.equal(deck.version, STANDARD_DECK.version);
  const without = new Set(deck.without ?? []);
  return STANDARD_DECK.cards.filter((card) => !without.has(card.id));
}

/** A copy of the stored game `session` at `stage`, with the card it held put back and the
 *  card `stage` names (if any) taken from its pile: a stored game is checked to hold each
 *  of its deck's cards in exactly one place, so a test that puts another card on the table
 *  moves the cards as play would. */
export function atStage(session, stage) {
  const copy = structuredClone(session);
  const cards = deckCards(copy);
  const category = (id) => cards.find((card) => card.id === id)?.category;
  const piles = Object.values(copy.piles);
  const held = copy.stage?.stage === 'card' ? copy.stage.id : null;
  if (held) {
    // Back to the discard pile of its kind: the pile that holds its category's other cards.
    const own = piles.find((pile) => [...pile.draw, ...pile.discard]
      .some((id) => id !== held && category(id) === category(held)));
    assert.ok(own, `a pile for ${held}`);
    own.discard.push(held);
  }
  if (stage.stage === 'card') {
    const from = piles.find((pile) => pile.draw.includes(stage.id) || pile.discard.includes(stage.id));
    assert.ok(from, `${stage.id} is in a pile`);
    from.draw = from.draw.filter((id) => id !== stage.id);
    from.discard = from.discard.filter((id) => id !== stage.id);
  }
  copy.stage = stage;
  return copy;
}

/** The Danish forms of the setup's built-in words for the people served, in the order
 *  of the placeholders (en borger, borgeren, borgere, borgerne, borgerens, borgernes). */
export const AUDIENCE_FORMS = {
  borger: ['en borger', 'borgeren', 'borgere', 'borgerne', 'borgerens', 'borgernes'],
  patient: ['en patient', 'patienten', 'patienter', 'patienterne', 'patientens', 'patienternes'],
};

/** A card's Danish text as a game with `session.audience` and its opening wording shows
 *  it: its placeholders filled in (a capital in the braces gives a capital). */
export function shownText(text, session) {
  const forms = AUDIENCE_FORMS[session.audience ?? 'borger'];
  const wording = session.core_task.trim().replace(/[.!]+$/, '');
  return text.replace(/\{([^{}]*)\}/g, (whole, inside) => {
    const lower = inside.charAt(0).toLowerCase() + inside.slice(1);
    const at = AUDIENCE_FORMS.borger.indexOf(lower);
    let filled;
    if (at >= 0) filled = forms[at];
    else if (lower === 'formuleringen') filled = wording ? `»${wording}«` : 'den formulering, I startede med i dag';
    else return whole;
    return inside === lower ? filled : filled.charAt(0).toUpperCase() + filled.slice(1);
  });
}

/** The Danish text of the card on the table as the game shows it, according to storage. */
export function cardOnTable(session) {
  const id = session.stage.stage === 'card' ? session.stage.id : session.stage.joker;
  const text = deckCards(session).find((card) => card.id === id)?.text.da;
  return text === undefined ? null : shownText(text, session);
}

/** How `drawCard` plays each stage unless told otherwise, by clicking: roll, move to the
 *  first field the roll reaches, take the first category offered, and finish a card that
 *  is not the one wanted. */
const PLAY_BY_CLICKS = {
  awaiting_roll: (page) => page.locator('button.roll').click(),
  choosing_target: async (page) => {
    const targets = page.locator('.field.target');
    if ((await targets.count()) === 0) throw new Error('a roll always has somewhere to go');
    await targets.first().click();
  },
  choosing_category: (page) => page.locator('.category-choice').first().click(),
  card: (page) => page.locator('[data-primary]').click(),
};

/** Play from the stage the stored game is at until a card is on the table (and
 *  `wanted(session)` holds for it), at most `steps` steps. Each step is played as `play`
 *  says for its stage (by default PLAY_BY_CLICKS) and awaited in storage: the step must
 *  move the stage on. `onStage(session)` is called at the start of every step. Fails
 *  with `what` when no such card came up. Returns the stored session with the card. */
export async function drawCard(
  page,
  { play = {}, wanted = () => true, onStage, steps = 12, what = 'a card came up' } = {},
) {
  for (let step = 0; step < steps; step++) {
    const session = await storedSession(page);
    if (session === null) throw new Error('no game is open in this tab');
    const stage = session.stage.stage;
    await onStage?.(session);
    if (stage === 'card' && wanted(session)) return session;
    const act = play[stage] ?? PLAY_BY_CLICKS[stage];
    if (!act) throw new Error(`no way to play the stage ${stage}`);
    await waitForSave(page, `the ${stage} step is saved and the stage moves on`, () => act(page, session), stageMoved);
  }
  assert.fail(`${what}: no such card after ${steps} steps`);
}

/** Fill in the teams and start: the session opens in its first phase. */
export async function startGame(page, names) {
  await page.waitForSelector('.setup');
  const rows = page.locator('.team-row');
  while ((await rows.count()) < names.length) await page.getByRole('button', { name: 'Tilføj et hold' }).click();
  while ((await rows.count()) > names.length) await rows.last().getByRole('button', { name: 'Fjern holdet' }).click();
  for (const [i, name] of names.entries()) {
    await rows.nth(i).locator('input.team-name-input').fill(name);
  }
  await page.getByRole('button', { name: 'Start spillet' }).click();
  await page.waitForSelector('.opening');
}

/** Set up a game with the given team names, by clicking and typing, and go on to play. */
export async function setUpGame(page, names) {
  await startGame(page, names);
  await nextPhase(page, 'Stolthedsrunde');
  await nextPhase(page, 'Spil');
  await page.waitForSelector('.board');
}

/** Wait until the page shows the phase called `name`. */
export async function waitForPhase(page, name) {
  await page.waitForFunction((phase) => document.querySelector('.phase-name')?.textContent === phase, name);
}

/** Move on to the next phase of the agenda through its confirmation. */
export async function nextPhase(page, name) {
  await page.getByRole('button', { name: `Videre til: ${name}` }).click();
  await page.getByRole('alertdialog', { name: 'Gå videre?' }).getByRole('button', { name: 'Gå videre' }).click();
  await waitForPhase(page, name);
}

/** Move on to the next phase whatever it and the language are (by the buttons' classes),
 *  and wait until `watch` (the page itself unless told another window) shows another
 *  phase name than before. */
export async function advancePhase(page, watch = page) {
  const before = await watch.locator('.phase-name').textContent();
  await page.locator('.next-phase').click();
  await page.locator('[role=alertdialog] .danger, [role=alertdialog] .primary').first().click();
  await watch.waitForFunction((b) => document.querySelector('.phase-name')?.textContent !== b, before);
}

/** Open the projector window from the control window's header, at `viewport` if given,
 *  and wait until it shows a phase; returns its page. */
export async function openProjector(page, viewport) {
  const [projector] = await Promise.all([
    page.waitForEvent('popup'),
    page.getByRole('button', { name: 'Projektorvindue' }).click(),
  ]);
  if (viewport) await projector.setViewportSize(viewport);
  await projector.waitForSelector('.phase-name');
  return projector;
}

/** The WCAG 2.2 A/AA rules every screen is checked against. */
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/** Run axe-core on the page as it is and return what it finds, one readable line per rule
 *  (with up to three of its elements), named after `screen`. At least `minPasses` rules
 *  must have passed, so the check really ran on that screen. */
export async function axeViolations(page, screen, { minPasses = 10 } = {}) {
  const result = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  assert.ok(result.passes.length >= minPasses, `${screen}: axe checked ${result.passes.length} rules`);
  return result.violations.map(
    (v) => `${screen}: ${v.id} (${v.impact}) – ${v.help}\n    ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join('\n    ')}`,
  );
}

/** Print the page as Chromium prints it — each sheet in its CSS page size — to
 *  test-results/`name`, and read the PDF back with poppler: its page count, each page's
 *  size in whole mm ([width, height]), and its text on one line. */
export async function printed(page, name) {
  const path = join(shots, name);
  await page.emulateMedia({ media: 'print' });
  writeFileSync(path, await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true }));
  await page.emulateMedia({ media: 'screen' });
  const info = execFileSync('pdfinfo', ['-f', '1', '-l', '9999', path], { encoding: 'utf8' });
  const pages = Number(/Pages:\s+(\d+)/.exec(info)[1]);
  const mm = (pts) => Math.round((Number(pts) / 72) * 25.4);
  const sizes = [...info.matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/g)].map((m) => [mm(m[1]), mm(m[2])]);
  const text = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
  return { path, pages, sizes, text: text.replace(/\s+/g, ' ') };
}

/** Every word of a PDF with its box in mm, page by page (poppler's `pdftotext -bbox`). */
export function pdfWords(path) {
  const html = execFileSync('pdftotext', ['-bbox', path, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const mm = (pts) => (Number(pts) / 72) * 25.4;
  const unescape = (t) => t.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
  return html.split('<page ').slice(1).map((chunk) => [...chunk.matchAll(
    /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g,
  )].map((m) => ({ x: mm(m[1]), y: mm(m[2]), right: mm(m[3]), bottom: mm(m[4]), text: unescape(m[5]) })));
}

/** The words inside a box (mm) of one page, line by line, as one string. */
export function wordsIn(words, { left, top, width, height }) {
  const inside = words.filter((w) => {
    const cx = (w.x + w.right) / 2;
    const cy = (w.y + w.bottom) / 2;
    return cx >= left && cx < left + width && cy >= top && cy < top + height;
  });
  inside.sort((a, b) => a.y - b.y);
  const lines = [];
  for (const word of inside) {
    const line = lines.find((l) => Math.abs(l[0].y - word.y) < 1.5);
    if (line) line.push(word); else lines.push([word]);
  }
  return lines.map((l) => l.sort((a, b) => a.x - b.x).map((w) => w.text).join(' ')).join(' ').normalize('NFKC');
}
