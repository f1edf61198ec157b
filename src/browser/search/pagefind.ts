import { languageLink, siteLink } from '../site-link.ts';
import { highlightParam } from './highlight.ts';
import type { TermsFile } from '../../search/terms-file.ts';
import { vocabulary, type Vocabulary } from './query.ts';

export { highlightParam };

/** The slice of Pagefind's browser API that the guide uses. */
export interface PagefindFragment {
  url: string;
  content: string;
  word_count: number;
  meta: { title?: string };
  anchors: { element: string; id: string; text: string; location: number }[];
}

export interface PagefindResult {
  id: string;
  score: number;
  /** Word positions of the match on the record. */
  words: number[];
  data: () => Promise<PagefindFragment>;
}

export interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  search(term: string | null, options?: { filters?: Record<string, string | string[]> }): Promise<{ results: PagefindResult[] } | null>;
}

/**
 * Ranking: the guide's keywords are an author's statement of what readers call a category, so a match there
 * weighs nearly as much as one in the title.
 */
const ranking = { metaWeights: { title: 5, keywords: 4 } };

let loading: Promise<{ pagefind: Pagefind; vocab: Vocabulary }> | undefined;

/**
 * Loads Pagefind and the guide's vocabulary on first use only: reading a page fetches neither. The
 * vocabulary (with what search says) is the one of the page's language, under its root; Pagefind picks the
 * index of that language itself, from the page's <html lang>.
 */
export function loadSearch(): Promise<{ pagefind: Pagefind; vocab: Vocabulary }> {
  loading ??= (async () => {
    const [pagefind, terms] = await Promise.all([
      import(/* @vite-ignore */ siteLink('pagefind/pagefind.js')) as Promise<Pagefind>,
      fetch(languageLink('search/terms.json')).then((response) => {
        if (!response.ok) throw new Error(`search: ${response.url} answered ${response.status}`);
        return response.json() as Promise<TermsFile>;
      }),
    ]);
    await pagefind.options({ baseUrl: siteLink(), highlightParam, ranking });
    return { pagefind, vocab: vocabulary(terms) };
  })();
  return loading;
}
