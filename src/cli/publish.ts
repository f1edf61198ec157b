/**
 * Publishing a build atomically. The site folder (`dist`) is a symbolic link to one complete build kept in
 * `dist.builds/`; a new build is written beside it and published by replacing the link in a single rename,
 * which no kill or power cut can leave half done: at every instant `dist` is the old site or the new one,
 * never missing, partial or mixed. Leftovers of an interrupted build are removed by the next one.
 */
import { existsSync, lstatSync, mkdirSync, readdirSync, readlinkSync, renameSync, rmSync, symlinkSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';

const buildsOf = (outDir: string) => `${outDir}.builds`;
const nextLink = (outDir: string) => `${outDir}.next`;

/** The build the site link points at now, as an absolute path, if the site is such a link. */
function current(outDir: string): string | undefined {
  try {
    return lstatSync(outDir).isSymbolicLink() ? resolve(dirname(outDir), readlinkSync(outDir)) : undefined;
  } catch {
    return undefined;
  }
}

/** Removes what an interrupted build left: a link never put in place, builds nothing points at. */
export function cleanUp(outDir: string): void {
  rmSync(nextLink(outDir), { force: true });
  const builds = buildsOf(outDir);
  if (!existsSync(builds)) return;
  const live = current(outDir);
  for (const entry of readdirSync(builds)) {
    const path = join(builds, entry);
    if (path !== live) rmSync(path, { recursive: true, force: true });
  }
}

/**
 * Astro tells whether its output folder is inside the project by comparing path strings, so a folder beside
 * the project whose path begins with the project's (/work/guides → /work/guides-site) passes for one inside
 * it, and the pages it renders there cannot load the project's packages ("Cannot find package …"). Says so
 * before anything is built, with the way out; undefined when the folder is fine.
 */
export function outDirProblem(projectDir: string, outDir: string): string | undefined {
  const builds = buildsOf(outDir);
  const inside = !relative(projectDir, builds).startsWith('..');
  if (inside || !builds.startsWith(projectDir)) return undefined;
  return `GUIDEPOST_DIST "${outDir}" is outside the project, but its path begins with the project's (${projectDir}), which Astro mistakes for a folder inside the project: the build would fail. Expected a folder inside the project (such as dist) or one elsewhere whose path does not begin with ${projectDir}.`;
}

/** A fresh folder for the next build, beside the published one. */
export function newBuildFolder(outDir: string): string {
  cleanUp(outDir);
  const folder = join(buildsOf(outDir), `${new Date().toISOString().replace(/[:.]/g, '-')}-${process.pid}`);
  mkdirSync(dirname(folder), { recursive: true });
  return folder;
}

/** Points the site at `build`, then removes the builds it replaced. */
export function publish(outDir: string, build: string): void {
  // A site folder from before links were used is moved aside once, into the builds it now belongs with.
  if (existsSync(outDir) && !lstatSync(outDir).isSymbolicLink()) renameSync(outDir, join(buildsOf(outDir), `previous-${process.pid}`));
  const link = nextLink(outDir);
  rmSync(link, { force: true });
  // Relative, so the project can move; a junction on Windows, which needs no special rights.
  if (process.platform === 'win32') symlinkSync(resolve(build), link, 'junction');
  else symlinkSync(join(basename(buildsOf(outDir)), basename(build)), link);
  pauseForTests('swap');
  renameSync(link, outDir);
  cleanUp(outDir);
}

/** Removes a build that failed; the published site is untouched. */
export function discard(build: string): void {
  rmSync(build, { recursive: true, force: true });
}

/**
 * GUIDEPOST_PAUSE_AT=swap makes the build wait at that moment, so a test can kill it exactly there (see
 * tests/build/failed-builds.spec.ts). It writes a line first, to say it is waiting.
 */
function pauseForTests(moment: string) {
  if (process.env['GUIDEPOST_PAUSE_AT'] !== moment) return;
  console.log(`Guidepost: paused at ${moment}`);
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 60_000);
}
