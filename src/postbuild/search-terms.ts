import type { TermsFile } from '../browser/search/query.ts';
import { indexWords } from '../browser/search/words.ts';
import type { GlossaryEntry } from '../guide/index.ts';
import type { SearchDocument, SectionRecord } from './search-documents.ts';

/**
 * The vocabulary search uses in the browser: every word the index holds, with how many pages hold it, and
 * the glossary. A reader's word is then searched only if the index holds it (Pagefind would otherwise
 * quietly match a shorter word), corrected against it when misspelled, and named when no page holds it.
 */
export function searchTerms(documents: SearchDocument[], sections: SectionRecord[], glossary: GlossaryEntry[]): TermsFile {
  const words = new Map<string, number>();
  for (const text of [...documents.map((document) => document.text), ...sections.map((section) => section.content)]) {
    for (const word of new Set(indexWords(text))) words.set(word, (words.get(word) ?? 0) + 1);
  }
  return {
    words: Object.fromEntries([...words].sort(([a], [b]) => a.localeCompare(b))),
    glossary: glossary.map((entry) => [entry.term, ...entry.aliases]),
    records: { page: documents.length, section: sections.length },
  };
}
