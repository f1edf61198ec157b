/** The contract between the build and the browser's search: the file the one writes and the other reads. */
import type { UiStrings } from '../i18n/ui/en.ts';

/**
 * What a page is for, when search weighs it apart from the pages that treat a topic: written as the page's
 * `role` filter by the build (documents.ts), read by the browser's engine (engine.ts).
 * - summary: sums up the whole guide (the home page);
 * - decide: the decision helper, which also sums up the guide and answers "which one should I use?";
 * - history: the guide's own changes, not the services'.
 */
export type PageRole = 'summary' | 'decide' | 'history';

/**
 * What the build writes to search/terms.json under each language's root (/search/terms.json for the
 * source, /de/search/terms.json for German; in a library, one at its root): the words of the pages in that
 * language, their glossary, and what search says there. A page's search reads the one under its own root.
 */
export interface TermsFile {
  /** The pages' language (BCP 47): which stop words and stems the query layer uses (src/search/languages). */
  language: string;
  /** What search tells the reader, in that language (the catalogue's `searchUi`, src/i18n/ui). */
  messages: UiStrings['searchUi'];
  /** Indexed word → how many search records hold it. */
  words: Record<string, number>;
  /** Each entry: a term and the other words readers use for it. */
  glossary: string[][];
  /** How many pages the index holds, for weighing how rare a word is. */
  pages: number;
  /** The guide's services: a page's section whose id is a service's (or its resources') belongs to it. */
  services: { id: string; name: string }[];
}
