// @ts-check
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import { themeInitHash } from './src/components/theme/theme-init.ts';
import { guidepost } from './src/integration.ts';
import { getSite } from './src/site/index.ts';
import { readSettings } from './src/site/settings.ts';

// Where the site lives and which guide it shows, from the environment (see src/site/settings.ts).
const settings = readSettings();

/** Old addresses of renamed categories are stand-ins that redirect; search engines get only real pages. */
const isRealPage = (/** @type {string} */ page) => {
  const path = new URL(page).pathname;
  return !getSite().guides.some(({ redirects, urls }) => redirects.some((redirect) => urls.category(redirect.from) === path));
};

export default defineConfig({
  ...(settings.siteUrl ? { site: settings.siteUrl } : {}),
  base: settings.base,
  outDir: settings.outDir,
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  // A sitemap needs the site's absolute address; without SITE_URL there is none to write.
  integrations: [guidepost(), ...(settings.siteUrl ? [sitemap({ filter: isRealPage })] : [])],
  devToolbar: { enabled: false },
  // Only the site's own scripts and styles run; Astro adds the hashes of its inline ones to a <meta> CSP.
  // Pagefind compiles WebAssembly, hence 'wasm-unsafe-eval'. README.md gives the header equivalent.
  security: {
    csp: {
      directives: ["default-src 'self'", "img-src 'self' data:", "connect-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'"],
      // Astro hashes the scripts it bundles; the one inline script is added by its own hash.
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"], hashes: [themeInitHash] },
      styleDirective: { resources: ["'self'"] },
    },
  },
  vite: {
    // The lazily loaded search code has no dependencies worth preloading; the helper would cost every page.
    environments: { client: { build: { modulePreload: false } } },
    // One stylesheet for every page: one request, and compressed as one (smaller than its parts).
    build: { cssCodeSplit: false },
  },
});
