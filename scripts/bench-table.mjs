// The bench's summary: every figure the parts printed as `BENCH {json}` lines (in the
// file named first), against the bars of issue 15. Prints the table and exits 1 when a
// bar is missed, so a change that breaks a budget is seen.
//   node scripts/bench-table.mjs FILE
import { readFile } from 'node:fs/promises';

const lines = (await readFile(process.argv[2], 'utf8')).split('\n').filter((l) => l.startsWith('BENCH '));
const figures = Object.assign({}, ...lines.map((l) => JSON.parse(l.slice(6))));
const kb = (bytes) => `${(bytes / 1000).toFixed(1)} KB`;
const ms = (t) => `${t.toFixed(1)} ms`;
const rows = [];
const bar = (what, value, shown, limit, limitShown, atMost = true) =>
  rows.push([what, shown, limitShown, value === undefined ? 'not measured' : (atMost ? value <= limit : value >= limit) ? 'ok' : 'MISSED']);

const { sizes, load, actions, lighthouse, report, print } = figures;
if (sizes) {
  bar('wasm, gzip', sizes.wasmGzip, kb(sizes.wasmGzip), 380_000, '≤ 380 KB');
  bar(`first visit (${sizes.firstVisitFiles} files), gzip`, sizes.firstVisitGzip, kb(sizes.firstVisitGzip), 430_000, '≤ 430 KB');
}
if (actions) {
  for (const [action, t] of Object.entries(actions.actions)) {
    bar(`${action}: click → DOM, p95 (n=${t.n})`, t.p95, `${ms(t.p95)} (median ${ms(t.p50)})`, 16, '≤ 16 ms');
    bar(`${action}: next frame painted, p95`, t.paint95, ms(t.paint95), 33, '≤ 33 ms');
  }
  bar(`save, p95 (n=${actions.save.n})`, actions.save.p95, `${ms(actions.save.p95)} (median ${ms(actions.save.p50)})`, 2, '≤ 2 ms');
  bar('saved text of the long session', actions.saved.start, kb(actions.saved.start), 64 * 1024, '≤ 64 KiB');
}
if (load) {
  rows.push(['load → start screen, network (median)', ms(load.startNetwork), '', 'info']);
  rows.push(['load → board, network (median)', ms(load.boardNetwork), '', 'info']);
  rows.push(['load → board, offline cache (median)', ms(load.boardCache), '', 'info']);
}
if (report) {
  rows.push(['session report, click → DOM (median / p95)', `${ms(report.open50)} / ${ms(report.open95)}`, '', 'info']);
  rows.push([`replay step of ${report.steps}, click → DOM (median / p95)`, `${ms(report.step50)} / ${ms(report.step95)}`, '', 'info']);
}
if (print) {
  rows.push([`print view, ${print.sheets} sheets, click → DOM (median / p95)`, `${ms(print.open50)} / ${ms(print.open95)}`, '', 'info']);
  rows.push([`print to PDF: ${print.pages} pages, ${(print.pdfBytes / 1e6).toFixed(1)} MB`, `${print.printMs.toFixed(0)} ms`, '', 'info']);
}
if (lighthouse) {
  bar('Lighthouse performance', lighthouse.performance, String(lighthouse.performance), 90, '≥ 90', false);
  bar('Lighthouse largest contentful paint', lighthouse.lcp, `${(lighthouse.lcp / 1000).toFixed(1)} s`, 3500, '≤ 3.5 s');
  bar('Lighthouse accessibility', lighthouse.accessibility, String(lighthouse.accessibility), 100, '100', false);
  bar('Lighthouse best practices', lighthouse.bestPractices, String(lighthouse.bestPractices), 100, '100', false);
}
const width = Math.max(...rows.map((r) => r[0].length));
const valueWidth = Math.max(...rows.map((r) => r[1].length));
console.log(`\n${'figure'.padEnd(width)} | ${'measured'.padEnd(valueWidth)} | bar      | `);
for (const [what, value, limit, verdict] of rows) console.log(`${what.padEnd(width)} | ${value.padEnd(valueWidth)} | ${limit.padEnd(8)} | ${verdict}`);
const missed = rows.filter((r) => r[3] === 'MISSED').length;
console.log(missed ? `\n${missed} bar(s) missed.` : '\nEvery bar met.');
process.exit(missed ? 1 : 0);
