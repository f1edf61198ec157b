// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { rehypeHeadingIds, unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import { remarkComponentSource } from './src/markdown/remark-component-source.ts';
import { remarkExplicitHeadingIds } from './src/markdown/remark-explicit-heading-ids.ts';
import { rehypeHeadingAnchors } from './src/markdown/rehype-heading-anchors.ts';
import { rehypeLinks } from './src/markdown/rehype-links.ts';
import { linkCheck } from './src/integrations/link-check.ts';

// Where the site will live. SITE_URL feeds canonical links, previews, the feed and the sitemap;
// BASE_PATH lets the guide live in a sub-folder (every link is built from it).
const site = process.env.SITE_URL ?? 'http://localhost:4321';
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  site,
  base,
  // GUIDEPOST_OUT_DIR lets `npm run build` write a complete site aside and swap it in only on success.
  outDir: process.env.GUIDEPOST_OUT_DIR ?? 'dist',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  markdown: {
    processor: unified({
      remarkPlugins: [remarkGfm, remarkExplicitHeadingIds, remarkComponentSource],
      // Ids first, so the anchors can link to them.
      rehypePlugins: [rehypeHeadingIds, rehypeHeadingAnchors, [rehypeLinks, { base }]],
    }),
  },
  integrations: [mdx(), sitemap(), linkCheck()],
  devToolbar: { enabled: false },
  vite: {
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
