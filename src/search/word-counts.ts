/**
 * How many search documents hold each word the index holds: the `words` of a scope's vocabulary (terms.ts).
 * Counted in the indexing thread (index-worker.ts) while Pagefind writes its index, so the build's main
 * thread, which renders the pages, never spends time on it; a module of its own so that thread loads
 * nothing else of the site.
 */
import { indexWords } from './words.ts';

/** Each word of `texts` (one per document) → how many of them hold it, in a stable order. */
export function countWords(texts: readonly string[]): Record<string, number> {
  const words = new Map<string, number>();
  for (const text of texts) {
    for (const word of new Set(indexWords(text))) words.set(word, (words.get(word) ?? 0) + 1);
  }
  return Object.fromEntries([...words].sort(([a], [b]) => a.localeCompare(b)));
}
