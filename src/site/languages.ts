/**
 * Which language a page is in, and its versions in the other languages: what `<html lang>`, the hreflang
 * alternates and the language picker say. A translation's pages are its source's addresses under /<code>/.
 */
import type { Category } from '../guide/index.ts';
import { languages, type Language } from '../i18n/languages.ts';
import type { GuideSite, Site } from './model.ts';
import { ownRoutes } from './routes.ts';

export type { Language };

/** The guide site whose addresses hold this page: a translation's root is under the source's, so the longest root wins. */
export function guideSiteOfPage(site: Site, pathname: string): GuideSite | undefined {
  return site.guides.filter((guideSite) => pathname.startsWith(guideSite.urls.root)).sort((a, b) => b.urls.root.length - a.urls.root.length)[0];
}

/** The page at `pathname` of `owner`, in `version`: the same address below the other version's root. */
const samePageIn = (version: GuideSite, owner: GuideSite, pathname: string) => version.urls.root + pathname.slice(owner.urls.root.length);

export function languageOfPage(site: Site, pathname: string): Language {
  return guideSiteOfPage(site, pathname)?.language ?? site.guides[0]?.language ?? languages.en;
}

export interface PageVersion {
  language: Language;
  href: string;
  current: boolean;
}

/**
 * The page at `pathname` in every language of its guide: the same address below each version's root.
 * Empty when the guide has one language. Every translation has every page of its source (a missing file
 * falls back to the source's text), so the address always exists.
 */
export function pageVersions(site: Site, pathname: string): PageVersion[] {
  const owner = guideSiteOfPage(site, pathname);
  if (!owner || owner.versions.length < 2) return [];
  return owner.versions.map((version) => ({ language: version.language, href: samePageIn(version, owner, pathname), current: version === owner }));
}

/** The source files a page of a guide shows, from the guide's folder: what decides whether it is translated. */
function filesOfPage(guideSite: GuideSite, pathname: string): string[] {
  const page = pathname.slice(guideSite.urls.root.length);
  const category = guideSite.guide.categories.find((candidate) => `${candidate.slug}/` === page);
  if (category) return [categoryFile(category)];
  const pages: Record<string, string[]> = {
    [ownRoutes.home]: ['guide.yaml', 'introduction.mdx'],
    [ownRoutes.gettingStarted]: ['resources.yaml'],
    [ownRoutes.history]: ['history.yaml'],
    [ownRoutes.decide]: ['decision.yaml'],
  };
  return pages[page] ?? [];
}

export interface PageTranslation {
  /** missing: the page shows the source's text; stale: the source changed since it was translated. */
  state: 'missing' | 'stale';
  /** The page in the source language. */
  source: { language: Language; href: string };
}

/** On a translated page that is not (or no longer) a translation of its source's current text: what the page says. */
export function pageTranslation(site: Site, pathname: string): PageTranslation | undefined {
  const owner = guideSiteOfPage(site, pathname);
  const translation = owner?.translation;
  if (!owner || !translation) return undefined;
  const states = filesOfPage(owner, pathname).map((file) => translation.files.get(file)?.state);
  const state = states.includes('missing') ? 'missing' : states.includes('stale') ? 'stale' : undefined;
  if (!state) return undefined;
  return { state, source: { language: translation.of.language, href: samePageIn(translation.of, owner, pathname) } };
}

/** A category's file, as a translation's files are named: its path from the guide's folder. */
const categoryFile = (category: Category) => `categories/${category.path.split(/[\\/]/).at(-1)}`;

/**
 * The language a source file's text is shown in when it is not its guide site's: a translation that lacks
 * the file shows the source's. Where such text is listed, it is marked as such, so it is read (and, in a
 * right-to-left page, laid out) in its own language.
 */
export function untranslatedFile(guideSite: GuideSite, file: string): Language | undefined {
  return guideSite.translation?.files.get(file)?.state === 'missing' ? guideSite.translation.of.language : undefined;
}

/** untranslatedFile for a category's file. */
export const untranslated = (guideSite: GuideSite, category: Category) => untranslatedFile(guideSite, categoryFile(category));
