import { existsSync } from 'node:fs';

/** A Chromium the machine already has: GUIDEPOST_CHROMIUM, then the usual system paths. */
export function systemChromium(): string | undefined {
  const candidates = [process.env.GUIDEPOST_CHROMIUM, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
  return candidates.find((path): path is string => Boolean(path && existsSync(path)));
}
