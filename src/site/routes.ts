import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { sections } from './sections.ts';

/**
 * The site's own pages and files, relative to the base path. Templates link to them from here; the
 * addresses a category may not take are derived from src/pages, public/ and what the build writes.
 */
export const ownRoutes = {
  home: '',
  gettingStarted: 'getting-started/',
  history: 'history/',
  wholeGuide: 'whole-guide/',
  /** In a large guide, the at-a-glance table one group at a time (see navigation.ts). */
  glanceGroups: 'at-a-glance/',
  search: 'search/',
  decide: 'decide/',
  feed: 'rss.xml',
  searchTerms: 'search/terms.json',
  notFound: '404.html',
  /** In a library: one page per service. */
  services: 'services/',
  /** The guide in other forms (src/forms): for assistants, as data, and printed. */
  llms: 'llms.txt',
  llmsFull: 'llms-full.txt',
  data: 'guide.json',
  dataSchema: 'guide.schema.json',
  pdf: 'guide.pdf',
} as const;

/** What the build writes beside the pages: bundles, the search index, the sitemap, the guide's other forms. */
// `search` is a page of each guide's folder (one per language) but, in a library, the site's own.
const generated = ['_astro', 'pagefind', 'sitemap-index.xml', 'sitemap-0.xml', ownRoutes.dataSchema, 'search'];
/** What the build writes in each guide's folder (src/forms). */
const generatedPerGuide = [ownRoutes.llms, ownRoutes.llmsFull, ownRoutes.data, ownRoutes.pdf];

/**
 * Ids the page layout gives its own elements, and the home page's sections. A heading written in content
 * never takes one of them (see loadGuide's layoutIds).
 */
export const layoutIds = [
  'main',
  'search-dialog-input',
  'search-page-input',
  'toc-title',
  sections.introduction.id,
  sections.glance.id,
  'glance-caption',
  'whole-guide-contents',
] as const;

/** Addresses already taken, with what takes them: at the site's root, and at a guide's root. */
export interface Reserved {
  site: Map<string, string>;
  guide: Map<string, string>;
}

/**
 * The addresses the site already uses, derived from src/pages (a guide's pages live in its [...guide]
 * folder, the site's own beside it), public/ and the build's output. A name counts with and without its
 * extension: `/rss/` and `/rss.xml` must not both exist, and a Markdown twin `/<slug>.md` must not meet another.
 */
export function reservedAddresses(projectRoot: string): Reserved {
  const collect = (names: string[], owner: (entry: string) => string, into = new Map<string, string>([['index', 'the home page (index.html)']])) => {
    for (const entry of names) {
      const name = entry.replace(/\.(astro|ts|js|md|mdx)$/, '');
      for (const form of [name, name.replace(/\.[^.]*$/, '')]) if (!form.startsWith('[') && !into.has(form)) into.set(form, owner(entry));
    }
    return into;
  };
  const list = (folder: string) => (existsSync(folder) ? readdirSync(folder) : []);
  const pages = join(projectRoot, 'src/pages');
  const site = collect(list(pages), (entry) => `the page src/pages/${entry}`);
  collect(list(join(projectRoot, 'public')), (entry) => `the file public/${entry}`, site);
  const written = (entry: string) => `${entry}, which the build writes`;
  collect([...generated, ...generatedPerGuide], written, site);
  const guide = collect(list(join(pages, '[...guide]')), (entry) => `the page src/pages/[...guide]/${entry}`);
  collect(generatedPerGuide, written, guide);
  return { site, guide };
}
