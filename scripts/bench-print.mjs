// Issue 19's figures: how long the print view takes to show every sheet of the whole
// standard deck (154 cards, 40 sheets of cards, the hints, the board's four tiles, the
// pieces, the rules and the empty plan), from the click on "Print spillet" to the last
// sheet in the DOM; and how long Chromium takes to print all of it to PDF, with its pages.
//   node scripts/bench-print.mjs [dist-dir]
// Ends with a `BENCH {json}` line, for scripts/bench-table.mjs.
import { serveDist, launch, newContext } from '../tests/e2e/harness.mjs';
import { medianAndP95 } from './bench-votes.mjs';

const OPENINGS = 12;

const server = await serveDist(process.argv[2]);
const browser = await launch();
const { context } = await newContext(browser);
const page = await context.newPage();
await page.goto(server.origin);
await page.waitForSelector('.setup');
const opened = await page.evaluate(async (n) => {
  const frame = () => new Promise((ok) => requestAnimationFrame(() => ok()));
  const out = [];
  for (let i = 0; i < n; i++) {
    const start = performance.now();
    document.querySelector('.open-print').click();
    while (!document.querySelector('.plan-sheet')) await frame();
    out.push(performance.now() - start);
    document.querySelector('.print-head .back').click();
    while (!document.querySelector('.setup')) await frame();
  }
  return out;
}, OPENINGS);
await page.locator('.open-print').click();
await page.locator('.plan-sheet').waitFor();
const sheets = await page.locator('.sheet').count();
const start = performance.now();
const pdf = await page.pdf({ printBackground: true, preferCSSPageSize: true });
const printMs = performance.now() - start;
const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
await browser.close();
await server.close();

const p = (times, q) => [...times].sort((a, b) => a - b)[Math.min(times.length - 1, Math.floor(times.length * q))];
console.log(`Print view of the standard deck (${sheets} sheets on screen), click → every sheet in the DOM: ${medianAndP95(opened)} (n=${OPENINGS})`);
console.log(`All of it printed to PDF by Chromium: ${pages} pages, ${(pdf.length / 1e6).toFixed(1)} MB, ${printMs.toFixed(0)} ms`);
console.log(`BENCH ${JSON.stringify({ print: { open50: p(opened, 0.5), open95: p(opened, 0.95), sheets, pages, pdfBytes: pdf.length, printMs } })}`);
