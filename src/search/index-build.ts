import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Site } from '../site/model.ts';
import { guideSearchDocuments } from './documents.ts';
import type { IndexJob, IndexOutcome } from './index-worker.ts';
import { searchScopes, searchTerms } from './terms.ts';

export interface PendingIndex {
  /** Moves the finished index and the vocabulary into the built site. */
  publish(outDir: string): string;
  /** Drops the staged index (the build failed). */
  discard(): void;
}

/** Where the index of the build written to `buildFolder` is staged: beside it, since Astro may still clear the folder. */
export const searchIndexStaging = (buildFolder: string) => `${resolve(buildFolder)}.search-index`;

/**
 * The indexes started before Astro ran, by staging folder: the build script starts one as soon as the guide
 * is read, before Astro has even loaded (the index is made from the model, not from the pages), and the
 * integration takes it. On globalThis, as the site model is: the integration may be a second copy of this
 * module (Astro can load its config through Vite).
 */
const storeKey = Symbol.for('guidepost.search-indexes');
const holder = globalThis as { [storeKey]?: Map<string, Promise<PendingIndex>> };
const startedIndexes = () => (holder[storeKey] ??= new Map());

/** Starts indexing for the build in `staging` (searchIndexStaging), for the integration to take (buildSearchIndex). */
export function startSearchIndex(site: Site, staging: string): Promise<PendingIndex> {
  const pending = indexSite(site, staging);
  // Awaited when the build is done; until then a failure must not surface as an unhandled rejection.
  pending.catch(() => {});
  startedIndexes().set(staging, pending);
  return pending;
}

/**
 * The index of the build in `staging`: the one the build script started, taken once, or one started now
 * (under a plain `astro build`). Indexes the guide from its data. Pagefind runs in a process of its own,
 * fed by a thread of its own (index-worker.ts), so all of this happens while Astro renders the pages and
 * the forms and checks run; when they are done the index only has to be moved into place. Pagefind makes
 * one index per language, from each page's <html lang>, and the browser loads the one of its page's
 * language; the vocabulary is one file per language's root (terms.ts).
 */
export function buildSearchIndex(site: Site, staging: string): Promise<PendingIndex> {
  const started = startedIndexes().get(staging);
  startedIndexes().delete(staging);
  return started ?? startSearchIndex(site, staging);
}

async function indexSite(site: Site, staging: string): Promise<PendingIndex> {
  const fail = (what: string, errors: string[]): never => {
    throw new Error(`Search index: ${what} failed:\n- ${errors.join('\n- ')}`);
  };
  const scopes = searchScopes(site).map((scope) => ({ scope, documents: scope.guides.flatMap(guideSearchDocuments) }));
  const documents = scopes.flatMap((entry) => entry.documents);
  rmSync(staging, { recursive: true, force: true });
  const job: IndexJob = {
    documents: documents.map(({ url, html }) => ({ url, html })),
    scopeTexts: scopes.map((entry) => entry.documents.map(({ text }) => text)),
    staging,
    published: site.reuse?.from,
    // Pagefind yields to the pages when the build renders most of them (a cold build: the pages are what it
    // waits for), not when it takes most of them over (a rebuild after an edit: the index is the last thing
    // it waits for; measured in tests/bench/RESULTS.md, "Rebuilds that do only what changed").
    yieldToPages: (site.reuse?.pages.size ?? 0) * 2 < documents.length,
  };
  const outcome = await new Promise<IndexOutcome>((done, failed) => {
    const worker = new Worker(new URL('./index-worker.ts', import.meta.url), { workerData: job });
    // The thread has its own copy of the pages' HTML and text now; this one needs neither.
    job.documents = [];
    job.scopeTexts = [];
    for (const document of documents) document.html = document.text = '';
    worker.once('message', done).once('error', failed);
    worker.once('exit', (code) => failed(new Error(`the indexing thread stopped (exit code ${code}) before it reported`)));
  }).catch((error: unknown): IndexOutcome => ({ ok: false, what: 'Pagefind', errors: [error instanceof Error ? error.message : String(error)] }));
  if (!outcome.ok) {
    rmSync(staging, { recursive: true, force: true });
    return fail(outcome.what, outcome.errors);
  }
  const vocabularies = scopes.map(({ scope, documents }, index) => {
    const words = outcome.scopeWords[index];
    if (!words) throw new Error(`Search index: the indexing thread counted ${outcome.scopeWords.length} vocabularies for ${scopes.length} scopes`);
    return { file: scope.termsFile, terms: searchTerms(words, documents.length, scope) };
  });
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
