import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The site's own pages and files, relative to the base path. Templates link to them from here; the
 * addresses a category may not take are derived from src/pages, public/ and what the build writes.
 */
export const ownRoutes = {
  home: '',
  gettingStarted: 'getting-started/',
  history: 'history/',
  wholeGuide: 'whole-guide/',
  search: 'search/',
  decide: 'decide/',
  feed: 'rss.xml',
  searchTerms: 'search/terms.json',
  notFound: '404.html',
} as const;

/** What the build writes beside the pages: bundles, the search index, the sitemap. */
const generated = ['_astro', 'pagefind', 'sitemap-index.xml', 'sitemap-0.xml'];

/**
 * Ids the page layout gives its own elements, and the home page's sections. A heading written in content
 * never takes one of them (see loadGuide's layoutIds).
 */
export const layoutIds = ['main', 'search-dialog-input', 'search-page-input', 'toc-title', 'introduction', 'at-a-glance', 'glance-caption'] as const;

/**
 * Every top-level address the site already uses, with what uses it: the routes of src/pages (a category
 * page is `/<slug>/`, so `search` is taken by search.astro), the files and folders of public/, and the
 * build's own output. A name counts with and without its extension: `/rss/` and `/rss.xml` must not both
 * exist, and a Markdown twin `/<slug>.md` must not meet another.
 */
export function reservedAddresses(projectRoot: string): Map<string, string> {
  const reserved = new Map<string, string>([['index', 'the home page (index.html)']]);
  const add = (name: string, owner: string) => {
    for (const form of [name, name.replace(/\.[^.]*$/, '')]) if (!form.startsWith('[') && !reserved.has(form)) reserved.set(form, owner);
  };
  const pages = join(projectRoot, 'src/pages');
  for (const entry of existsSync(pages) ? readdirSync(pages) : []) add(entry.replace(/\.(astro|ts|js|md|mdx)$/, ''), `the page src/pages/${entry}`);
  const publicDir = join(projectRoot, 'public');
  for (const entry of existsSync(publicDir) ? readdirSync(publicDir) : []) add(entry, `the file public/${entry}`);
  for (const entry of generated) add(entry, `${entry}, which the build writes`);
  return reserved;
}
