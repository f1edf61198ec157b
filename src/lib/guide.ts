import { getCollection, type CollectionEntry } from 'astro:content';
import { assembleGuide, type Category, type Guide } from './assemble.ts';
import { byListPosition } from './yaml-loader.ts';

export type CategoryEntry = CollectionEntry<'categories'>;
export type GuideCategory = Category<CategoryEntry>;

let loaded: Promise<Guide<CategoryEntry>> | undefined;

/** The whole guide, validated once per build and shared by every page (re-read on every request in dev). */
export function loadGuide(): Promise<Guide<CategoryEntry>> {
  if (loaded && !import.meta.env.DEV) return loaded;
  loaded = (async () => {
    const [[guideEntry], categories, resources, history] = await Promise.all([
      getCollection('guide'),
      getCollection('categories'),
      getCollection('resources'),
      getCollection('history'),
    ]);
    if (!guideEntry) throw new Error('guide.yaml is missing from the content folder.');
    return assembleGuide({
      meta: guideEntry.data,
      metaFile: guideEntry.id,
      categories: categories.map((entry) => ({ file: entry.id, data: entry.data, entry })),
      resources: resources.sort(byListPosition).map((entry) => ({ file: entry.id, data: entry.data })),
      history: history.sort(byListPosition).map((entry) => entry.data),
    });
  })();
  return loaded;
}

/** Neighbours in guide order, for previous/next links. */
export function neighbours<T>(list: readonly T[], index: number) {
  return { previous: list[index - 1], next: list[index + 1] };
}
