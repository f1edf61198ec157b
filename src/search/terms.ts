import type { Language, LanguageCode } from '../i18n/languages.ts';
import { uiStrings } from '../i18n/ui/index.ts';
import { languageOfPage } from '../site/languages.ts';
import type { GuideSite, Site } from '../site/model.ts';
import { ownRoutes } from '../site/routes.ts';
import type { TermsFile } from './terms-file.ts';

/**
 * Where a search page searches, and in which language: a single guide has one per language, at the root of
 * that language's pages (the source's at the site's root, a translation's under /<code>/); a library has one,
 * over all its guides, at its root. Pagefind keeps one index per language by itself (from each page's
 * <html lang>); the vocabulary is written per scope.
 */
export interface SearchScope {
  /** The vocabulary's file, under the base path ("search/terms.json", "de/search/terms.json"). */
  termsFile: string;
  language: Language;
  guides: GuideSite[];
}

export function searchScopes(site: Site): SearchScope[] {
  if (site.library) return [{ termsFile: ownRoutes.searchTerms, language: languageOfPage(site, site.urls.base), guides: site.guides }];
  return site.guides.map((guideSite) => ({
    termsFile: `${guideSite.urls.root.slice(site.urls.base.length)}${ownRoutes.searchTerms}`,
    language: guideSite.language,
    guides: [guideSite],
  }));
}

/**
 * The vocabulary search uses in the browser for one scope: every word its pages hold, with how many pages
 * hold it, the glossary, the services (to narrow results to one service's sections), and what search says,
 * in the scope's language. A reader's word is then searched only if the index holds it (Pagefind would
 * otherwise quietly match a shorter word), corrected against it when misspelled, and named when no page holds it.
 * `words` comes from countWords (word-counts.ts), over the scope's `pages` search documents.
 */
export function searchTerms(words: TermsFile['words'], pages: number, scope: Pick<SearchScope, 'language' | 'guides'>): TermsFile {
  return {
    language: scope.language.code,
    messages: uiStrings(scope.language.code as LanguageCode).searchUi,
    words,
    glossary: scope.guides.flatMap(({ guide }) => guide.glossary.map((entry) => [entry.term, ...entry.aliases])),
    pages,
    services: [...new Map(scope.guides.flatMap(({ guide }) => guide.services.map(({ id, name }) => [id, { id, name }] as const))).values()],
  };
}
