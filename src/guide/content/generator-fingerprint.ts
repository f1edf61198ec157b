/**
 * What names this generator for the compile cache: a hash of its source (every file under src/), its locked
 * dependencies (package-lock.json) and the Node that runs it. Any change to them gives every file a new
 * cache key, so a compile kept by another version of the generator is never read.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export function generatorFingerprint(projectRoot: string): string {
  const hash = createHash('sha256').update(process.version);
  const files = [...filesUnder(join(projectRoot, 'src')), join(projectRoot, 'package-lock.json')].filter((file) => statSync(file, { throwIfNoEntry: false }));
  for (const file of files) hash.update(`\0${relative(projectRoot, file)}\0`).update(readFileSync(file));
  return hash.digest('hex');
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}
