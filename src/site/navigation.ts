/**
 * How a guide's categories are listed for navigation: all of them, or, in a large guide, by group, so a page
 * that lists categories stays the same weight however many there are. Groups come from the categories'
 * `group:` frontmatter; a large guide without them is grouped by position, fifty at a time.
 */
import GithubSlugger from 'github-slugger';
import type { Category } from '../guide/index.ts';
import { uiStrings, type UiStrings } from '../i18n/ui/index.ts';

const english = uiStrings('en').categoryNav;

/** Up to this many categories, every list shows them all; above it, one group at a time. */
export const navListLimit = 50;

export interface CategoryGroup {
  /** The group's address segment, under at-a-glance/ (pages exist only when the guide lists by group). */
  slug: string;
  /** Absent for the single unnamed group of a guide without groups. */
  title: string | undefined;
  categories: Category[];
}

export interface CategoryNavigation {
  groups: CategoryGroup[];
  /** Small guides list every category everywhere; large ones list the current group and name the others. */
  listsAll: boolean;
  groupOf: Map<string, CategoryGroup>;
}

/** How groups without a name of their own are named, in the guide's language (the catalogue's categoryNav). */
export type GroupWords = Pick<UiStrings['categoryNav'], 'range' | 'part'>;

export function categoryNavigation(categories: Category[], words: GroupWords = english): CategoryNavigation {
  const named = new Map<string, Category[]>();
  for (const category of categories) {
    if (!category.group) continue;
    named.set(category.group, [...(named.get(category.group) ?? []), category]);
  }
  let groups: CategoryGroup[];
  if (named.size) {
    // One slugger, so "Storage" and "storage!" still get addresses of their own.
    const slugger = new GithubSlugger();
    // A group too large to list is listed in parts, so no list ever grows past the limit.
    groups = [...named].flatMap(([title, members]) => {
      const parts = chunks(members);
      return parts.map((part, index) =>
        parts.length === 1
          ? { slug: slugger.slug(title), title, categories: part }
          : { slug: slugger.slug(`${title} ${index + 1}`), title: words.part(title, index + 1, parts.length), categories: part },
      );
    });
  } else if (categories.length > navListLimit) {
    groups = chunks(categories).map((part, index) => {
      const first = index * navListLimit + 1;
      const last = first + part.length - 1;
      return { slug: `${first}-${last}`, title: words.range(first, last), categories: part };
    });
  } else {
    groups = [{ slug: 'all', title: undefined, categories }];
  }
  const groupOf = new Map(groups.flatMap((group) => group.categories.map((category) => [category.slug, group] as const)));
  return { groups, listsAll: categories.length <= navListLimit, groupOf };
}

function chunks(categories: Category[]): Category[][] {
  return Array.from({ length: Math.ceil(categories.length / navListLimit) }, (_, index) => categories.slice(index * navListLimit, (index + 1) * navListLimit));
}

/**
 * A translation's navigation: its source's groups (the same categories, at the same addresses, so the
 * language picker and hreflang lead from each group's page to the same group), named as the translation
 * names them (its translated `group:` titles, its words for a range of categories).
 */
export function mirroredNavigation(source: CategoryNavigation, own: CategoryNavigation, categories: Category[]): CategoryNavigation {
  const bySlug = new Map(categories.map((category) => [category.slug, category]));
  const groups = source.groups.map((group): CategoryGroup => {
    const members = group.categories.flatMap((category) => bySlug.get(category.slug) ?? []);
    const first = members[0];
    const ownGroup = first ? own.groupOf.get(first.slug) : undefined;
    // The translation's name for the same group; where its own grouping differs (a partial translation's
    // untranslated categories keep the source's group names), the source's.
    const same = ownGroup?.categories.length === members.length && ownGroup.categories.every((category, index) => category.slug === members[index]?.slug);
    return { slug: group.slug, title: group.title === undefined ? undefined : same ? ownGroup.title : group.title, categories: members };
  });
  const groupOf = new Map(groups.flatMap((group) => group.categories.map((category) => [category.slug, group] as const)));
  return { groups, listsAll: source.listsAll, groupOf };
}
