/**
 * Stage 2 of the pipeline: the site the validated content becomes, a single guide or a library of guides.
 * Routes, addresses, each page's sections and navigation are worked out here once, from data; pages render
 * what this model hands them. Links written in content are checked here too, against the sections the model
 * knows, with file and line.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import GithubSlugger, { slug as slugOf } from 'github-slugger';
import {
  categoryAnchors,
  ContentError,
  ContentErrors,
  closest,
  fragmentsOf,
  listOf,
  type Category,
  type Fragment,
  type Guide,
  type Resource,
  type Service,
} from '../guide/index.ts';
import { schemeOf } from '../guide/content/policy.ts';
import type { Library } from '../guide/library.ts';
import { layoutIds, ownRoutes, reservedAddresses, type Reserved } from './routes.ts';
import { categoryNavigation, type CategoryNavigation } from './navigation.ts';
import type { Settings } from './settings.ts';
import { glanceRowId, historyAnchor, makeUrls, resourceGroupId, ruleAnchor, type Urls } from './urls.ts';

/** The whole guide is one page up to this many categories; a larger guide gets it in parts. */
export const categoriesPerPart = 50;

/**
 * Printing costs about 40 ms a category (a 1,000-category guide is a 2,000-page PDF and 40 s), so by default
 * a site is printed only up to this many categories in all; GUIDEPOST_PDF=on prints any size.
 */
export const pdfAutoLimit = 100;

/** Whether this build prints the guides as PDFs, and if not, why not (the build says so). */
export function pdfPlan(settings: Settings, categories: number): { print: boolean; reason: string } {
  if (settings.pdf === 'off') return { print: false, reason: 'GUIDEPOST_PDF=off' };
  const chosen = process.env['GUIDEPOST_CHROMIUM'];
  if (!settings.chromium)
    return {
      print: false,
      reason: chosen ? `GUIDEPOST_CHROMIUM=${chosen} does not exist` : 'no Chromium found; install one, or set GUIDEPOST_CHROMIUM to its path',
    };
  if (settings.pdf === 'auto' && categories > pdfAutoLimit) {
    return {
      print: false,
      reason: `the site has ${categories} categories, more than the ${pdfAutoLimit} printed by default (about 40 ms a category); GUIDEPOST_PDF=on prints it anyway`,
    };
  }
  return { print: true, reason: '' };
}

export interface ResourceEntry extends Resource {
  /** Unique id of the resource's heading on the getting-started page. */
  anchor: string;
}

export interface Redirect {
  from: string;
  to: Category;
}

/** One guide as the site shows it. */
export interface GuideSite {
  /** The guide's folder in a library, and the first segment of its addresses; absent for a single guide. */
  slug: string | undefined;
  guide: Guide;
  /** Addresses of the guide's pages (under /<slug>/ in a library). */
  urls: Urls;
  /** Resources grouped by service, in the order of the guide's services, each with its anchor. */
  resources: { service: Service; entries: ResourceEntry[] }[];
  redirects: Redirect[];
  /** How many pages the whole guide takes (see categoriesPerPart). */
  wholeGuideParts: number;
  /** How the guide's categories are listed: all at once, or by group in a large guide. */
  navigation: CategoryNavigation;
  /** The guide as a PDF, when the build can print one (a Chromium is at hand): its address and a file name to save it as. */
  pdf: { href: string; fileName: string } | undefined;
}

/** A service as the library knows it, with every guide and category that compares it. */
export interface ServiceEntry {
  service: Service;
  guides: { guideSite: GuideSite; categories: Category[] }[];
}

export interface Site {
  settings: Settings;
  /** Addresses of the site's own pages (search, 404, and in a library its home and service pages). */
  urls: Urls;
  /** Present when the content folder is a library of guides (site.yaml). */
  library: Library | undefined;
  /** One guide, or each guide of the library in its order. */
  guides: GuideSite[];
  /** In a library: every service, by id, with the guides that compare it. */
  services: Map<string, ServiceEntry>;
  /** Every page's address (under the base path, without it) → the ids of its sections. */
  anchors: Map<string, Set<string>>;
  /** Whether the build prints each guide as a PDF. */
  pdf: { print: boolean; reason: string };
}

