import { readFile } from 'node:fs/promises';
import { serveDist, launch, newContext, nextPhase } from '../tests/e2e/harness.mjs';
const text = await readFile(process.argv[2], 'utf8');
const mode = process.argv[4] ?? 'vote';
const id = JSON.parse(text).id;
const server = await serveDist(process.argv[3]);
const browser = await launch();
const { context } = await newContext(browser);
const page = await context.newPage();
await page.goto(server.origin);
await page.waitForSelector('.setup, .saved-games');
await page.evaluate(([key, id, text]) => { localStorage.setItem(key, text); sessionStorage.setItem('kernespillet.open-session', id); }, [`kernespillet.sessions.${id}`, id, text]);
await page.reload();
await page.waitForSelector('button.roll');
if (mode === 'vote') { for (const phase of ['Pause', 'Kernen i én sætning', 'Idébank og stemmer']) await nextPhase(page, phase); await page.waitForSelector('.idea .vote'); }
const cdp = await context.newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
await cdp.send('Profiler.start');
for (let i = 0; i < 20; i++) {
  if (mode === 'vote') {
    await page.locator('.idea .vote').first().click(); await page.waitForTimeout(30);
    await page.locator('.idea .unvote').first().click(); await page.waitForTimeout(30);
  } else {
    await page.locator('button.roll').click(); await page.locator('.field.target').first().click();
    if (await page.locator('.category-choice').count()) await page.locator('.category-choice').first().click();
    await page.locator('.card-done').click(); await page.waitForSelector('button.roll');
  }
}
const { profile } = await cdp.send('Profiler.stop');
const self = new Map(); const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const dt = profile.timeDeltas; let total = 0;
profile.samples.forEach((s, i) => { const n = byId.get(s); const name = n.callFrame.functionName || `(${n.callFrame.url.split('/').pop()})`; self.set(name, (self.get(name) ?? 0) + dt[i] / 1000); total += dt[i] / 1000; });
// inclusive
const parent = new Map(); for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const incl = new Map();
profile.samples.forEach((s, i) => { const seen = new Set(); let id = s; while (id !== undefined) { const n = byId.get(id); const name = n.callFrame.functionName; if (name && !seen.has(name)) { seen.add(name); incl.set(name, (incl.get(name) ?? 0) + dt[i] / 1000); } id = parent.get(id); } });
console.log('total', total.toFixed(0));
console.log('--- self'); [...self].sort((a, b) => b[1] - a[1]).slice(0, 25).forEach(([k, v]) => console.log(v.toFixed(1).padStart(8), k.slice(0, 150)));
console.log('--- inclusive'); [...incl].sort((a, b) => b[1] - a[1]).slice(0, 45).forEach(([k, v]) => console.log(v.toFixed(1).padStart(8), k.slice(0, 150)));
await browser.close(); await server.close();
