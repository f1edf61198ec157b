/**
 * What the output check read of each page of the published build and of its Markdown twin (ids, links and
 * policy), kept in the cache beside the published record (src/cli/published-record.ts). A rebuild that
 * takes a page over from that build (src/site/page-reuse.ts) takes its twin over too, which is made from
 * the same data, and checks the links of both from here instead of writing the twin and reading the page's
 * HTML again: the files are the same, and the record vouches that the site is as that build wrote it. Their
 * links are still resolved against this build's pages, so a section an edit removed is still found broken.
 *
 * Stored with each text once: most of a page's links (the sidebar, the header) are every page's.
 */
import { existsSync, readdirSync, readFileSync, realpathSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { PageReuse } from '../site/page-reuse.ts';
import type { Settings } from '../site/settings.ts';
import { publishedFile, writeRecordFile } from '../cli/published-record.ts';
import { twinPath } from '../forms/twins.ts';
import type { BuiltPage } from './output.ts';

interface StoredPages {
  /** The build folder the pages were read from, as the published record names it. */
  build: string;
  texts: string[];
  /** Page file → its address, ids, links and policy, as indexes into `texts` (-1: no policy). */
  pages: Record<string, [number, number[], number[], number]>;
}

/**
 * The store of the build in `folder`: one per build, so a build that fails after writing its own leaves the
 * published build's in place. Beside the published record (one set per site folder).
 */
const storeOf = (settings: Settings, folder: string) =>
  settings.cacheDir ? publishedFile(settings.cacheDir, settings.outDir, `${storesPrefix}${basename(folder)}.json`) : undefined;
const storesPrefix = 'pages.';

/**
 * The files `reuse` takes over, as they were read when the published build wrote them: its pages and their
 * twins, by their paths in the site ("cost/index.html", "cost.md"). A file missing from the store is left
 * out: a page is then read from its file, a twin written again.
 */
export function filesReadBefore(settings: Settings, reuse: PageReuse | undefined): Map<string, BuiltPage> {
  const store = reuse && storeOf(settings, reuse.from);
  if (!reuse || !store) return new Map();
  try {
    const stored = JSON.parse(readFileSync(store, 'utf8')) as StoredPages;
    if (stored.build !== reuse.from) return new Map();
    const { texts } = stored;
    const text = (index: unknown) => {
      if (typeof index !== 'number' || typeof texts[index] !== 'string') throw new Error('not a store of this shape');
      return texts[index];
    };
    const known = new Map<string, BuiltPage>();
    const take = (file: string) => {
      const entry = stored.pages[file];
      if (!entry) return;
      const [path, ids, links, csp] = entry;
      known.set(file, { path: text(path), ids: ids.map(text), links: links.map(text), csp: csp === -1 ? undefined : text(csp) });
    };
    for (const page of reuse.pages) {
      take(page);
      take(twinPath(page.slice(0, -'index.html'.length)));
    }
    return known;
  } catch {
    // No store, or one of another shape (an older generator's): the files are read and written again.
    return new Map();
  }
}

/**
 * Keeps what was read of the files of the build in `folder`, for the next rebuild, and drops the stores of
 * builds that are neither this one nor the published one. Failing to only costs that rebuild time.
 */
export function rememberFilesRead(settings: Settings, folder: string, files: Iterable<[string, BuiltPage]>): void {
  const store = storeOf(settings, folder);
  if (!store) return;
  try {
    const texts: string[] = [];
    const numbers = new Map<string, number>();
    const number = (text: string) => {
      let index = numbers.get(text);
      if (index === undefined) numbers.set(text, (index = texts.push(text) - 1));
      return index;
    };
    const stored: StoredPages = { build: realpathSync(folder), texts, pages: {} };
    for (const [file, page] of files)
      stored.pages[file] = [number(page.path), page.ids.map(number), page.links.map(number), page.csp === undefined ? -1 : number(page.csp)];
    writeRecordFile(store, stored);
    const published = existsSync(settings.outDir) ? storeOf(settings, realpathSync(settings.outDir)) : undefined;
    const prefix = basename(publishedFile(settings.cacheDir!, settings.outDir, storesPrefix));
    for (const name of readdirSync(dirname(store)))
      if (name.startsWith(prefix) && ![store, published].includes(join(dirname(store), name))) rmSync(join(dirname(store), name), { force: true });
  } catch {
    // A read-only or full cache.
  }
}
