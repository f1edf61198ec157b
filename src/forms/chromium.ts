import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

/**
 * A Chromium the machine already has: the one GUIDEPOST_CHROMIUM names (and then no other, so a wrong path
 * is noticed), else the usual system paths.
 *
 * The headless shell comes first. It is Chromium without the desktop browser around it, and it is what
 * Playwright itself runs for headless tests. On this project's 2-core machine it opens a page in a quarter
 * of the full browser's time (35 against 146 ms), loads one in half (51 against 132 ms), and prints the
 * guide's PDF in a second less; the browser tests took 153 s with it and 237 s with the full browser.
 */
export function systemChromium(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const chosen = env['GUIDEPOST_CHROMIUM'];
  if (chosen) return existsSync(chosen) ? chosen : undefined;
  const candidates = [
    '/usr/bin/chromium-headless-shell',
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  ];
  return candidates.find((path): path is string => Boolean(path && existsSync(path)));
}

/**
 * The Chromium the build prints the PDF with, and the tests drive: the machine's own, else the one
 * Playwright installed (`npx playwright install chromium`), else none.
 */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const system = systemChromium(env);
  if (system || env['GUIDEPOST_CHROMIUM']) return system;
  try {
    const { chromium } = createRequire(import.meta.url)('playwright-core') as typeof import('playwright-core');
    const own = chromium.executablePath();
    return existsSync(own) ? own : undefined;
  } catch {
    return undefined;
  }
}

/** Flags for a Chromium with no GPU and no network beyond the machine: quiet and quick. */
export const chromiumArgs = ['--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
