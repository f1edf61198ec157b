import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import * as pagefind from 'pagefind';
import type { Site } from '../site/model.ts';
import { ownRoutes } from '../site/routes.ts';
import { searchDocuments } from './documents.ts';
import { searchTerms } from './terms.ts';

export interface PendingIndex {
  /** Moves the finished index and the vocabulary into the built site. */
  publish(outDir: string): string;
  /** Drops the staged index (the build failed). */
  discard(): void;
}

/**
 * Indexes the guide from its data and writes the index to `staging`. Pagefind runs in a process of its
 * own, so all of this happens while Astro renders the pages; when they are done the index only has to be
 * moved into place.
 */
export async function buildSearchIndex(site: Site, staging: string): Promise<PendingIndex> {
  const fail = (what: string, errors: string[]): never => {
    throw new Error(`Search index: ${what} failed:\n- ${errors.join('\n- ')}`);
  };
  const documents = searchDocuments(site);
  rmSync(staging, { recursive: true, force: true });
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
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
  const terms = searchTerms(documents, site);
  return {
    publish(outDir) {
      renameSync(staging, join(outDir, 'pagefind'));
      const termsFile = join(outDir, ownRoutes.searchTerms);
      mkdirSync(dirname(termsFile), { recursive: true });
      writeFileSync(termsFile, JSON.stringify(terms));
      return `search index: ${documents.length} pages, ${Object.keys(terms.words).length} words`;
    },
    discard: () => rmSync(staging, { recursive: true, force: true }),
  };
}
