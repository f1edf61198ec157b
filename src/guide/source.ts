import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, isAbsolute, join, relative } from 'node:path';
import { closest, ContentError } from './errors.ts';

/** A content file read as an author saved it: any byte-order mark dropped, Windows line ends made plain. */
export interface SourceFile {
  /** Absolute path, for the dev overlay. */
  path: string;
  /** The path as an author would type it: relative to the working folder when inside it. */
  shown: string;
  text: string;
}

/** A path as an author would type it: relative to the project when inside it, absolute otherwise. */
export function displayPath(path: string): string {
  const fromProject = relative(process.cwd(), path);
  return fromProject.startsWith('..') || isAbsolute(fromProject) ? path : fromProject;
}

export function readSource(path: string): SourceFile {
  const raw = readFileSync(path);
  const text = new TextDecoder('utf-8', { fatal: false, ignoreBOM: false }).decode(raw).replace(/\r\n?/g, '\n');
  return { path, shown: displayPath(path), text };
}

/** A file every guide must have; its absence is a content error naming the folder and the file. */
export function readRequired(dir: string, name: string, purpose: string): SourceFile {
  const path = join(dir, name);
  if (!existsSync(path)) throw new ContentError({ file: displayPath(path) }, '', 'the file is missing', `${purpose} (see README.md, "Writing the guide")`);
  return readSource(path);
}

export function readOptional(dir: string, name: string): SourceFile | undefined {
  const path = join(dir, name);
  return existsSync(path) ? readSource(path) : undefined;
}

/**
 * Where a guide's files are read from. A translation (i18n/<lang>/) mirrors its source guide's files: a file
 * it lacks is read from the source folder, so a partial translation is a whole guide.
 */
export interface GuideFiles {
  required(name: string, purpose: string): SourceFile;
  optional(name: string): SourceFile | undefined;
  categories(): { files: string[]; errors: ContentError[] };
}

export function guideFiles(dir: string, sourceDir?: string): GuideFiles {
  const pick = (name: string) => (sourceDir && !existsSync(join(dir, name)) ? sourceDir : dir);
  return {
    required: (name, purpose) => readRequired(pick(name), name, purpose),
    optional: (name) => readOptional(pick(name), name),
    categories: () => {
      const own = existsSync(join(dir, 'categories')) || !sourceDir ? listCategoryFiles(dir) : { files: [], errors: [] };
      if (!sourceDir) return own;
      const source = listCategoryFiles(sourceDir);
      const names = new Set(source.files.map((path) => basename(path)));
      const translated = new Set(own.files.map((path) => basename(path)));
      const errors = [...own.errors];
      for (const path of own.files.filter((file) => !names.has(basename(file))))
        errors.push(
          new ContentError(
            { file: displayPath(path) },
            'file name',
            `no source file categories/${basename(path)} to translate`,
            `the name of the source file it translates (${closest(basename(path), [...names]) ?? 'see the categories folder of the source'}): a translation keeps the source's file names, which are the pages' addresses`,
          ),
        );
      const files = [...own.files.filter((file) => names.has(basename(file))), ...source.files.filter((file) => !translated.has(basename(file)))];
      return { files: files.sort((a, b) => basename(a).localeCompare(basename(b))), errors };
    },
  };
}

/** The lowercase-and-hyphens shape of every address a file name or slug becomes. */
export const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * The category files of a guide, in name order. A file's name is its page's address, so a name that
 * cannot be one (spaces, capitals, accents) is refused here, with the name it could have instead.
 */
export function listCategoryFiles(dir: string): { files: string[]; errors: ContentError[] } {
  const folder = join(dir, 'categories');
  if (!existsSync(folder))
    return {
      files: [],
      errors: [new ContentError({ file: displayPath(folder) }, '', 'the folder is missing', 'a categories folder with one .mdx file per category')],
    };
  const files: string[] = [];
  const errors: ContentError[] = [];
  for (const entry of readdirSync(folder, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    if (!entry.isFile() || entry.name.startsWith('.')) continue;
    const path = join(folder, entry.name);
    if (!entry.name.endsWith('.mdx')) {
      errors.push(
        new ContentError(
          { file: displayPath(path) },
          'file name',
          'only .mdx files belong in the categories folder',
          `"${suggestSlug(entry.name)}.mdx", or move the file elsewhere`,
        ),
      );
      continue;
    }
    const name = entry.name.slice(0, -'.mdx'.length);
    if (!slugPattern.test(name)) {
      errors.push(notAnAddress(path, 'file', name, '.mdx'));
      continue;
    }
    files.push(path);
  }
  return { files, errors };
}

/** A category file or guide folder whose name cannot be a web address, with a name that could. */
export function notAnAddress(path: string, what: 'file' | 'folder', name: string, extension = ''): ContentError {
  return new ContentError(
    { file: displayPath(path) },
    `${what} name`,
    `"${name}" cannot be a web address`,
    `lowercase letters, digits and hyphens, such as "${suggestSlug(name)}${extension}" (rename the ${what})`,
  );
}

/** "Access Côntrol" → "access-control": the address a reader would expect from a name. */
export function suggestSlug(name: string): string {
  const slug = name
    .replace(/\.[^.]*$/, '')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return slug || 'category';
}
