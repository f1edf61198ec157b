// @ts-check
import { defineConfig } from 'astro/config';
import { guidepost } from './src/integration.ts';
import { readSettings } from './src/site/settings.ts';

// Where the site lives and where it is written, from the environment (see src/site/settings.ts). The rest
// of Astro's config (routes, Markdown, sitemap, Content-Security-Policy) is set by the integration.
const settings = readSettings();

export default defineConfig({
  ...(settings.siteUrl ? { site: settings.siteUrl } : {}),
  base: settings.base,
  outDir: settings.outDir,
  integrations: [guidepost()],
});
