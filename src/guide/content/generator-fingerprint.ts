/**
 * What names this generator for the compile cache: a hash of its source (every file under src/), its
 * dependencies as locked and as installed (package-lock.json, node_modules/.package-lock.json) and the Node
 * that runs it. Taken once per process, at the first build, from the code the process has loaded: a dev
 * server that keeps running while src/ is edited goes on writing under the name of the code it runs.
 */
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { filesUnder } from '../files-under.ts';

const taken = new Map<string, string>();

export function generatorFingerprint(projectRoot: string): string {
  let fingerprint = taken.get(projectRoot);
  if (!fingerprint) {
    const hash = createHash('sha256').update(process.version);
    const files = [...filesUnder(join(projectRoot, 'src')), join(projectRoot, 'package-lock.json'), join(projectRoot, 'node_modules/.package-lock.json')];
    for (const file of files.filter((path) => statSync(path, { throwIfNoEntry: false })?.isFile()))
      hash.update(`\0${relative(projectRoot, file)}\0`).update(readFileSync(file));
    fingerprint = hash.digest('hex');
    taken.set(projectRoot, fingerprint);
  }
  return fingerprint;
}