export function buildSite(content: Guide | Library, settings: Settings, projectRoot: string): Site {
  const library = 'guides' in content ? content : undefined;
  const reserved = reservedAddresses(projectRoot);
  const slugs = library?.guides.map((entry) => entry.slug) ?? [];
  const categories = library ? library.guides.reduce((sum, entry) => sum + entry.guide.categories.length, 0) : (content as Guide).categories.length;
  const pdf = pdfPlan(settings, categories);
  const guides = library
    ? library.guides.map(({ slug, guide }) => guideSite(guide, slug, settings, slugs, pdf.print))
    : [guideSite(content as Guide, undefined, settings, [], pdf.print)];
  const site: Site = {
    settings,
    urls: makeUrls(settings.base, settings.siteUrl),
    library,
    guides,
    services: library ? serviceIndex(guides) : new Map(),
    anchors: new Map(),
    pdf,
  };
  site.anchors = pageAnchors(site);
  const errors = [...checkAddresses(site, reserved), ...checkContentLinks(site, projectRoot)];
  if (errors.length) throw new ContentErrors(errors);
  return site;
}

function guideSite(guide: Guide, slug: string | undefined, settings: Settings, librarySlugs: string[], printPdf: boolean): GuideSite {
  const slugger = new GithubSlugger();
  const urls = makeUrls(settings.base, settings.siteUrl, slug, librarySlugs);
  return {
    slug,
    guide,
    urls,
    resources: guide.services.map((service) => ({
      service,
      entries: guide.resources.filter((resource) => resource.service === service.id).map((resource) => ({ ...resource, anchor: slugger.slug(resource.title) })),
    })),
    redirects: guide.categories.flatMap((category) => category.formerSlugs.map((from) => ({ from, to: category }))),
    navigation: categoryNavigation(guide.categories),
    wholeGuideParts: Math.ceil(guide.categories.length / categoriesPerPart),
    pdf: printPdf ? { href: urls.link(ownRoutes.pdf), fileName: `${slugOf(guide.meta.title)}.pdf` } : undefined,
  };
}

function serviceIndex(guides: GuideSite[]): Map<string, ServiceEntry> {
  const index = new Map<string, ServiceEntry>();
  for (const guideSite of guides) {
    for (const service of guideSite.guide.services) {
      const entry = index.get(service.id) ?? { service, guides: [] };
      entry.guides.push({ guideSite, categories: guideSite.guide.categories.filter((category) => category.sides.some((side) => side.service === service.id)) });
      index.set(service.id, entry);
    }
  }
  return new Map([...index].sort(([, a], [, b]) => a.service.name.localeCompare(b.service.name)));
}

/** The guide a page parameter names (Astro's `guide` route parameter: absent for a single guide). */
export function guideOf(site: Site, slug: string | undefined): GuideSite {
  const found = site.guides.find((candidate) => candidate.slug === slug);
  if (!found) throw new Error(`unreachable: no guide "${slug}" in the site model`);
  return found;
}

/** The route parameter of a guide's pages: its slug in a library, nothing for a single guide. */
export const guideParam = (guideSite: GuideSite) => guideSite.slug;

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
      return block.sides.flatMap((side) => [
        { depth: 2, id: side.service, text: services.find((service) => service.id === side.service)?.name ?? side.service },
        ...headings(side.fragment),
      ]);
    }
    return [];
  });
  const notes = category.body.flatMap((block) => (block.kind === 'footnotes' ? headings(block.fragment) : []));
  return [...entries, ...(category.summary ? [{ depth: 2, id: 'summary', text: 'Summary' }] : []), ...notes];
}

function pageAnchors(site: Site): Map<string, Set<string>> {
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
    for (const category of guide.categories) page(at(`${category.slug}/`), categoryAnchors(category));
    for (const redirect of guideSite.redirects) page(at(`${redirect.from}/`), []);
    page(at(ownRoutes.gettingStarted), resourceIds);
    page(at(ownRoutes.history), guide.history.map(historyAnchor));
    if (guide.decision) page(at(ownRoutes.decide), ['recommendation', 'rules', ...guide.decision.rules.map((_, index) => ruleAnchor(index))]);
    for (let part = 1; part <= guideSite.wholeGuideParts; part++) {
      const inPart = guide.categories.filter((_, index) => wholeGuidePart(index) === part);
      const scoped = inPart.flatMap((category) => [category.slug, ...categoryAnchors(category).map((id) => `${category.slug}-${id}`)]);
      const first = part === 1 ? [...introductionIds, ...guide.categories.map((category) => glanceRowId(category.slug))] : [];
      const last = part === guideSite.wholeGuideParts ? ['getting-started', 'history', ...resourceIds] : [];
      page(at(wholeGuidePath(part)), [...first, ...scoped, ...last]);
    }
  }
  return anchors;
}

/**
 * Addresses may not meet: a guide's slug may not take one of the site's own addresses; a category's slug may
 * not take one of its guide's pages (nor, for a single guide, the site's), nor, in a library, another guide's
 * slug (a link written /<slug>/ would be ambiguous).
 */
