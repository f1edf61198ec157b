/**
 * The record of the last published build, kept in the compile cache's folder: a hash of everything it read
 * (src/site/build-inputs.ts), the key of each page it could take over (src/site/page-reuse.ts), and the
 * size and time of every file of the site. With it, a rebuild does only what changed:
 * - nothing changed at all: the same content, settings and generator write the same bytes
 *   (tests/build/reproducible.spec.ts builds twice and compares every file), so the published site is what
 *   the build would write, and keeping it is the whole rebuild;
 * - otherwise, a page whose key is unchanged is taken from the published site.
 * Both only while the site is as that build wrote it: a file changed, added or removed by hand is a
 * different listing, and then everything is built. `npm run build -- --no-cache` (GUIDEPOST_CACHE=off)
 * neither reads nor writes the record.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, realpathSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { filesUnder } from '../guide/files-under.ts';
import type { PageReuse } from '../site/page-reuse.ts';
import type { Settings } from '../site/settings.ts';

export interface PublishedRecord {
  /** The hash of everything the build read (BuildInputs.all). */
  inputs: string;
  /** The build folder the site's link pointed at once it was published. */
  build: string;
  /** Every file of that folder: its path inside it, its size and its modification time. */
  files: [string, number, number][];
  /** Each page's path in the site → its key (pages a rebuild could take over). */
  pages: Record<string, string>;
}

/** The pages the published build wrote (its record, read once by publishedRecord) with the keys this build gives them. */
export function reusablePages(record: PublishedRecord | undefined, keys: ReadonlyMap<string, string>): PageReuse | undefined {
  if (!record) return undefined;
  const pages = new Set([...keys].filter(([page, key]) => record.pages[page] === key).map(([page]) => page));
  return pages.size ? { from: record.build, pages } : undefined;
}

/** Records the site just published. A record that cannot be written only means the next build does everything. */
export function recordPublished(settings: Settings, inputs: string, keys: ReadonlyMap<string, string>): void {
  if (!settings.cacheDir) return;
  const file = publishedFile(settings.cacheDir, settings.outDir, 'json');
  try {
    const build = realpathSync(settings.outDir);
    const record: PublishedRecord = { inputs, build, files: listing(build), pages: Object.fromEntries(keys) };
    writeRecordFile(file, record);
  } catch {
    // A read-only or full cache: the next build does everything.
  }
}

/**
 * The record of the published site, when there is one and the site is still as that build wrote it (every
 * file of the site is listed to tell: read it once a build). Its `inputs` equal to this build's mean nothing
 * changed.
 */
export function publishedRecord(settings: Settings): PublishedRecord | undefined {
  if (!settings.cacheDir) return undefined;
  try {
    const record = JSON.parse(readFileSync(publishedFile(settings.cacheDir, settings.outDir, 'json'), 'utf8')) as Partial<PublishedRecord>;
    // A record of another shape (an older generator's) is no record.
    if (typeof record.inputs !== 'string' || typeof record.pages !== 'object' || !Array.isArray(record.files)) return undefined;
    if (realpathSync(settings.outDir) !== record.build) return undefined;
    return JSON.stringify(listing(record.build)) === JSON.stringify(record.files) ? (record as PublishedRecord) : undefined;
  } catch {
    // No record, one that cannot be read, or no site.
    return undefined;
  }
}

/** Writes one of the record's files whole or not at all (a build killed meanwhile leaves the old one). */
export function writeRecordFile(file: string, value: unknown): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(`${file}.${process.pid}.partial`, JSON.stringify(value));
  renameSync(`${file}.${process.pid}.partial`, file);
}

/** A file of the record of the site in `outDir` (one record per site folder, so two sites built with one cache keep theirs). */
export function publishedFile(cacheDir: string, outDir: string, extension: string): string {
  const name = createHash('sha256').update(outDir).digest('hex').slice(0, 16);
  return join(cacheDir, 'published', `${name}.${extension}`);
}

function listing(folder: string): [string, number, number][] {
  return filesUnder(folder).map((file) => {
    const { size, mtimeMs } = statSync(file);
    return [relative(folder, file), size, mtimeMs];
  });
}
