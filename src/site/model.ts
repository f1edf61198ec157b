/**
 * Stage 2 of the pipeline: the site a validated guide becomes. Routes, addresses, each page's sections
 * and navigation are worked out here once, from data; pages render what this model hands them. Links
 * written in content are checked here too, against the sections the model knows, with file and line.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import GithubSlugger from 'github-slugger';
import { categoryAnchors, ContentError, ContentErrors, closest, fragmentsOf, listOf, type Category, type Fragment, type Guide, type Resource } from '../guide/index.ts';
import { layoutIds, ownRoutes, reservedAddresses } from './routes.ts';
import type { Settings } from './settings.ts';
import { glanceRowId, historyAnchor, makeUrls, resourceGroupId, ruleAnchor, type Urls } from './urls.ts';

/** The whole guide is one page up to this many categories; a larger guide gets it in parts. */
export const categoriesPerPart = 50;

export interface ResourceEntry extends Resource {
  /** Unique id of the resource's heading on the getting-started page. */
  anchor: string;
}

export interface Redirect {
  from: string;
  to: Category;
}

export interface Site {
  guide: Guide;
  settings: Settings;
  urls: Urls;
  /** Resources grouped by service, in the order of the guide's services, each with its anchor. */
  resources: { service: Guide['services'][number]; entries: ResourceEntry[] }[];
  redirects: Redirect[];
  /** How many pages the whole guide takes (see categoriesPerPart). */
  wholeGuideParts: number;
  /** Every page's address (under the base path) → the ids of its sections. */
  anchors: Map<string, Set<string>>;
}

export function buildSite(guide: Guide, settings: Settings, projectRoot: string): Site {
  const urls = makeUrls(settings.base, settings.siteUrl);
  const errors = checkAddresses(guide, reservedAddresses(projectRoot));
  const slugger = new GithubSlugger();
  const resources = guide.services.map((service) => ({
    service,
    entries: guide.resources.filter((resource) => resource.service === service.id).map((resource) => ({ ...resource, anchor: slugger.slug(resource.title) })),
  }));
  const site: Site = {
    guide,
    settings,
    urls,
    resources,
    redirects: guide.categories.flatMap((category) => category.formerSlugs.map((from) => ({ from, to: category }))),
    wholeGuideParts: Math.ceil(guide.categories.length / categoriesPerPart),
    anchors: new Map(),
  };
  site.anchors = pageAnchors(site);
  errors.push(...checkContentLinks(site, projectRoot));
  if (errors.length) throw new ContentErrors(errors);
  return site;
}

