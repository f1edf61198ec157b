/**
 * Where Pagefind writes, and how its files reach the build. Writing a thousand small files into a fresh
 * folder on disk is a good part of Pagefind's time (on this project's machine 1.3 to 1.7 s against 1.1 s in
 * memory, for 1,000 pages), and most of them a rebuild finds unchanged: Pagefind names its fragments and
 * index chunks by their content. So when a rebuild has a published site to take pages from, Pagefind
 * writes into memory (/dev/shm, where there is one), and each file then reaches the staging folder as a
 * second name of the published site's file when that one holds the same bytes, or as a copy when not.
 */
import { constants, copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statfsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { folderMaker, linkOrCopy } from '../site/build-files.ts';

const memory = '/dev/shm';
const scratchPrefix = 'guidepost-index-';

/**
 * Room the folder in memory must have free. A container's /dev/shm is often small (Docker gives 64 MiB), and
 * the index of 10,000 categories is larger than that; a write that runs out of room goes to disk (writeIndex).
 */
const roomNeeded = 256 * 1024 * 1024;

/** A folder in memory for Pagefind to write into, or undefined: then it writes into the staging folder itself. */
export function scratchFolder(published: string | undefined, memoryFolder = memory): string | undefined {
  if (!published || !existsSync(join(published, 'pagefind'))) return undefined;
  try {
    if (!statSync(memoryFolder).isDirectory()) return undefined;
    const { bavail, bsize } = statfsSync(memoryFolder);
    if (bavail * bsize < roomNeeded) return undefined;
    removeLeftovers(memoryFolder);
    return mkdtempSync(join(memoryFolder, `${scratchPrefix}${process.pid}-`));
  } catch {
    return undefined;
  }
}

/** The part of Pagefind's index this needs: writing its files into a folder. */
interface WritableIndex {
  writeFiles(options: { outputPath: string }): Promise<{ errors: string[] }>;
}

/**
 * Writes the index into `staging`: through a folder in memory for a rebuild (scratchFolder, settleIndex), or
 * straight there. When the folder in memory runs out of room or anything else fails on that way, the
 * index is written straight into the staging folder instead: a slower rebuild, never a failed one.
 */
export async function writeIndex(index: WritableIndex, staging: string, published: string | undefined, memoryFolder = memory): Promise<string[]> {
  const scratch = scratchFolder(published, memoryFolder);
  if (scratch && published) {
    try {
      const written = await index.writeFiles({ outputPath: scratch });
      if (!written.errors.length) {
        settleIndex(scratch, staging, published);
        return [];
      }
    } catch {
      // Below: to disk.
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
    rmSync(staging, { recursive: true, force: true });
  }
  return (await index.writeFiles({ outputPath: staging })).errors;
}

/** The folders of builds that were killed while Pagefind wrote (their process is gone), which would hold memory until a restart. */
function removeLeftovers(memoryFolder: string) {
  for (const name of readdirSync(memoryFolder)) {
    const pid = Number(name.startsWith(scratchPrefix) ? name.slice(scratchPrefix.length).split('-')[0] : NaN);
    if (Number.isInteger(pid) && pid > 0 && !running(pid)) rmSync(join(memoryFolder, name), { recursive: true, force: true });
  }
}

function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, as another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Moves what Pagefind wrote in `scratch` into `staging`, reusing the published index's files that are the same. */
export function settleIndex(scratch: string, staging: string, published: string): void {
  const before = join(published, 'pagefind');
  const makeFolder = folderMaker();
  for (const file of readdirSync(scratch, { recursive: true, withFileTypes: true })) {
    if (!file.isFile()) continue;
    const source = join(file.parentPath, file.name);
    const path = source.slice(scratch.length + 1);
    const target = join(staging, path);
    makeFolder(target);
    const old = join(before, path);
    // Only the files Pagefind names by their content: its scripts and styles are always copied, so an
    // integration that rewrote those in the published site in place would not reach this build's.
    if (/\.pf_(fragment|index|meta|filter)$/.test(path) && sameBytes(source, old)) linkOrCopy(old, target);
    else copyFileSync(source, target, constants.COPYFILE_EXCL);
  }
  rmSync(scratch, { recursive: true, force: true });
}

function sameBytes(a: string, b: string): boolean {
  const other = statSync(b, { throwIfNoEntry: false });
  return other?.isFile() === true && other.size === statSync(a).size && readFileSync(a).equals(readFileSync(b));
}
