/**
 * Stage 2 of the pipeline: the site the validated content becomes, a single guide or a library of guides.
 * Routes, addresses, each page's sections and navigation are worked out once, from data (the files beside
 * this one); pages render what this model hands them. Before it is handed out, the site's addresses and
 * the links written in content are checked against it (check-addresses.ts, check-links.ts).
 */
import GithubSlugger, { slug as slugOf } from 'github-slugger';
import { ContentErrors, type Category, type Guide, type HistoryEntry, type Resource, type Service } from '../guide/index.ts';
import type { Library } from '../guide/library.ts';
import type { Translation } from '../guide/translations.ts';
import { languages, type Language } from '../i18n/languages.ts';
import { checkAddresses } from './check-addresses.ts';
import { checkContentLinks } from './check-links.ts';
import { categoryNavigation, mirroredNavigation, type CategoryNavigation } from './navigation.ts';
import { uiStrings } from '../i18n/ui/index.ts';
import { pageAnchors } from './page-anchors.ts';
import { categoriesPerPart } from './page-paths.ts';
import type { PageReuse } from './page-reuse.ts';
import { pdfPlan } from './pdf-plan.ts';
import { ownRoutes, reservedAddresses } from './routes.ts';
import type { Settings } from './settings.ts';
import { historyAnchor, makeUrls, type Urls } from './urls.ts';

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
  /** The language the guide site is in. */
  language: Language;
  /** For a translation: its files' states, and the guide site it translates. */
  translation: { of: GuideSite; files: Translation['files'] } | undefined;
  /** The guide in every language it has, this one included, the source first. */
  versions: GuideSite[];
  /** The id of a document-history row: in a translation, its source row's, so a link to it works in every language. */
  historyAnchor(entry: HistoryEntry): string;
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
  /** In a rebuild, the pages taken from the published site rather than rendered (page-reuse.ts). */
  reuse: PageReuse | undefined;
}

export function buildSite(content: Guide | Library, settings: Settings, projectRoot: string): Site {
  const library = 'guides' in content ? content : undefined;
  const reserved = reservedAddresses(projectRoot);
  const slugs = library?.guides.map((entry) => entry.slug) ?? [];
  const categories = library
    ? library.guides.reduce((sum, entry) => sum + entry.guide.categories.length, 0)
    : (content as Guide).categories.length * (1 + (content as Guide).translations.length);
  const pdf = pdfPlan(settings, categories);
  const guides = library
    ? library.guides.map(({ slug, guide }) => guideSite(guide, slug, settings, slugs, pdf.print))
    : withTranslations(content as Guide, settings, pdf.print);
  const site: Site = {
    settings,
    urls: makeUrls(settings.base, settings.siteUrl),
    library,
    guides,
    services: library ? serviceIndex(guides) : new Map(),
    anchors: new Map(),
    pdf,
    reuse: undefined,
  };
  site.anchors = pageAnchors(site);
  const errors = [...checkAddresses(site, reserved), ...checkContentLinks(site, projectRoot)];
  // A translation shows the source's files it lacks: a mistake in one is found once per language (and said
  // once: ContentErrors keeps one of each).
  if (errors.length) throw new ContentErrors(errors);
  return site;
}

/**
 * A single guide and its translations: the source at the site's root, as it always was, and each
 * translation under /<code>/, at the same addresses below it.
 */
function withTranslations(guide: Guide, settings: Settings, printPdf: boolean): GuideSite[] {
  const source = guideSite(guide, undefined, settings, [], printPdf);
  const translated = guide.translations.map((translation) => {
    const entry = guideSite(translation.guide, translation.language.code, settings, [], printPdf);
    entry.translation = { of: source, files: translation.files };
    entry.navigation = mirroredNavigation(source.navigation, entry.navigation, translation.guide.categories);
    // The same sections keep the same ids in every language: resources and history rows are in the
    // source's order (their titles differ), so each takes its source's anchor.
    const sourceResources = source.resources.flatMap((group) => group.entries);
    const resources = entry.resources.flatMap((group) => group.entries);
    if (resources.length === sourceResources.length) resources.forEach((resource, index) => (resource.anchor = sourceResources[index]!.anchor));
    const sourceHistory = source.guide.history;
    if (translation.guide.history.length === sourceHistory.length)
      entry.historyAnchor = (row) => {
        const index = translation.guide.history.indexOf(row);
        return index === -1 ? historyAnchor(row) : historyAnchor(sourceHistory[index]!);
      };
    return entry;
  });
  const versions = [source, ...translated];
  for (const entry of versions) entry.versions = versions;
  return versions;
}

function guideSite(guide: Guide, slug: string | undefined, settings: Settings, librarySlugs: string[], printPdf: boolean): GuideSite {
  const slugger = new GithubSlugger();
  const urls = makeUrls(settings.base, settings.siteUrl, slug, librarySlugs);
  const site: GuideSite = {
    slug,
    guide,
    urls,
    resources: guide.services.map((service) => ({
      service,
      entries: guide.resources.filter((resource) => resource.service === service.id).map((resource) => ({ ...resource, anchor: slugger.slug(resource.title) })),
    })),
    redirects: guide.categories.flatMap((category) => category.formerSlugs.map((from) => ({ from, to: category }))),
    navigation: categoryNavigation(guide.categories, uiStrings(guide.meta.language).categoryNav),
    wholeGuideParts: Math.ceil(guide.categories.length / categoriesPerPart),
    pdf: printPdf ? { href: urls.link(ownRoutes.pdf), fileName: `${slugOf(guide.meta.title)}.pdf` } : undefined,
    language: languages[guide.meta.language],
    translation: undefined,
    versions: [],
    historyAnchor,
  };
  site.versions = [site];
  return site;
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
