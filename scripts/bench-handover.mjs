// How many QR codes a team's notebook takes, and how large they are: ten ideas of a
// sentence each, written in the notebook and shown as
// codes. Prints the number of codes, their QR versions and the time to draw the first.
import { serveDist, launch, newContext } from '../tests/e2e/harness.mjs';

const SENTENCES = [
  'Vi starter hvert teammøde med fem minutter om, hvad borgerne har sagt til os i ugen.',
  'Faste makkerpar på tværs af vagterne, så ingen står alene med de svære samtaler.',
  'Et "stop-gøre"-møde hver måned: hvad kan vi holde op med, så der bliver tid til kerneopgaven?',
  'Nye kolleger får en fast følgeperson de første tre uger.',
  'Vi spørger borgeren: "Hvad er vigtigst for dig i dag?" før vi går i gang.',
  'Overlevering mellem dag og aften på ti minutter, med de samme tre spørgsmål hver gang.',
  'Ledelsen deltager i ét morgenmøde om ugen og lytter mest.',
  'Vi fejrer, når noget lykkes – også de små ting – på tavlen i frokoststuen.',
  'Én fælles mappe til aftaler med pårørende, så ingen skal lede i tre systemer.',
  'Kvartalsvis evaluering af én indsats: virker den, eller skal den stoppes?',
];

const server = await serveDist(process.argv[2]);
const browser = await launch();
for (const count of [SENTENCES.length]) {
  const { context } = await newContext(browser, { width: 768, height: 1024 });
  const page = await context.newPage();
  await page.goto(`${server.origin}/?view=notebook`);
  await page.getByRole('button', { name: 'Hold B' }).click();
  await page.locator('.notebook-team-name').fill('Uglerne');
  for (let i = 0; i < count; i++) {
    const text = SENTENCES[i];
    await page.locator('.new-idea textarea').fill(text);
    await page.locator('.add-notebook-idea').click();
  }
  await page.waitForFunction((n) => document.querySelectorAll('.notebook-idea').length === n, count);
  const start = Date.now();
  await page.locator('.show-codes').click();
  const shown = await page.waitForSelector('svg.qr-code, .notebook-status:not(:empty)');
  const ms = Date.now() - start;
  if (await shown.evaluate((e) => e.tagName.toLowerCase() !== 'svg')) {
    console.log(`${count} ideas: too many for codes (${await shown.textContent()})`);
  } else {
    const total = Number((await page.locator('.code-count').textContent()).split(' af ')[1]);
    const versions = [];
    for (let i = 1; i <= total; i++) {
      versions.push(await page.locator('svg.qr-code').getAttribute('data-version'));
      if (i < total) await page.locator('.next-code').click();
    }
    console.log(`${count} ideas: ${total} QR codes (versions ${versions.join(', ')}, error correction M), first drawn in ${ms} ms`);
  }
  await context.close();
}
await browser.close();
await server.close();
