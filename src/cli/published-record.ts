/**
 * A build of exactly what the published site was built from is not run again. The same content, settings
 * and generator write the same bytes (tests/build/reproducible.spec.ts builds twice and compares every
 * file), so the site already published is what such a build would write, and keeping it is the whole of a
 * rebuild with nothing changed.
 *
 * The record of the last published build is kept in the compile cache's folder: a hash of everything the
 * build reads, and the size and time of every file it wrote. The site is kept only when both still hold:
 * an edited content file, setting, generator file, dependency, Node or Chromium is a new hash, and a file
 * of the site changed, added or removed by hand is a different listing. Either way the build runs.
 * `npm run build -- --no-cache` (GUIDEPOST_CACHE=off) neither reads nor writes the record.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, realpathSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { generatorFingerprint } from '../guide/content/generator-fingerprint.ts';
import type { Settings } from '../site/settings.ts';

interface PublishedRecord {
  /** The hash of what the build read (buildInputs). */
  inputs: string;
  /** The build folder the site's link pointed at once it was published. */
  build: string;
  /** Every file of that folder: its path inside it, its size and its modification time. */
  files: [string, number, number][];
}

/** The project's own files, beside src/ (which the generator's fingerprint covers), that a build reads. */
const projectFiles = ['astro.config.mjs', 'package.json', 'tsconfig.json'];

/**
 * A hash of everything a build reads: every file of the content folder and of public/, the project's
 * configuration, the generator (its source, dependencies and Node), the settings that shape the output
 * (not the cache's folder), and the Chromium that prints the PDF, by path, size and time.
 */
export function buildInputs(settings: Settings, projectRoot: string): string {
  const hash = createHash('sha256').update(generatorFingerprint(projectRoot));
  const { cacheDir: _cacheDir, contentDirSet: _contentDirSet, ...shaping } = settings;
  hash.update(JSON.stringify(shaping));
  if (settings.chromium) {
    const browser = statSync(settings.chromium, { throwIfNoEntry: false });
    hash.update(`\0chromium\0${browser?.size}\0${browser?.mtimeMs}`);
  }
  const add = (root: string, label: string, files: string[]) => {
    for (const file of files) hash.update(`\0${label}/${relative(root, file)}\0`).update(readFileSync(file));
  };
  add(projectRoot, 'project', projectFiles.map((name) => join(projectRoot, name)).filter(isFile));
  add(join(projectRoot, 'public'), 'public', filesUnder(join(projectRoot, 'public')));
  add(settings.contentDir, 'content', filesUnder(settings.contentDir));
  return hash.digest('hex');
}

/** Whether the published site was built from these inputs and is still as that build wrote it. */
export function publishedFrom(settings: Settings, inputs: string): boolean {
  if (!settings.cacheDir) return false;
  try {
    const record = JSON.parse(readFileSync(recordFile(settings.cacheDir, settings.outDir), 'utf8')) as PublishedRecord;
    if (record.inputs !== inputs || realpathSync(settings.outDir) !== record.build) return false;
    return JSON.stringify(listing(record.build)) === JSON.stringify(record.files);
  } catch {
    // No record, one that cannot be read, or no site: build.
    return false;
  }
}

/** Records the site just published, built from `inputs`. A record that cannot be written only means the next build runs. */
export function recordPublished(settings: Settings, inputs: string): void {
  if (!settings.cacheDir) return;
  const file = recordFile(settings.cacheDir, settings.outDir);
  try {
    const build = realpathSync(settings.outDir);
    const record: PublishedRecord = { inputs, build, files: listing(build) };
    mkdirSync(join(settings.cacheDir, 'published'), { recursive: true });
    writeFileSync(`${file}.${process.pid}.partial`, JSON.stringify(record));
    renameSync(`${file}.${process.pid}.partial`, file);
  } catch {
    // A read-only or full cache: the next build simply runs.
  }
}

/** One record per site folder, so two sites built with one cache keep theirs. */
function recordFile(cacheDir: string, outDir: string): string {
  const name = createHash('sha256').update(outDir).digest('hex').slice(0, 16);
  return join(cacheDir, 'published', `${name}.json`);
}

function listing(folder: string): [string, number, number][] {
  return filesUnder(folder).map((file) => {
    const { size, mtimeMs } = statSync(file);
    return [relative(folder, file), size, mtimeMs];
  });
}

function filesUnder(dir: string): string[] {
  if (!isDirectory(dir)) return [];
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

const isFile = (path: string) => statSync(path, { throwIfNoEntry: false })?.isFile() ?? false;
const isDirectory = (path: string) => statSync(path, { throwIfNoEntry: false })?.isDirectory() ?? false;
