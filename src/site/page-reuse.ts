/**
 * Pages a rebuild takes from the published site instead of rendering them again.
 *
 * Some pages show a few categories and, of everything else, only the frame: a category's page, each part
 * after the first of a large guide's whole guide (its categories' text), each group's at-a-glance page of
 * a large guide (its categories' glance lines). A guide's other pages (home, getting started, history, the
 * whole guide's first part, the decision helper) are taken as showing all of its categories, which in a
 * library are only some of the site's. The frame is the guide's other files (guide.yaml,
 * services, introduction, rules, history, translation records, images…), the generator and the settings,
 * of every category what the navigation shows (title, order, address, group, file), its keywords and the
 * services it compares (a library's service pages list it by them), and each translation's state. A
 * page's key is a hash of the frame and of its categories' files in every language the guide has (a
 * translation's page follows its source's headings and says when it falls behind it).
 * A page whose key is the one the published build recorded, and whose file is still as that build wrote
 * it, is taken over. The site's own pages (search, 404, a library's home and service pages) always render.
 *
 * So an edit to a category's text, glance lines or summary renders its page, its part and its group's page,
 * its guide's other pages and the site's own, and a title, order, group or any other file renders everything.
 * tests/build/reproducible.spec.ts proves the site equals a cold build byte for byte after edits of each kind.
 */
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { fragmentsOf, type Category } from '../guide/index.ts';
import type { BuildInputs } from './build-inputs.ts';
import { folderMaker, linkOrCopy } from './build-files.ts';
import type { GuideSite, Site } from './model.ts';
import { glanceGroupPath, wholeGuidePart, wholeGuidePath } from './page-paths.ts';
import { ownRoutes } from './routes.ts';

export interface PageReuse {
  /** The published build the pages are taken from. */
  from: string;
  /** The pages taken, as paths in the site ("cost/index.html", "de/cost/index.html"). */
  pages: Set<string>;
}

/** The integrations whose work on the built pages Guidepost knows: its own, and the MDX one it adds itself. */
const integrationsKnown = new Set(['guidepost', '@astrojs/mdx']);

/**
 * The integrations a site's astro.config.mjs lists that Guidepost does not know, by name: with any, no page
 * is taken over. A page taken over is the published site's file, which Astro does not render: such an
 * integration would not see it (a sitemap lists what Astro rendered) or could rewrite it in place, and so
 * the published site with it (a minifier, through the hard link).
 */
export const integrationsUnknown = (listed: readonly { name: string }[]) =>
  listed.map((integration) => integration.name).filter((name) => !integrationsKnown.has(name));

/** Where the page at `path` from a guide's root ("cost/", "whole-guide/2/") is written, from the site's root. */
export const pageFile = (guideSite: GuideSite, path: string) => `${guideSite.urls.link(path).slice(guideSite.urls.base.length)}index.html`;

/** Whether a page is to be rendered: not taken from the published site. Each route that can be taken over asks. */
export const toRender = (site: Site, guideSite: GuideSite, path: string) => !site.reuse?.pages.has(pageFile(guideSite, path));

/** The pages of a guide a rebuild could take over, with the categories each shows. */
function guidePages(guideSite: GuideSite): { path: string; categories: Category[] }[] {
  const { categories, decision } = guideSite.guide;
  const { groups, listsAll } = guideSite.navigation;
  const parts = Array.from({ length: guideSite.wholeGuideParts - 1 }, (_, index) => index + 2);
  // Taken as showing every category of the guide (its home lists them all, the decision helper links into
  // them…): in a single guide they render after any edit; in a library, after an edit to their own guide.
  const wholeGuidePages = [ownRoutes.home, ownRoutes.gettingStarted, ownRoutes.history, ownRoutes.wholeGuide, ...(decision ? [ownRoutes.decide] : [])];
  return [
    ...wholeGuidePages.map((path) => ({ path, categories })),
    ...categories.map((category) => ({ path: `${category.slug}/`, categories: [category] })),
    ...parts.map((part) => ({ path: wholeGuidePath(part), categories: categories.filter((_, index) => wholeGuidePart(index) === part) })),
    ...(listsAll ? [] : groups.map((group) => ({ path: glanceGroupPath(group.slug), categories: group.categories }))),
  ];
}

/** Every page a rebuild could take over, by its path in the site, with its key. */
export function pageKeys(site: Site, inputs: BuildInputs): Map<string, string> {
  const categoryFiles = new Set(site.guides.flatMap((guideSite) => guideSite.guide.categories.map((category) => category.path)));
  const frame = createHash('sha256').update(inputs.without(categoryFiles));
  for (const guideSite of site.guides) {
    frame.update(JSON.stringify([guideSite.slug, guideSite.language.code, [...(guideSite.translation?.files.values() ?? [])]]));
    for (const { title, order, slug, formerSlugs, group, keywords, file, path, sides } of guideSite.guide.categories)
      frame.update(JSON.stringify([title, order, slug, formerSlugs, group, keywords, file, path, sides.map((side) => side.service)]));
  }
  const frameKey = frame.digest('hex');

  const keys = new Map<string, string>();
  for (const guideSite of site.guides) {
    // Each category's file in every language of the guide, by its slug (looked up, not searched: a guide's
    // pages together name every category several times).
    const filesOf = new Map<string, string[]>();
    for (const version of guideSite.versions)
      for (const shown of version.guide.categories) filesOf.set(shown.slug, [...(filesOf.get(shown.slug) ?? []), shown.path]);
    for (const page of guidePages(guideSite)) {
      const files = page.categories.flatMap((category) => filesOf.get(category.slug) ?? []);
      const digests = files.map((file) => inputs.contentFile(file));
      // A file the inputs did not read (outside the content folder) cannot vouch for the page: it renders.
      if (digests.some((digest) => digest === undefined)) continue;
      const key = createHash('sha256').update(frameKey);
      files.forEach((file, index) => key.update(`\0${file}\0${digests[index]}`));
      keys.set(pageFile(guideSite, page.path), key.digest('hex'));
    }
  }
  return keys;
}

/**
 * Every guide image the site's content shows. A page prepares the images it shows as it renders
 * (Prose.astro), and the Markdown forms written after the pages use what it prepared; when pages are taken
 * over, an always-rendered page prepares them all instead (404.astro), so the forms find them and the
 * image files are written as a cold build writes them.
 */
export function contentImages(site: Site): string[] {
  const blocks = site.guides.flatMap((guideSite) => [...guideSite.guide.introduction, ...guideSite.guide.categories.flatMap((category) => category.body)]);
  return [...new Set(blocks.flatMap((block) => fragmentsOf(block).flatMap((fragment) => fragment.images)))];
}

/**
 * Puts the pages taken over (and `alsoFiles`, their Markdown twins) into the build being written, beside the
 * ones Astro rendered, as second names for the published files (build-files.ts). A page Astro rendered is
 * never replaced. Nothing Guidepost runs after this writes into an existing page; an integration added to
 * astro.config.mjs that rewrote pages in place would change the published files too, which is why such a
 * site takes nothing over (integrationsUnknown).
 */
export function takeOverPages(reuse: PageReuse, outDir: string, alsoFiles: Iterable<string> = []): void {
  const makeFolder = folderMaker();
  for (const page of [...reuse.pages, ...alsoFiles]) {
    const target = join(outDir, page);
    makeFolder(target);
    linkOrCopy(join(reuse.from, page), target);
  }
}
