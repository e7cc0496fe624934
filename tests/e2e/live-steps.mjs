// The live link's handshake as a facilitator and a team do it: the tablet scans its
// team's code on the facilitator's screen, the facilitator's camera scans the tablet's
// answer. Each camera is Chromium's fake one, shown a screenshot of the other's code.
import { showToCamera } from './camera.mjs';

/** One scan each way for team `team`; `cameras` names each side's camera file in
 *  test-results/. Resolves when the facilitator sees the link live, or (with
 *  `live: false`) as soon as the tablet shows its answer; `onAnswer` runs while the
 *  tablet shows it. */
export async function handshake(facilitator, tablet, team, cameras, { live = true, onAnswer } = {}) {
  await facilitator.locator(`.team-link[data-team="${team}"]`).click();
  const code = facilitator.locator(`.join-code[data-team="${team}"] svg`);
  await code.waitFor();
  await showToCamera(code, cameras.tablet);
  await tablet.locator('.scan-join-code').click();
  const answer = tablet.locator('.answer-code svg');
  await answer.waitFor({ timeout: 15_000 });
  if (onAnswer) await onAnswer();
  if (!live) return;
  await showToCamera(answer, cameras.facilitator);
  if (await facilitator.locator('.stop-camera').isVisible()) await facilitator.locator('.stop-camera').click();
  await facilitator.locator('.scan-answers').click();
  await facilitator.locator(`.team-link[data-team="${team}"] .link-status[data-status="live"]`).waitFor({ timeout: 15_000 });
}
