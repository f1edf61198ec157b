/**
 * Pagefind's indexing, in a thread of its own (started by index-build.ts). Pagefind runs as a process fed
 * through a pipe by its Node API; fed from the build's main thread, it waited whenever that thread was busy
 * with work that does not yield (writing the forms, the link check), which at 5,000 categories doubled its
 * time. This thread keeps the pipe full; while Pagefind writes the index, it counts the vocabulary's words
 * (word-counts.ts), which the main thread would otherwise do after it.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { getPriority, setPriority } from 'node:os';
import * as pagefind from 'pagefind';
import { writeIndex } from './settle-index.ts';
import { countWords } from './word-counts.ts';

export interface IndexJob {
  documents: { url: string; html: string }[];
  /** Each search scope's documents' text, for its vocabulary's word counts (word-counts.ts). */
  scopeTexts: string[][];
  staging: string;
  /** The published site, whose index files a rebuild reuses where they are the same (settle-index.ts). */
  published: string | undefined;
  /** Whether Pagefind runs at a lower priority than the pages' rendering (see lowerPriority). */
  yieldToPages: boolean;
}

/** What the thread reports: each scope's word counts, or the failures as index-build.ts words them. */
export type IndexOutcome = { ok: true; scopeWords: Record<string, number>[] } | { ok: false; what: string; errors: string[] };

async function run({ documents, scopeTexts, staging, published, yieldToPages }: IndexJob): Promise<IndexOutcome> {
  if (yieldToPages) lowerPriority();
  const { index, errors } = await pagefind.createIndex({});
  if (!index) return { ok: false, what: 'starting Pagefind', errors };
  try {
    const added = await Promise.all(documents.map((document) => index.addHTMLFile({ url: document.url, content: document.html })));
    const failed = added.findIndex((result) => result.errors.length);
    if (failed !== -1) return { ok: false, what: `indexing ${documents[failed]?.url}`, errors: added[failed]!.errors };
    const writing = writeIndex(index, staging, published);
    // Counted while Pagefind's process writes the index: this thread has nothing else to do until it is done.
    const scopeWords = scopeTexts.map(countWords);
    const errors = await writing;
    return errors.length ? { ok: false, what: 'writing the index', errors } : { ok: true, scopeWords };
  } finally {
    await pagefind.close();
  }
}

/**
 * Pagefind's process (it inherits this thread's priority) runs many threads; at equal priority they took
 * turns on the two cores with the build's main thread, which renders the pages and is what a cold build
 * waits for. A lower priority leaves the main thread a core while Pagefind uses what is left. A rebuild that
 * takes most pages over waits for the index instead, so there Pagefind keeps its priority (index-build.ts).
 */
function lowerPriority() {
  // Only on Linux is a priority a thread's (this one's, whose child Pagefind's process is); elsewhere it
  // would lower the whole build.
  if (process.platform !== 'linux') return;
  try {
    setPriority(Math.min(19, getPriority() + 10));
  } catch {
    // Not allowed here: Pagefind shares the cores as before.
  }
}

run(workerData as IndexJob).then(
  (outcome) => parentPort?.postMessage(outcome),
  (error: unknown) =>
    parentPort?.postMessage({ ok: false, what: 'Pagefind', errors: [error instanceof Error ? error.message : String(error)] } satisfies IndexOutcome),
);
