/**
 * How search reads each language's words: which carry no meaning, how inflections are stemmed, and how a
 * reader asks which service to choose. The build writes a language's code into its search/terms.json
 * (terms.ts), and the browser's query layer reads the same entry (src/browser/search/query.ts), so both
 * sides treat the words alike. A language with no entry is read without stop words or stemming.
 */
import { english } from './en.ts';
import { german } from './de.ts';

export interface SearchLanguage {
  /** The BCP 47 code, as in src/i18n/languages.ts. */
  code: string;
  /**
   * Words that carry no meaning for matching: a question or sentence still finds its page when they are
   * left out, and a page never fails to match because it lacks them. Domain words are not here: they can be
   * what the reader is looking for.
   */
  stopWords: ReadonlySet<string>;
  /**
   * A light, conservative stem for comparing inflections. Pagefind stems properly when it searches; this
   * only decides which indexed word a reader's word stands for.
   */
  lightStem(word: string): string;
  /** How a reader asks which service to pick rather than how one does something (see asksToChoose). */
  choosing: {
    /** The word between two names: "SQS or SNS?". */
    or: string;
    /** Ways of asking, matched against the query's words joined by spaces. */
    patterns: RegExp[];
    /** Words that make such a question about the services: "both", "which one". */
    aboutTheServices: RegExp;
  };
}

/** For a language without an entry: every word means something, and is compared as it is. */
const plain = (code: string): SearchLanguage => ({
  code,
  stopWords: new Set(),
  lightStem: (word) => word,
  choosing: { or: '', patterns: [], aboutTheServices: /(?!)/ },
});

const registry: Record<string, SearchLanguage> = { en: english, de: german };

export const searchLanguage = (code: string): SearchLanguage => registry[code] ?? plain(code);
