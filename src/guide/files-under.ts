import { readdirSync, realpathSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Every file under `dir`, as full paths in order, through symbolic links too: a library may link a guide's
 * folder in (tests/fixtures/library does), and an edit there is an edit of the library. A folder reached
 * twice (a link back up) is read once. What the generator's fingerprint, a build's inputs and the listing
 * of a published site are made of.
 */
export function filesUnder(dir: string): string[] {
  const files: string[] = [];
  const seen = new Set<string>();
  const walk = (folder: string) => {
    const real = realpathSync(folder);
    if (seen.has(real)) return;
    seen.add(real);
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      const found = statSync(path, { throwIfNoEntry: false });
      if (found?.isDirectory()) walk(path);
      else if (found?.isFile()) files.push(path);
    }
  };
  if (statSync(dir, { throwIfNoEntry: false })?.isDirectory()) walk(dir);
  return files.sort();
}
