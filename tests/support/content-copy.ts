// Copies of a guide's content folder for tests that change it: every copy lives in a temporary folder
// that is removed when the test process ends.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const realGuide = resolve(import.meta.dirname, '../../content');
export const threeServices = resolve(import.meta.dirname, '../fixtures/three-services');
/** A guide written the way authors write: four services, tables and code in sides, footnotes, task lists, images, comments. */
export const messaging = resolve(import.meta.dirname, '../fixtures/messaging');

const copies: string[] = [];
process.on('exit', () => copies.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A temporary copy of `source`, changed by `edit`. */
export function contentCopy(edit: (dir: string) => void = () => {}, source = threeServices): string {
  const work = mkdtempSync(join(tmpdir(), 'guidepost-content-'));
  copies.push(work);
  const dir = join(work, 'content');
  cpSync(source, dir, { recursive: true });
  edit(dir);
  return dir;
}

/** An edit that replaces `from` by `to` in one file, failing loudly if the file does not hold `from`. */
export const replaceIn = (file: string, from: string | RegExp, to: string) => (dir: string) => {
  const path = join(dir, file);
  const before = readFileSync(path, 'utf8');
  const after = before.replace(from, to);
  if (after === before) throw new Error(`test edit did not apply to ${file}: ${from}`);
  writeFileSync(path, after);
};

export const appendTo = (file: string, text: string) => (dir: string) => {
  const path = join(dir, file);
  writeFileSync(path, `${readFileSync(path, 'utf8')}\n${text}\n`);
};
