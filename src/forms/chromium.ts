import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

/**
 * A Chromium the machine already has: the one GUIDEPOST_CHROMIUM names (and then no other, so a wrong path
 * is noticed), else the usual system paths.
 */
export function systemChromium(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const chosen = env['GUIDEPOST_CHROMIUM'];
  if (chosen) return existsSync(chosen) ? chosen : undefined;
  const candidates = [
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
