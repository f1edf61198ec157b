// Runs before the browser tests: with no system Chromium, make sure Playwright has its own, so that
// `npm test` alone sets up what it needs on a fresh machine (where browsers can be downloaded).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { systemChromium } from './browser.ts';

const system = systemChromium();
if (system) {
  console.log(`browser tests use ${system}`);
} else if (existsSync(chromium.executablePath())) {
  console.log(`browser tests use Playwright's Chromium at ${chromium.executablePath()}`);
} else {
  console.log("No Chromium found (set GUIDEPOST_CHROMIUM to use one); installing Playwright's own…");
  const installed = spawnSync('npx', ['playwright', 'install', 'chromium'], { stdio: 'inherit' });
  if (installed.status !== 0) {
    console.error('Could not install a browser. Install Chromium (Debian: apt-get install chromium) or set GUIDEPOST_CHROMIUM to a Chromium or Chrome binary.');
    process.exit(1);
  }
}
