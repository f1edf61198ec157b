import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import * as pagefind from 'pagefind';
import type { Site } from '../site/model.ts';
import { guideSearchDocuments } from './documents.ts';
import { searchScopes, searchTerms } from './terms.ts';

export interface PendingIndex {
  /** Moves the finished index and the vocabulary into the built site. */
  publish(outDir: string): string;
  /** Drops the staged index (the build failed). */
  discard(): void;
}

/**
 * Indexes the guide from its data and writes the index to `staging`. Pagefind runs in a process of its
 * own, so all of this happens while Astro renders the pages; when they are done the index only has to be
 * moved into place. Pagefind makes one index per language, from each page's <html lang>, and the browser
 * loads the one of its page's language; the vocabulary is one file per language's root (terms.ts).
 */
export async function buildSearchIndex(site: Site, staging: string): Promise<PendingIndex> {
  const fail = (what: string, errors: string[]): never => {
    throw new Error(`Search index: ${what} failed:\n- ${errors.join('\n- ')}`);
  };
  const scopes = searchScopes(site).map((scope) => ({ scope, documents: scope.guides.flatMap(guideSearchDocuments) }));
  const documents = scopes.flatMap((entry) => entry.documents);
  rmSync(staging, { recursive: true, force: true });
  const { index, errors } = await pagefind.createIndex({});
  if (!index) return fail('starting Pagefind', errors);
  try {
    const added = await Promise.all(documents.map((document) => index.addHTMLFile({ url: document.url, content: document.html })));
    added.forEach((result, position) => result.errors.length && fail(`indexing ${documents[position]?.url}`, result.errors));
    const written = await index.writeFiles({ outputPath: staging });
    if (written.errors.length) fail('writing the index', written.errors);
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    throw error;
  } finally {
    await pagefind.close();
  }
  const vocabularies = scopes.map(({ scope, documents }) => ({ file: scope.termsFile, terms: searchTerms(documents, scope) }));
  return {
    publish(outDir) {
      renameSync(staging, join(outDir, 'pagefind'));
      for (const { file, terms } of vocabularies) {
        const path = join(outDir, file);
        mkdirSync(dirname(path), { recursive: true });
        writeFileSync(path, JSON.stringify(terms));
      }
      const words = vocabularies.map(({ terms }) => `${Object.keys(terms.words).length}${vocabularies.length > 1 ? ` (${terms.language})` : ''}`);
      return `search index: ${documents.length} pages, ${words.join(' + ')} words`;
    },
    discard: () => rmSync(staging, { recursive: true, force: true }),
  };
}
