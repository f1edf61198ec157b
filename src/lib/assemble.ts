import type { CategoryFrontmatter } from '../schemas/category.ts';
import type { GuideMeta, Service } from '../schemas/guide.ts';
import type { HistoryEntry } from '../schemas/history.ts';
import type { Resource } from '../schemas/resource.ts';
import { ContentError, listOf } from './content-error.ts';

/** Top-level addresses the generator owns; a category slug may not take one. */
export const reservedSlugs = new Set(['search', 'getting-started', 'history', 'whole-guide', 'decide', 'rss', '404', 'pagefind', '_astro']);

export interface RawCategory<Entry> {
  file: string;
  data: CategoryFrontmatter;
  entry: Entry;
}

export interface Category<Entry = unknown> extends CategoryFrontmatter {
  slug: string;
  file: string;
  entry: Entry;
}

export interface Guide<Entry = unknown> {
  meta: GuideMeta;
  services: Service[];
  categories: Category<Entry>[];
  resources: Resource[];
  history: HistoryEntry[];
}

interface RawGuide<Entry> {
  meta: GuideMeta;
  metaFile: string;
  categories: RawCategory<Entry>[];
  resources: { file: string; data: Resource }[];
  history: HistoryEntry[];
}

const slugFromFile = (file: string) => file.replace(/^.*\//, '').replace(/\.mdx$/, '');

/**
 * Checks what no single schema can: that entries agree with each other and with the guide's list of
 * services. Pure, so the unit tests exercise it without a build.
 */
export function assembleGuide<Entry>(raw: RawGuide<Entry>): Guide<Entry> {
  const { meta } = raw;
  const serviceIds = meta.services.map((service) => service.id);
  const serviceIdSet = new Set(serviceIds);

  const bySlug = new Map<string, string>();
  const byOrder = new Map<number, string>();
  const categories = raw.categories.map(({ file, data, entry }): Category<Entry> => {
    const slug = data.slug ?? slugFromFile(file);
    for (const address of [slug, ...data.formerSlugs]) {
      const field = address !== slug ? 'formerSlugs' : data.slug ? 'slug' : 'file name';
      if (reservedSlugs.has(address)) {
        throw new ContentError(file, field, `"${address}" is an address the site already uses`, `a slug other than ${listOf(reservedSlugs)}`);
      }
      const other = bySlug.get(address);
      if (other) {
        throw new ContentError(file, field, `the address "/${address}/" is also claimed by ${other}`, 'every category slug and former slug to be unique');
      }
      bySlug.set(address, file);
    }
    const sameOrder = byOrder.get(data.order);
    if (sameOrder) {
      throw new ContentError(file, 'order', `${data.order} is also the order of ${sameOrder}`, 'a different whole number for each category');
    }
    byOrder.set(data.order, file);

    for (const key of Object.keys(data.glance)) {
      if (!serviceIdSet.has(key)) {
        throw new ContentError(file, `glance.${key}`, `"${key}" is not a service of this guide`, `one of ${listOf(serviceIds)}`);
      }
    }
    for (const id of serviceIds) {
      if (!(id in data.glance)) {
        throw new ContentError(file, `glance.${id}`, 'the at-a-glance entry for this service is missing', `one line of text for every service: ${listOf(serviceIds)}`);
      }
    }
    return { ...data, slug, file, entry };
  });
  categories.sort((a, b) => a.order - b.order);

  const resources = raw.resources.map(({ file, data }) => {
    if (!serviceIdSet.has(data.service)) {
      throw new ContentError(file, 'service', `"${data.service}" is not a service of this guide`, `one of ${listOf(serviceIds)}`);
    }
    return data;
  });

  if (categories.length === 0) {
    throw new ContentError(raw.metaFile, 'categories', 'the guide has no category files', 'at least one .mdx file in the categories folder');
  }

  return { meta, services: meta.services, categories, resources, history: [...raw.history].sort((a, b) => b.date.getTime() - a.date.getTime()) };
}