/** The content file a page renders (or a description of the files), for messages about that page. */
export function contentOfPage(site: Site, pathname: string): string | undefined {
  const { guide, urls } = site;
  const page = pathname.startsWith(urls.base) ? pathname.slice(urls.base.length) : pathname.replace(/^\//, '');
  const category = guide.categories.find((candidate) => `${candidate.slug}/` === page);
  if (category) return category.file;
  if (page === ownRoutes.home) return `${guide.files.introduction} and ${guide.files.guide}`;
  if (page === ownRoutes.gettingStarted) return guide.files.resources;
  if (page === ownRoutes.history) return guide.files.history;
  if (page === ownRoutes.decide) return guide.files.decision;
  if (page.startsWith(ownRoutes.wholeGuide)) return 'one of the category files shown on the whole-guide page';
  return undefined;
}

/** The part of the whole guide (1, 2, …) that holds the category at `index` in guide order. */
export const wholeGuidePart = (index: number) => Math.floor(index / categoriesPerPart) + 1;
export const wholeGuidePath = (part: number) => (part === 1 ? ownRoutes.wholeGuide : `${ownRoutes.wholeGuide}${part}/`);

export interface OutlineEntry {
  depth: number;
  id: string;
  text: string;
}

/** A category page's headings in reading order: prose headings, each side (by service name), the summary. */
export function categoryOutline(category: Category, services: Guide['services']): OutlineEntry[] {
  const headings = (fragment: Fragment) => fragment.headings.map(({ depth, id, text }) => ({ depth, id, text }));
  const entries = category.body.flatMap((block): OutlineEntry[] => {
    if (block.kind === 'prose') return headings(block.fragment);
    if (block.kind === 'comparison') {
      return block.sides.flatMap((side) => [{ depth: 2, id: side.service, text: services.find((service) => service.id === side.service)?.name ?? side.service }, ...headings(side.fragment)]);
    }
    return [];
  });
  return category.summary ? [...entries, { depth: 2, id: 'summary', text: 'Summary' }] : entries;
}

function pageAnchors(site: Site): Map<string, Set<string>> {
  const { guide } = site;
  const anchors = new Map<string, Set<string>>();
  const page = (path: string, ids: Iterable<string>) => anchors.set(path, new Set([...layoutIds, ...ids]));
  const introductionIds = guide.introduction.flatMap((block) => fragmentsOf(block).flatMap((fragment) => fragment.headings.map((heading) => heading.id)));
  const glanceIds = guide.categories.map((category) => glanceRowId(category.slug));
  page(ownRoutes.home, [...introductionIds, ...glanceIds]);
  for (const category of guide.categories) page(`${category.slug}/`, categoryAnchors(category));
  for (const redirect of site.redirects) page(`${redirect.from}/`, []);
  page(ownRoutes.gettingStarted, site.resources.flatMap(({ service, entries }) => [resourceGroupId(service.id), ...entries.map((entry) => entry.anchor)]));
  page(ownRoutes.history, guide.history.map(historyAnchor));
  page(ownRoutes.search, []);
  if (guide.decision) page(ownRoutes.decide, ['recommendation', 'rules', ...guide.decision.rules.map((_, index) => ruleAnchor(index))]);
  for (let part = 1; part <= site.wholeGuideParts; part++) {
    const inPart = guide.categories.filter((_, index) => wholeGuidePart(index) === part);
    const scoped = inPart.flatMap((category) => [category.slug, ...categoryAnchors(category).map((id) => `${category.slug}-${id}`)]);
    const first = part === 1 ? [...introductionIds, ...glanceIds] : [];
    const resourceIds = site.resources.flatMap(({ service, entries }) => [resourceGroupId(service.id), ...entries.map((entry) => entry.anchor)]);
    const last = part === site.wholeGuideParts ? ['getting-started', 'history', ...resourceIds] : [];
    page(wholeGuidePath(part), [...first, ...scoped, ...last]);
  }
  return anchors;
}

/** A category's address may not be one the site already uses for its own pages and files. */
function checkAddresses(guide: Guide, reserved: Map<string, string>): ContentError[] {
  return guide.categories.flatMap((category) =>
    [category.slug, ...category.formerSlugs].flatMap((address, index) => {
      const owner = reserved.get(address);
      if (!owner) return [];
      const field = index > 0 ? 'formerSlugs' : category.slugFrom;
      return [new ContentError({ file: category.file }, field, `"${address}" is an address the site already uses (${owner})`, `a slug other than ${listOf([...reserved.keys()].sort())}`, category.path)];
    }),
  );
}

/**
 * Every link written in content must lead somewhere: a page of the site (and, with #id, one of its
 * sections), or a file of public/. Links are written from the site root, so they stay right however the
 * guide is served and wherever the prose appears (its own page or the whole guide).
 */
function checkContentLinks(site: Site, projectRoot: string): ContentError[] {
  const { guide } = site;
  const errors: ContentError[] = [];
  const sources: { file: string; path: string | undefined; fragment: Fragment; page: string }[] = [
    ...guide.introduction.flatMap((block) => fragmentsOf(block).map((fragment) => ({ file: guide.files.introduction, path: undefined, fragment, page: ownRoutes.home }))),
    ...guide.categories.flatMap((category) => category.body.flatMap((block) => fragmentsOf(block).map((fragment) => ({ file: category.file, path: category.path, fragment, page: `${category.slug}/` })))),
  ];
  for (const { file, path, fragment, page } of sources) {
    for (const link of fragment.links) {
      const problem = linkProblem(link.href, page, site, projectRoot);
      if (problem) errors.push(new ContentError({ file, line: link.line, column: link.column }, 'link', `"${link.href}" ${problem.problem}`, problem.expected, path));
    }
  }
  return errors;
}

function linkProblem(href: string, page: string, site: Site, projectRoot: string): { problem: string; expected: string } | undefined {
  if (/^[a-z][a-z0-9+.-]*:/i.test(href)) return undefined;
  const [pathPart = '', fragment] = href.split('#') as [string, string | undefined];
  if (pathPart && !pathPart.startsWith('/')) return { problem: 'is a relative address, which would change meaning on the whole-guide page', expected: 'a link written from the site root, such as "/log-retention/#cloudtrail"' };
  let path: string;
  try {
    path = decodeURI(pathPart ? pathPart.slice(1) : page);
  } catch {
    return { problem: 'has a malformed %-escape', expected: 'plain characters or %20-style escapes' };
  }
  const ids = site.anchors.get(path);
  if (!ids) {
    if (!fragment && existsSync(join(projectRoot, 'public', path))) return undefined;
    const pages = [...site.anchors.keys()];
    const suggestion = closest(path, pages);
    return { problem: `leads to no page of the site${suggestion !== undefined ? ` (did you mean "/${suggestion}"?)` : ''}`, expected: 'the address of an existing page, ending in "/", such as "/log-retention/", or a file of public/' };
  }
  if (fragment === undefined || fragment === '') return undefined;
  if (ids.has(fragment)) return undefined;
  const sections = [...ids].filter((id) => !(layoutIds as readonly string[]).includes(id));
  const suggestion = closest(fragment, sections);
  return { problem: `names a section /${path} does not have${suggestion ? ` (did you mean "#${suggestion}"?)` : ''}`, expected: `one of its section ids: ${listOf(sections.slice(0, 12))}${sections.length > 12 ? ', …' : ''}` };
}
