/**
 * Every page's address with the ids of its sections: what a link written in content may name. Read from
 * the same outlines the pages render (src/guide/outline.ts), so a section a page shows is a section a link
 * may name.
 */
import { categorySections, fragmentsOf } from '../guide/index.ts';
import type { Site } from './model.ts';
import { glanceGroupPath, wholeGuidePart, wholeGuidePath } from './page-paths.ts';
import { layoutIds, ownRoutes } from './routes.ts';
import { glanceRowId, resourceGroupId, ruleAnchor } from './urls.ts';
import { sections } from './sections.ts';

export function pageAnchors(site: Site): Map<string, Set<string>> {
  const anchors = new Map<string, Set<string>>();
  const page = (path: string, ids: Iterable<string>) => anchors.set(path, new Set([...layoutIds, ...ids]));
  page(ownRoutes.search, []);
  if (site.library) {
    page(ownRoutes.home, []);
    for (const id of site.services.keys()) page(`${ownRoutes.services}${id}/`, []);
  }
  for (const guideSite of site.guides) {
    const { guide, slug } = guideSite;
    const at = (path: string) => `${slug ? `${slug}/` : ''}${path}`;
    const introductionIds = guide.introduction.flatMap((block) => fragmentsOf(block).flatMap((fragment) => fragment.headings.map((heading) => heading.id)));
    const { listsAll, groups } = guideSite.navigation;
    const glanceIds = listsAll ? guide.categories.map((category) => glanceRowId(category.slug)) : [];
    if (!listsAll)
      for (const group of groups)
        page(
          at(glanceGroupPath(group.slug)),
          group.categories.map((category) => glanceRowId(category.slug)),
        );
    const resourceIds = guideSite.resources.flatMap(({ service, entries }) => [resourceGroupId(service.id), ...entries.map((entry) => entry.anchor)]);
    page(at(ownRoutes.home), [...introductionIds, ...glanceIds]);
    for (const category of guide.categories) page(at(`${category.slug}/`), categorySections(category));
    for (const redirect of guideSite.redirects) page(at(`${redirect.from}/`), []);
    page(at(ownRoutes.gettingStarted), resourceIds);
    page(
      at(ownRoutes.history),
      guide.history.map((entry) => guideSite.historyAnchor(entry)),
    );
    if (guide.decision)
      page(at(ownRoutes.decide), [sections.recommendation.id, sections.rules.id, ...guide.decision.rules.map((_, index) => ruleAnchor(index))]);
    for (let part = 1; part <= guideSite.wholeGuideParts; part++) {
      const inPart = guide.categories.filter((_, index) => wholeGuidePart(index) === part);
      const scoped = inPart.flatMap((category) => [category.slug, ...categorySections(category).map((id) => `${category.slug}-${id}`)]);
      const first = part === 1 ? [...introductionIds, ...guide.categories.map((category) => glanceRowId(category.slug))] : [];
      const last = part === guideSite.wholeGuideParts ? [sections.gettingStarted.id, sections.history.id, ...resourceIds] : [];
      page(at(wholeGuidePath(part)), [...first, ...scoped, ...last]);
    }
  }
  return anchors;
}
