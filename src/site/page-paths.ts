/** Addresses of the pages a guide is split into: the at-a-glance table by group, the whole guide by part. */
import { ownRoutes } from './routes.ts';
import type { GuideSite } from './model.ts';
import { glanceRowId } from './urls.ts';

/** The whole guide is one page up to this many categories; a larger guide gets it in parts. */
export const categoriesPerPart = 50;

/** The page listing one group's categories at a glance (large guides only), from the guide's root. */
export const glanceGroupPath = (groupSlug: string) => `${ownRoutes.glanceGroups}${groupSlug}/`;

/** Where a category's row of the at-a-glance table is: on the home page, or in a large guide on its group's page. */
export function glanceRowLink(guideSite: GuideSite, slug: string): string {
  const { listsAll, groupOf } = guideSite.navigation;
  const group = groupOf.get(slug);
  return guideSite.urls.link(`${listsAll || !group ? '' : glanceGroupPath(group.slug)}#${glanceRowId(slug)}`);
}

/** The part of the whole guide (1, 2, …) that holds the category at `index` in guide order. */
export const wholeGuidePart = (index: number) => Math.floor(index / categoriesPerPart) + 1;
export const wholeGuidePath = (part: number) => (part === 1 ? ownRoutes.wholeGuide : `${ownRoutes.wholeGuide}${part}/`);
