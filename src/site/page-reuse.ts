/**
 * Category pages a rebuild takes from the published site instead of rendering them again.
 *
 * A category page shows its own file (in every language the guide has: a translation's page follows its
 * source's headings and says when it falls behind it) and, of everything else, only the frame: the
 * guide's other files (guide.yaml, services, introduction, rules, history, translation records, images…),
 * the generator and the settings, and of every other category what the navigation shows (title, order,
 * address, group, file), its keywords and the services it compares (a library's service pages list it by
 * them), and each translation's state. Its key is a hash of exactly these.
 * A page whose key is the one the published build recorded, and whose file is still as that build wrote
 * it, is taken over; every other page renders, and so do all the pages that list categories (home,
 * at-a-glance, whole guide, search, decision helper, service pages) whatever changed.
 *
 * So an edit to a category's text, glance lines or summary renders that page (and the lists), and a
 * title, order, group or any other file renders everything. tests/build/reproducible.spec.ts proves the
 * site equals a cold build byte for byte after edits of each kind.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, linkSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { BuildInputs } from './build-inputs.ts';
import type { GuideSite, Site } from './model.ts';

export interface PageReuse {
  /** The published build the pages are taken from. */
  from: string;
  /** The pages taken, as paths in the site ("cost/index.html", "de/cost/index.html"). */
  pages: Set<string>;
}

/** Where a category's page is written, from the site's root. */
export const categoryPagePath = (guideSite: GuideSite, slug: string) => `${guideSite.urls.category(slug).slice(guideSite.urls.base.length)}index.html`;

/** Every category page of the site, by its path in the site, with its key. */
export function categoryPageKeys(site: Site, inputs: BuildInputs): Map<string, string> {
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
    for (const category of guideSite.guide.categories) {
      const key = createHash('sha256').update(frameKey);
      for (const version of guideSite.versions) {
        const shown = version.guide.categories.find((other) => other.slug === category.slug);
        if (shown) key.update(`\0${shown.path}\0${inputs.contentFile(shown.path)}`);
      }
      keys.set(categoryPagePath(guideSite, category.slug), key.digest('hex'));
    }
  }
  return keys;
}

/** Puts the pages taken over into the build being written, beside the ones Astro rendered. */
export function takeOverPages(reuse: PageReuse, outDir: string): void {
  for (const page of reuse.pages) {
    const target = join(outDir, page);
    mkdirSync(dirname(target), { recursive: true });
    // A second name for the same bytes costs no copy; across file systems, a copy.
    try {
      linkSync(join(reuse.from, page), target);
    } catch {
      copyFileSync(join(reuse.from, page), target);
    }
  }
}
