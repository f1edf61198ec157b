/** Which content file a page of the site renders, so a message about the page can name it. */
import { ownRoutes } from './routes.ts';
import type { Site } from './model.ts';

/** The content file a page renders (or a description of the files), for messages about that page. */
export function contentOfPage(site: Site, pathname: string): string | undefined {
  const path = pathname.startsWith(site.urls.base) ? pathname.slice(site.urls.base.length) : pathname.replace(/^\//, '');
  for (const { slug, guide } of site.guides) {
    const prefix = slug ? `${slug}/` : '';
    if (!path.startsWith(prefix)) continue;
    const page = path.slice(prefix.length);
    const category = guide.categories.find((candidate) => `${candidate.slug}/` === page);
    if (category) return category.file;
    if (page === ownRoutes.home) return `${guide.files.introduction} and ${guide.files.guide}`;
    if (page === ownRoutes.gettingStarted) return guide.files.resources;
    if (page === ownRoutes.history) return guide.files.history;
    if (page === ownRoutes.decide) return guide.files.decision;
    if (page.startsWith(ownRoutes.wholeGuide)) return 'one of the category files shown on the whole-guide page';
    if (page.startsWith(ownRoutes.glanceGroups)) return 'one of the category files listed on this at-a-glance page';
  }
  return site.library && path === '' ? site.library.file : undefined;
}
