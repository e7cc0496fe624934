// Shared by the tablet benches: how long a team waits for its own step, timed on the
// tablet — a dot given or taken back in the idea bank, from the tap to the new count
// the game sends back — and the median and p95 of a list of times.

/** `n` taps on `tablet`'s ballot (give, take back, …); the time of each in ms. */
export function timeVotes(tablet, n) {
  return tablet.evaluate(async (n) => {
    const frame = () => new Promise((ok) => requestAnimationFrame(ok));
    const ours = () => document.querySelector('.ballot-ours').textContent;
    const out = [];
    for (let i = 0; i < n; i++) {
      const before = ours();
      const button = document.querySelector(i % 2 === 0 ? '.ballot-row .vote' : '.ballot-row .unvote');
      const start = performance.now();
      button.click();
      while (ours() === before) await frame();
      out.push(performance.now() - start);
    }
    return out;
  }, n);
}

/** "median X ms, p95 Y ms" of `times`, with `digits` decimals. */
export function medianAndP95(times, digits = 1) {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))].toFixed(digits);
  return `median ${at(0.5)} ms, p95 ${at(0.95)} ms`;
}
