// Chromium's fake camera, fed with pictures a test makes: a PNG (a screenshot of a QR
// code on another device's screen) or a code's rows of modules, as grey frames in a Y4M
// file that the camera plays over and over. Chromium opens the file each time a page
// starts the camera, so a test may write it again before the next start.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { shots } from './harness.mjs';

export const FRAME = { width: 640, height: 480 };

/** A picture (PNG) as a grey camera frame: drawn `size` px wide in the middle of a white
 *  frame, made grey. The browser decodes the PNG, in a blank page of `context`. */
export async function greyFrame(context, png, size = 440) {
  const page = await context.newPage();
  const grey = await page.evaluate(async ({ b64, width, height, size }) => {
    const image = new Image();
    image.src = `data:image/png;base64,${b64}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = width;
    canvas.height = height;
    const g = canvas.getContext('2d');
    g.fillStyle = '#ffffff';
    g.fillRect(0, 0, width, height);
    g.drawImage(image, (width - size) / 2, (height - size) / 2, size, size);
    const { data } = g.getImageData(0, 0, width, height);
    const out = new Array(width * height);
    for (let i = 0; i < out.length; i++) {
      out[i] = Math.round(0.299 * data[4 * i] + 0.587 * data[4 * i + 1] + 0.114 * data[4 * i + 2]);
    }
    return out;
  }, { b64: png.toString('base64'), ...FRAME, size });
  await page.close();
  return Uint8Array.from(grey);
}

/** A code's rows of modules (from tests/e2e/fixtures/codes.json) as a grey frame. */
export function frameFromRows(rows, scale = 8) {
  const { width, height } = FRAME;
  const grey = new Uint8Array(width * height).fill(255);
  const size = rows.length * scale;
  const left = Math.floor((width - size) / 2);
  const top = Math.floor((height - size) / 2);
  rows.forEach((row, y) => [...row].forEach((bit, x) => {
    if (bit !== '1') return;
    for (let dy = 0; dy < scale; dy++) {
      grey.fill(0, (top + y * scale + dy) * width + left + x * scale, (top + y * scale + dy) * width + left + (x + 1) * scale);
    }
  }));
  return grey;
}

/** Write grey frames as a Y4M file for Chromium's fake camera, each shown `repeat`
 *  times (at ten frames a second); the camera plays it over and over. */
export async function writeY4m(name, frames, repeat = 8) {
  const { width, height } = FRAME;
  const chroma = Buffer.alloc((width / 2) * (height / 2) * 2, 128);
  const parts = [Buffer.from(`YUV4MPEG2 W${width} H${height} F10:1 Ip A1:1 C420jpeg\n`)];
  for (const frame of frames) {
    for (let i = 0; i < repeat; i++) parts.push(Buffer.from('FRAME\n'), Buffer.from(frame), chroma);
  }
  const path = join(shots, name);
  await writeFile(path, Buffer.concat(parts));
  return path;
}

/** A Chromium (`executablePath`, Debian's unless told) whose camera shows the frames of
 *  `y4m`. */
export function launchWithCamera(y4m, executablePath = process.env.CHROMIUM ?? '/usr/bin/chromium') {
  return chromium.launch({
    executablePath,
    args: [
      '--use-fake-ui-for-media-stream',
      '--use-fake-device-for-media-stream',
      `--use-file-for-fake-video-capture=${y4m}`,
      '--disable-background-networking',
      '--no-first-run',
    ],
  });
}


/** Put a screenshot of the code `svg` shows in front of the camera that reads `file` in
 *  test-results/ (the next time that camera starts). */
export async function showToCamera(svg, file) {
  const png = await svg.screenshot();
  const frame = await greyFrame(svg.page().context(), png);
  await writeY4m(file, [frame], 4);
}
