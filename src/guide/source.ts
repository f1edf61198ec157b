import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { isAbsolute, join, relative } from 'node:path';
import { ContentError } from './errors.ts';

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
