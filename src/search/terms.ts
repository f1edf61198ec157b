import type { TermsFile } from './terms-file.ts';
import { indexWords } from './words.ts';
import type { Site } from '../site/model.ts';
import type { SearchDocument } from './documents.ts';

/**
 * The vocabulary search uses in the browser: every word the index holds, with how many pages hold it, the
 * glossary, and the services (to narrow results to one service's sections). A reader's word is then
 * searched only if the index holds it (Pagefind would otherwise quietly match a shorter word), corrected
 * against it when misspelled, and named when no page holds it.
 */
export function searchTerms(documents: SearchDocument[], site: Site): TermsFile {
  const words = new Map<string, number>();
  for (const document of documents) {
    for (const word of new Set(indexWords(document.text))) words.set(word, (words.get(word) ?? 0) + 1);
  }
  return {
    words: Object.fromEntries([...words].sort(([a], [b]) => a.localeCompare(b))),
    glossary: site.guides.flatMap(({ guide }) => guide.glossary.map((entry) => [entry.term, ...entry.aliases])),
    pages: documents.length,
    services: [...new Map(site.guides.flatMap(({ guide }) => guide.services.map(({ id, name }) => [id, { id, name }] as const))).values()],
  };
}