function checkAddresses(site: Site, reserved: Reserved): ContentError[] {
  const errors: ContentError[] = [];
  const forCategories = site.library ? reserved.guide : new Map([...reserved.site, ...reserved.guide]);
  for (const { slug, guide } of site.guides) {
    if (slug && reserved.site.has(slug)) {
      errors.push(
        new ContentError(
          { file: guide.files.guide.replace(/guide\.yaml$/, '') },
          'folder name',
          `"${slug}" is an address the site already uses (${reserved.site.get(slug)})`,
          `a guide folder named other than ${listOf([...reserved.site.keys()].sort())}`,
        ),
      );
    }
    for (const category of guide.categories) {
      [category.slug, ...category.formerSlugs].forEach((address, index) => {
        const field = index > 0 ? 'formerSlugs' : category.slugFrom;
        const owner = forCategories.get(address);
        if (owner)
          errors.push(
            new ContentError(
              { file: category.file },
              field,
              `"${address}" is an address the site already uses (${owner})`,
              `a slug other than ${listOf([...forCategories.keys()].sort())}`,
              category.path,
            ),
          );
        const guideSlug = site.guides.find((other) => other.slug === address);
        if (guideSlug)
          errors.push(
            new ContentError(
              { file: category.file },
              field,
              `"${address}" is also the slug of the guide ${guideSlug.guide.files.guide}, so a link /${address}/ would be ambiguous`,
              'a category slug that no guide of the library has',
              category.path,
            ),
          );
      });
    }
  }
  return errors;
}

/**
 * Every link written in content must lead somewhere: a page of the site (and, with #id, one of its
 * sections), or a file of public/. Links are written from the guide's root (or, to another guide of a
 * library, from the site's: /<other-guide>/…), so they stay right wherever the prose appears.
 */
function checkContentLinks(site: Site, projectRoot: string): ContentError[] {
  const errors: ContentError[] = [];
  for (const guideSite of site.guides) {
    const { guide } = guideSite;
    const sources: { file: string; path: string | undefined; fragment: Fragment; page: string }[] = [
      ...guide.introduction.flatMap((block) =>
        fragmentsOf(block).map((fragment) => ({ file: guide.files.introduction, path: undefined, fragment, page: ownRoutes.home })),
      ),
      ...guide.categories.flatMap((category) =>
        category.body.flatMap((block) =>
          fragmentsOf(block).map((fragment) => ({ file: category.file, path: category.path, fragment, page: `${category.slug}/` })),
        ),
      ),
    ];
    for (const { file, path, fragment, page } of sources) {
      for (const link of fragment.links) {
        const problem = linkProblem(link.href, page, guideSite, site, projectRoot);
        if (problem)
          errors.push(new ContentError({ file, line: link.line, column: link.column }, 'link', `"${link.href}" ${problem.problem}`, problem.expected, path));
      }
    }
  }
  return errors;
}

function linkProblem(href: string, page: string, guideSite: GuideSite, site: Site, projectRoot: string): { problem: string; expected: string } | undefined {
  if (schemeOf(href)) return undefined;
  // Examples from the author's own guide, never another's.
  const example = guideSite.guide.categories[0];
  const examplePage = example ? `/${example.slug}/` : '/a-category/';
  const exampleSection = example?.sides[0] ? `${examplePage}#${example.sides[0].service}` : examplePage;
  const [pathPart = '', fragment] = href.split('#') as [string, string | undefined];
  if (pathPart && !pathPart.startsWith('/'))
    return {
      problem: 'is a relative address, which would change meaning on the whole-guide page',
      expected: `a link written from the site root, such as "${exampleSection}"`,
    };
  let path: string;
  try {
    // The address under the base path, as the link will be written out.
    path = decodeURI((pathPart ? guideSite.urls.content(pathPart) : guideSite.urls.link(page)).slice(site.urls.base.length));
  } catch {
    return { problem: 'has a malformed %-escape', expected: 'plain characters or %20-style escapes' };
  }
  const ids = site.anchors.get(path);
  if (!ids) {
    if (!fragment && existsSync(join(projectRoot, 'public', path))) return undefined;
    const suggestion = closest(path, [...site.anchors.keys()]);
    return {
      problem: `leads to no page of the site${suggestion !== undefined ? ` (did you mean "/${suggestion}"?)` : ''}`,
      expected: `the address of an existing page, ending in "/", such as "${examplePage}", or a file of public/`,
    };
  }
  if (fragment === undefined || fragment === '') return undefined;
  if (ids.has(fragment)) return undefined;
  const sections = [...ids].filter((id) => !(layoutIds as readonly string[]).includes(id));
  const suggestion = closest(fragment, sections);
  return {
    problem: `names a section /${path} does not have${suggestion ? ` (did you mean "#${suggestion}"?)` : ''}`,
    expected: `one of its section ids: ${listOf(sections.slice(0, 12))}${sections.length > 12 ? ', …' : ''}`,
  };
}
