import { createHash } from 'node:crypto';

/**
 * Runs in <head> before the first paint, so a reader who chose a theme never sees the other one flash. It
 * must be inline to run that early, so the Content-Security-Policy allows it by its hash (src/astro-config.ts):
 * a policy sent as a header applies from the first byte, before the page's own <meta> policy is read.
 */
export const themeInitScript =
  "try{const t=localStorage.getItem('guidepost-theme');if(t==='light'||t==='dark')document.documentElement.dataset.theme=t}catch{}";

export const themeInitHash = `sha256-${createHash('sha256').update(themeInitScript).digest('base64')}` as const;
