/**
 * What a build reads, as hashes: every file of the content folder one by one, and everything else at once
 * (the generator's source, dependencies and Node; the project's configuration; public/; the settings that
 * shape the output, not the cache's folder; the Chromium that prints the PDF, by path, size and time).
 * A rebuild compares them with the published build's (src/cli/published-record.ts): all of them, to keep a site
 * nothing changed; all but the category files, to take category pages over (page-reuse.ts).
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { generatorFingerprint } from '../guide/content/generator-fingerprint.ts';
import { filesUnder } from '../guide/files-under.ts';
import type { Settings } from './settings.ts';

export interface BuildInputs {
  /** A hash of everything the build reads. */
  all: string;
  /** A hash of everything the build reads but the content files `left` names (absolute paths). */
  without(left: ReadonlySet<string>): string;
  /** The hash of one content file's bytes, by its absolute path; undefined for a file outside the content folder. */
  contentFile(path: string): string | undefined;
}

/**
 * The project's own files beside src/ (which the generator's fingerprint covers): every file at its root
 * but the Markdown. Astro, Vite and their plugins read configuration files found there (astro.config.mjs,
 * tsconfig.json, a postcss.config.* or .browserslistrc one may add); a file they do not read costs a full
 * build when it changes, nothing worse.
 */
const projectFiles = (projectRoot: string) =>
  readdirSync(projectRoot, { withFileTypes: true })
    .filter((entry) => entry.isFile() && !entry.name.endsWith('.md'))
    .map((entry) => join(projectRoot, entry.name))
    .sort();

export function buildInputs(settings: Settings, projectRoot: string): BuildInputs {
  const outside = createHash('sha256').update(generatorFingerprint(projectRoot));
  const { cacheDir: _cacheDir, contentDirSet: _contentDirSet, ...shaping } = settings;
  outside.update(JSON.stringify(shaping));
  if (settings.chromium) {
    const browser = statSync(settings.chromium, { throwIfNoEntry: false });
    outside.update(`\0chromium\0${browser?.size}\0${browser?.mtimeMs}`);
  }
  const add = (root: string, label: string, files: string[]) => {
    for (const file of files) outside.update(`\0${label}/${relative(root, file)}\0`).update(readFileSync(file));
  };
  add(projectRoot, 'project', projectFiles(projectRoot));
  add(join(projectRoot, 'public'), 'public', filesUnder(join(projectRoot, 'public')));
  const rest = outside.digest('hex');

  const content = new Map(filesUnder(settings.contentDir).map((file) => [file, createHash('sha256').update(readFileSync(file)).digest('hex')]));
  const without = (left: ReadonlySet<string>) => {
    const hash = createHash('sha256').update(rest);
    for (const [file, digest] of content) if (!left.has(file)) hash.update(`\0${relative(settings.contentDir, file)}\0${digest}`);
    return hash.digest('hex');
  };
  return { all: without(new Set()), without, contentFile: (path) => content.get(path) };
}
