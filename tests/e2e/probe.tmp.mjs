import { serveDist, launch, newContext, setUpGame, storedSession } from './harness.mjs';
const server = await serveDist();
const browser = await launch();
const sizes = [[1920,1080],[1280,720],[768,1024],[1024,768]];
const { context } = await newContext(browser, { width: 1920, height: 1080 });
const page = await context.newPage();
await page.goto(server.origin);
await setUpGame(page, ['Ravnene', 'Uglerne', 'Mågerne', 'Ørnene', 'Svanerne', 'Hejrene']);
async function shoot(tag) {
  for (const [w,h] of sizes) {
    await page.setViewportSize({ width: w, height: h });
    await page.waitForTimeout(200);
    const m = await page.evaluate(() => ({ doc: document.documentElement.scrollHeight, win: innerHeight, docW: document.documentElement.scrollWidth,
      side: [...document.querySelectorAll('.side')].map(e => [e.scrollHeight, e.clientHeight]) }));
    console.log(tag, w, h, JSON.stringify(m));
    await page.screenshot({ path: `/tmp/probe/${tag}-${w}x${h}.png` });
  }
}
await shoot('roll');
for (let i = 0; i < 6; i++) {
  const s = await storedSession(page);
  if (s.stage.stage === 'card') break;
  if (s.stage.stage === 'awaiting_roll') await page.getByRole('button', { name: 'Slå med terningen' }).click();
  else if (s.stage.stage === 'choosing_target') { await shoot('target'); await page.locator('.field.target').first().click(); }
  else await page.locator('.category-choice').first().click();
  await page.waitForTimeout(300);
}
await shoot('card');
await browser.close(); await server.close();
