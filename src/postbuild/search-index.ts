import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import * as pagefind from 'pagefind';
import type { Site } from '../site/model.ts';
import { ownRoutes } from '../site/routes.ts';
import { searchDocuments, sectionRecords } from './search-documents.ts';
import { searchTerms } from './search-terms.ts';

export interface PendingIndex {
  /** Writes the index and the vocabulary into the built site, and stops the indexer. */
  write(outDir: string): Promise<string>;
}

/**
 * Indexes the guide from its data. Pagefind runs in a process of its own, so this starts while Astro is
 * still rendering pages; only writing the files waits for the build to finish.
 */
export async function startSearchIndex(site: Site): Promise<PendingIndex> {
  const fail = (what: string, errors: string[]): never => {
    throw new Error(`Search index: ${what} failed:\n- ${errors.join('\n- ')}`);
  };
  const documents = searchDocuments(site);
  const sections = sectionRecords(site);
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
  if (!index) return fail('starting Pagefind', errors);
  try {
    const [pageResults, sectionResults] = await Promise.all([
      Promise.all(documents.map((document) => index.addHTMLFile({ url: document.url, content: document.html }))),
      Promise.all(sections.map((record) => index.addCustomRecord({ ...record, language: 'en' }))),
    ]);
    pageResults.forEach((result, position) => result.errors.length && fail(`indexing ${documents[position]?.url}`, result.errors));
    sectionResults.forEach((result, position) => result.errors.length && fail(`indexing ${sections[position]?.url}`, result.errors));
  } catch (error) {
    await pagefind.close();
    throw error;
  }
  const terms = searchTerms(documents, sections, site.guide.glossary);
  return {
    async write(outDir) {
      try {
        const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
        if (written.errors.length) fail('writing the index', written.errors);
      } finally {
        await pagefind.close();
      }
      const termsFile = join(outDir, ownRoutes.searchTerms);
      mkdirSync(dirname(termsFile), { recursive: true });
      writeFileSync(termsFile, JSON.stringify(terms));
      return `search index: ${documents.length} pages, ${sections.length} service sections, ${Object.keys(terms.words).length} words`;
    },
  };
}
