/**
 * What Guidepost sets in Astro's config, through its integration, so that astro.config.mjs shows only a
 * site's own choices (where it lives and where it is written). Starlight's integration works the same way.
 */
import type { AstroIntegration } from 'astro';
import mdx from '@astrojs/mdx';
import sitemap, { type SitemapItem } from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import { themeInitHash } from './components/theme/theme-init.ts';
import { rehypePlugins, remarkPlugins, remarkRehypeOptions, smartypants } from './guide/content/plugins.ts';
import { guideImagesPlugin } from './guide-images-plugin.ts';
import { getSite } from './site/index.ts';
import { pageVersions } from './site/languages.ts';
import type { PageReuse } from './site/page-reuse.ts';
import type { Settings } from './site/settings.ts';

/** What an integration may set in Astro's config (any part of it). */
type ConfigUpdate = Parameters<Parameters<NonNullable<AstroIntegration['hooks']['astro:config:setup']>>[0]['updateConfig']>[0];

/** Old addresses of renamed categories are stand-ins that redirect; search engines get only real pages. */
function isRealPage(page: string): boolean {
  const path = new URL(page).pathname;
  return !getSite().guides.some(({ redirects, urls }) => redirects.some((redirect) => urls.category(redirect.from) === path));
}

/** A translated guide's page names its versions in every language, as its hreflang links do. */
function withLanguages(item: SitemapItem): SitemapItem {
  const site = getSite();
  const versions = pageVersions(site, new URL(item.url).pathname);
  if (!versions.length) return item;
  return { ...item, links: versions.map((version) => ({ lang: version.language.code, url: site.urls.absolute(version.href) ?? version.href })) };
}

/** The config Guidepost needs, given the integrations the site already lists (one it lists is not added twice). */
export function guidepostConfig(settings: Settings, listed: readonly AstroIntegration[], reuse?: PageReuse): ConfigUpdate {
  // The pages a rebuild takes from the published site (page-reuse.ts) are not rendered by Astro,
  // so the sitemap, which lists what Astro rendered, is told of them. It sorts what it lists.
  const takenOver = [...(reuse?.pages ?? [])].map((page) => settings.base + page.replace(/index\.html$/, ''));
  const has = (name: string) => listed.some((integration) => integration.name === name);
  return {
    trailingSlash: 'always',
    build: { format: 'directory', inlineStylesheets: 'never' },
    devToolbar: { enabled: false },
    // Markdown and MDX pages of the site render as guide content does: the same plugins (GFM, SmartyPants,
    // code highlighting that the CSP allows, external links), from one list. Astro's own Shiki step is off:
    // it writes inline styles, which the CSP forbids; plugins.ts highlights instead.
    markdown: {
      syntaxHighlight: false,
      processor: unified({
        remarkPlugins: remarkPlugins as never,
        rehypePlugins: rehypePlugins as never,
        remarkRehype: remarkRehypeOptions as never,
        gfm: true,
        smartypants,
      }),
    },
    integrations: [
      ...(has('@astrojs/mdx') ? [] : [mdx()]),
      // A sitemap needs the site's absolute address; without SITE_URL there is none to write.
      ...(settings.siteUrl && !has('@astrojs/sitemap')
        ? [sitemap({ filter: isRealPage, serialize: withLanguages, customPages: takenOver.map((path) => new URL(path, settings.siteUrl).href) })]
        : []),
    ],
    // Only the site's own scripts and styles run; Astro adds the hashes of its inline ones to a <meta> CSP.
    // Pagefind compiles WebAssembly, hence 'wasm-unsafe-eval'. CONTRIBUTING.md gives the header equivalent.
    security: {
      csp: {
        // Astro's default, stated: the config an integration sets is the parsed kind, with no defaults filled in.
        algorithm: 'SHA-256',
        directives: ["default-src 'self'", "img-src 'self' data:", "connect-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'"],
        // Astro hashes the scripts it bundles; the one inline script is added by its own hash.
        scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"], hashes: [themeInitHash] },
        styleDirective: { resources: ["'self'"] },
      },
    },
    vite: {
      plugins: [guideImagesPlugin()],
      // The lazily loaded search code has no dependencies worth preloading; the helper would cost every page.
      environments: { client: { build: { modulePreload: false } } },
      // One stylesheet for every page: one request, and compressed as one (smaller than its parts).
      build: { cssCodeSplit: false },
    },
  };
}
