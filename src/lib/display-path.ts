import { isAbsolute, relative } from 'node:path';

/** A path as an author would type it: relative to the project when inside it, absolute otherwise. */
export function displayPath(path: string): string {
  const fromProject = relative(process.cwd(), path);
  return fromProject.startsWith('..') || isAbsolute(fromProject) ? path : fromProject;
}
