// Sizes of the release build: every file raw and gzipped (level 9, as a static host's
// gzip would send it), and the first visit's transfer — index.html, the worker and
// everything the worker fetches into its cache (the page's own requests are among them).
//   node scripts/bench-sizes.mjs [dist-dir]   → a table, then a `BENCH {json}` line
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const dist = process.argv[2] ?? new URL('../dist', import.meta.url).pathname;
const names = [];
for (const name of await readdir(dist, { recursive: true })) {
  if (!name.split('/').some((part) => part.startsWith('.')) && (await stat(join(dist, name))).isFile()) names.push(name);
}
names.sort();
const sizes = {};
for (const name of names) {
  const bytes = await readFile(join(dist, name));
  sizes[name] = { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}
const worker = await readFile(join(dist, 'sw.js'), 'utf8');
const precached = [...worker.match(/^const FILES = \[(.*?)\];$/ms)[1].matchAll(/"([^"]+)"/g)].map((m) => m[1]);
const firstVisit = ['index.html', 'sw.js', ...precached.filter((f) => f !== 'index.html')];
const sum = (list, key) => list.reduce((total, name) => total + sizes[name][key], 0);
const kind = (ext) => names.filter((n) => n.endsWith(ext));
const rows = [
  ['wasm', kind('.wasm')], ['js', kind('.js').filter((n) => n !== 'sw.js')], ['css', kind('.css')],
  ['html', ['index.html']], ['sw.js', ['sw.js']], ['fonts', kind('.woff2')],
  ['icons, manifest', names.filter((n) => n.startsWith('assets/icons/') || n.endsWith('.webmanifest'))],
];
console.log('Release build (dist/), bytes:            raw      gzip');
for (const [label, list] of rows) console.log(`  ${label.padEnd(32)} ${String(sum(list, 'raw')).padStart(9)} ${String(sum(list, 'gzip')).padStart(9)}`);
console.log(`  first visit (${firstVisit.length} files the page and worker fetch) ${String(sum(firstVisit, 'raw')).padStart(9)} ${String(sum(firstVisit, 'gzip')).padStart(9)}`);
console.log(`BENCH ${JSON.stringify({ sizes: { wasmGzip: sum(kind('.wasm'), 'gzip'), wasmRaw: sum(kind('.wasm'), 'raw'), firstVisitGzip: sum(firstVisit, 'gzip'), firstVisitFiles: firstVisit.length } })}`);
