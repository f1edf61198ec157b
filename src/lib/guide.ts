import { existsSync } from 'node:fs';
import { getCollection, render, type CollectionEntry } from 'astro:content';
import { assembleGuide, type Category, type Guide } from './assemble.ts';
import { checkDecision } from './assemble-decision.ts';
import type { Decision } from '../schemas/decision.ts';
import { decisionFile } from './paths.ts';
import { byListPosition } from './yaml-loader.ts';

export type CategoryEntry = CollectionEntry<'categories'>;
export type GuideCategory = Category<CategoryEntry>;

export type LoadedGuide = Guide<CategoryEntry> & { decision: (Decision & { file: string }) | undefined };

let loaded: Promise<LoadedGuide> | undefined;

/** The whole guide, validated once per build and shared by every page (re-read on every request in dev). */
export function loadGuide(): Promise<LoadedGuide> {
  if (loaded && !import.meta.env.DEV) return loaded;
  loaded = (async () => {
    const [[guideEntry], categories, resources, history, [decisionEntry]] = await Promise.all([
      getCollection('guide'),
      getCollection('categories'),
      getCollection('resources'),
      getCollection('history'),
      // Optional: asking for an empty collection would make Astro warn about a guide that is fine.
      existsSync(decisionFile) ? getCollection('decision') : [],
    ]);
    // The loader has already refused a content folder without guide.yaml.
    const guide = assembleGuide({
      meta: guideEntry!.data,
      metaFile: guideEntry!.id,
      categories: categories.map((entry) => ({ file: entry.id, data: entry.data, entry })),
      resources: resources.sort(byListPosition).map((entry) => ({ file: entry.id, data: entry.data })),
      history: history.sort(byListPosition).map((entry) => entry.data),
    });
    const decision = decisionEntry && {
      ...checkDecision(decisionEntry.data, decisionEntry.id, {
        serviceIds: guide.services.map((service) => service.id),
        categorySlugs: guide.categories.map((category) => category.slug),
      }),
      file: decisionEntry.id,
    };
    return { ...guide, decision };
  })();
  return loaded;
}

/** The home page's introduction, rendered; introduction.mdx is required in every content folder. */
export async function loadIntroduction() {
  const [introduction] = await getCollection('introduction');
  if (!introduction) throw new Error('introduction.mdx is missing from the content folder; see README.md, "Writing the guide".');
  return (await render(introduction)).Content;
}

/** The whole-guide page holds at most this many categories; a larger guide gets several parts. */
export const categoriesPerPart = 50;

/** Neighbours in guide order, for previous/next links. */
export function neighbours<T>(list: readonly T[], index: number) {
  return { previous: list[index - 1], next: list[index + 1] };
}
