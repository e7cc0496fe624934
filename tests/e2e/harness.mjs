// Shared set-up for the Playwright journeys: a static server for dist/ on 127.0.0.1,
// Debian's Chromium, a log of every request the page makes, and small game helpers.
import { createServer } from 'node:http';
import { readFile, mkdir } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { before, after } from 'node:test';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';

const root = resolve(fileURLToPath(import.meta.url), '../../..');
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

/** Serve a build (dist/ unless told another directory) on 127.0.0.1 at a free port. */
export async function serveDist(dir = dist) {
  const base = resolve(dir);
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    const file = normalize(join(base, path === '/' ? 'index.html' : path));
    if (!file.startsWith(base)) {
      res.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return { origin, close: () => new Promise((ok) => server.close(ok)) };
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
 *  returned object holds `server` and `browser` once the tests run. */
export function withBrowser() {
  const env = {};
  before(async () => {
    env.server = await serveDist();
    env.browser = await launch();
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

/** Requests that went anywhere but the local server (data: and blob: stay in the page). */
export function foreignRequests(requests, origin) {
  return requests.filter(
    (url) => !url.startsWith(`${origin}/`) && !url.startsWith('data:') && !url.startsWith('blob:'),
  );
}

/** The stored session, parsed. */
export async function storedSession(page) {
  const raw = await page.evaluate(() => localStorage.getItem('kernespillet.sessions.' + sessionStorage.getItem('kernespillet.open-session')));
  return raw === null ? null : JSON.parse(raw);
}

/** Store `session` as the game this tab has open (as if play had come to it). */
export async function storeSession(page, session) {
  await page.evaluate((json) => {
    const { id } = JSON.parse(json);
    localStorage.setItem(`kernespillet.sessions.${id}`, json);
    sessionStorage.setItem('kernespillet.open-session', id);
  }, JSON.stringify(session));
}

/** The Danish text of the card on the table, according to storage. */
export function cardOnTable(session) {
  const id = session.stage.stage === 'card' ? session.stage.id : session.stage.joker;
  return session.deck.cards.find((card) => card.id === id)?.text.da ?? null;
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

/** From "roll" to a card on the table, clicking; returns the stored session. */
export async function playToCard(page) {
  for (let guard = 0; guard < 10; guard++) {
    const session = await storedSession(page);
    switch (session.stage.stage) {
      case 'awaiting_roll':
        await page.locator('button.roll').click();
        break;
      case 'choosing_target': {
        const targets = page.locator('.field.target');
        if ((await targets.count()) === 0) throw new Error('a roll always has somewhere to go');
        await targets.first().click();
        break;
      }
      case 'choosing_category':
        await page.locator('.category-choice').first().click();
        break;
      case 'card':
        return session;
    }
    await page.waitForFunction(
      (before) => localStorage.getItem('kernespillet.sessions.' + sessionStorage.getItem('kernespillet.open-session')) !== before,
      JSON.stringify(session),
    ).catch(() => {});
  }
  throw new Error('no card after ten steps');
}

/** Move on to the next phase of the agenda through its confirmation. */
export async function nextPhase(page, name) {
  await page.getByRole('button', { name: `Videre til: ${name}` }).click();
  await page.getByRole('alertdialog', { name: 'Gå videre?' }).getByRole('button', { name: 'Gå videre' }).click();
  await page.waitForFunction(
    (phase) => document.querySelector('.phase-name')?.textContent === phase,
    name,
  );
}
