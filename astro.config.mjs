// @ts-check
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { rehypeHeadingIds, unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import { remarkComponentSource } from './src/markdown/remark-component-source.ts';
import { remarkExplicitHeadingIds } from './src/markdown/remark-explicit-heading-ids.ts';
import { rehypeHeadingAnchors } from './src/markdown/rehype-heading-anchors.ts';
import { rehypeLinks } from './src/markdown/rehype-links.ts';
import { postBuild } from './src/integrations/postbuild.ts';
import { isRedirectPage } from './src/lib/redirect-page.ts';

// Where the site will live. SITE_URL feeds canonical links, previews, the feed and the sitemap;
// BASE_PATH lets the guide live in a sub-folder (every link is built from it).
const site = process.env.SITE_URL ?? 'http://localhost:4321';
const base = process.env.BASE_PATH ?? '/';
// GUIDEPOST_OUT_DIR lets `npm run build` write a complete site aside and swap it in only on success.
const outDir = resolve(process.env.GUIDEPOST_OUT_DIR ?? 'dist');

/** Old addresses of renamed categories are stand-ins that redirect; search engines get only real pages. */
const isRealPage = (/** @type {string} */ url) => {
  const path = new URL(url).pathname.slice(base.replace(/\/?$/, '/').length);
  return !isRedirectPage(readFileSync(join(outDir, path, 'index.html'), 'utf8'));
};

export default defineConfig({
  site,
  base,
  outDir,
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  markdown: {
    // No code samples in guides, and Shiki's inline styles would need a looser CSP.
    syntaxHighlight: false,
    processor: unified({
      remarkPlugins: [remarkGfm, remarkExplicitHeadingIds, remarkComponentSource],
      // Ids first, so the anchors can link to them.
      rehypePlugins: [rehypeHeadingIds, rehypeHeadingAnchors, [rehypeLinks, { base }]],
    }),
  },
  integrations: [mdx(), sitemap({ filter: isRealPage }), postBuild()],
  devToolbar: { enabled: false },
  // Only the site's own scripts and styles run; Astro adds the hashes of its inline ones to a <meta> CSP.
  // Pagefind compiles WebAssembly, hence 'wasm-unsafe-eval'. README.md gives the header equivalent.
  security: {
    csp: {
      directives: ["default-src 'self'", "img-src 'self' data:", "connect-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'"],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
  vite: {
    // The lazily loaded search code has no dependencies worth preloading; the helper would cost every page.
    environments: { client: { build: { modulePreload: false } } },
    build: {
      rollupOptions: {
        // MDX modules carry Astro's own "use astro:head-inject" directive; the bundler's note about it is noise.
        onwarn(warning, warn) {
          if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
        },
      },
    },
  },
});
