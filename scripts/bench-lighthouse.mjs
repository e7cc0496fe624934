// Lighthouse 12.2.3 on the release build served gzipped as a static host would, with its
// mobile preset (a slow 4G network and a 4× slower CPU: a first visit on a tablet over
// poor Wi-Fi). Lighthouse is not a dependency of the game or its tests: scripts/bench
// installs it into target/bench-tools the first time. Prints the scores and timings of
// the median of three runs (by performance score), then a `BENCH {json}` line.
//   node scripts/bench-lighthouse.mjs [dist-dir]
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { serveDist } from '../tests/e2e/harness.mjs';

const RUNS = 3;
const lighthouse = new URL('../target/bench-tools/node_modules/.bin/lighthouse', import.meta.url).pathname;
const server = await serveDist(process.argv[2], { gzip: true });
const out = await mkdtemp(join(tmpdir(), 'kernespillet-lighthouse-'));
const runs = [];
try {
  for (let i = 0; i < RUNS; i++) {
    const report = join(out, `run-${i}.json`);
    await promisify(execFile)(lighthouse, [
      server.url, '--quiet', '--output=json', `--output-path=${report}`,
      '--only-categories=performance,accessibility,best-practices',
      '--chrome-flags=--headless=new --no-sandbox --disable-gpu',
    ], { env: { ...process.env, CHROME_PATH: process.env.CHROMIUM ?? '/usr/bin/chromium' } });
    const { categories, audits } = JSON.parse(await readFile(report, 'utf8'));
    runs.push({
      performance: Math.round(categories.performance.score * 100),
      accessibility: Math.round(categories.accessibility.score * 100),
      bestPractices: Math.round(categories['best-practices'].score * 100),
      lcp: audits['largest-contentful-paint'].numericValue,
      fcp: audits['first-contentful-paint'].numericValue,
      tti: audits.interactive.numericValue,
      tbt: audits['total-blocking-time'].numericValue,
      // What keeps accessibility or best practices under 100, by audit id.
      failing: [...categories.accessibility.auditRefs, ...categories['best-practices'].auditRefs]
        .filter((ref) => ref.weight > 0)
        .map((ref) => audits[ref.id])
        .filter((audit) => audit.score !== null && audit.score < 1)
        .map((audit) => audit.id),
    });
  }
} finally {
  await server.close();
  await rm(out, { recursive: true, force: true });
}
const median = runs.sort((a, b) => a.performance - b.performance)[Math.floor(RUNS / 2)];
const s = (ms) => `${(ms / 1000).toFixed(1)} s`;
console.log(`Lighthouse 12.2.3, mobile preset, gzip, median of ${RUNS} runs:`);
console.log(`  performance ${median.performance}, accessibility ${median.accessibility}, best practices ${median.bestPractices}`);
console.log(`  first contentful paint ${s(median.fcp)}, largest contentful paint ${s(median.lcp)}, interactive ${s(median.tti)}, total blocking time ${median.tbt.toFixed(0)} ms`);
if (median.failing.length) console.log(`  failing audits: ${median.failing.join(', ')}`);
console.log(`BENCH ${JSON.stringify({ lighthouse: median })}`);
