// Render the app's PNG icons from assets/icons/icon.svg with headless Chromium, once;
// the PNGs are committed (install prompts and home screens want PNGs, not SVG).
// Usage: node scripts/icons.mjs   (run again only when icon.svg changes)
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const icons = join(resolve(fileURLToPath(import.meta.url), '../..'), 'assets/icons');
const PAPER = '#faf7f0'; // --paper in style/tokens.css

// `scale` is the icon's share of the square. Maskable icons are cropped to any shape
// inside the middle 80 %, so the whole ring sits in 70 %; Apple's home screen shows a
// transparent corner as black, so its icon gets a paper background too.
const OUTPUTS = [
  { file: 'icon-192.png', size: 192, scale: 1, background: null },
  { file: 'icon-512.png', size: 512, scale: 1, background: null },
  { file: 'icon-maskable-512.png', size: 512, scale: 0.7, background: PAPER },
  { file: 'apple-touch-icon.png', size: 180, scale: 0.86, background: PAPER },
];

const svg = await readFile(join(icons, 'icon.svg'), 'utf8');
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium' });
try {
  const page = await browser.newPage({ deviceScaleFactor: 1 });
  for (const { file, size, scale, background } of OUTPUTS) {
    await page.setViewportSize({ width: size, height: size });
    const side = Math.round(size * scale);
    await page.setContent(`<!DOCTYPE html>
      <style>
        html, body { margin: 0; width: ${size}px; height: ${size}px; background: ${background ?? 'transparent'}; }
        body { display: grid; place-items: center; }
        svg { width: ${side}px; height: ${side}px; display: block; }
      </style>${svg}`);
    await page.screenshot({ path: join(icons, file), omitBackground: background === null });
    console.log(`${file}: ${size}×${size}`);
  }
} finally {
  await browser.close();
}
