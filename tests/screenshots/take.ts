// npm run screenshots: photographs a category page of the built site on a laptop and on a phone for the
// README, as small WebP files (encoded by the browser itself, so no image tool is needed).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumArgs, findChromium } from '../../src/forms/chromium.ts';
import { serveSite } from '../support/serve.ts';

const projectRoot = join(import.meta.dirname, '../..');
const page = process.env['SCREENSHOT_PAGE'] ?? 'log-retention/';
const shots = [
  { file: 'category-desktop.webp', viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 },
  { file: 'category-phone.webp', viewport: { width: 360, height: 760 }, deviceScaleFactor: 2 },
];

const server = await serveSite(join(projectRoot, 'dist'));
const executablePath = findChromium();
const browser = await chromium.launch({ ...(executablePath ? { executablePath } : {}), args: chromiumArgs });
try {
  for (const shot of shots) {
    const context = await browser.newContext({ viewport: shot.viewport, deviceScaleFactor: shot.deviceScaleFactor, colorScheme: 'light' });
    const tab = await context.newPage();
    await tab.goto(server.url + page);
    const png = await tab.screenshot({ type: 'png' });
    // The browser turns the PNG into WebP through a canvas.
    const webp = await tab.evaluate(async (source) => {
      const image = new Image();
      image.src = `data:image/png;base64,${source}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.naturalWidth;
      canvas.height = image.naturalHeight;
      canvas.getContext('2d')!.drawImage(image, 0, 0);
      return canvas.toDataURL('image/webp', 0.8).split(',')[1]!;
    }, png.toString('base64'));
    const target = join(import.meta.dirname, shot.file);
    writeFileSync(target, Buffer.from(webp, 'base64'));
    console.log(`${shot.file}: ${(Buffer.from(webp, 'base64').length / 1024).toFixed(0)} KiB`);
    await context.close();
  }
} finally {
  await browser.close();
  server.close();
}
