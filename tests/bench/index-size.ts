import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Bytes of the search data a reader's browser may fetch: Pagefind's index chunks, page fragments, filters
 * and metadata, plus the guide's own search vocabulary. Pagefind's code and its unused UI bundles are not
 * data and are left out.
 */
export function indexBytes(dist: string): number {
  const pagefind = join(dist, 'pagefind');
  const files = (readdirSync(pagefind, { recursive: true }) as string[]).filter((file) => /^(index|fragment|filter)\/|\.pf_meta$|^pagefind-entry\.json$/.test(file));
  const vocabulary = join(dist, 'search', 'terms.json');
  const extra = (() => {
    try {
      return statSync(vocabulary).size;
    } catch {
      return 0;
    }
  })();
  return files.reduce((sum, file) => sum + statSync(join(pagefind, file)).size, 0) + extra;
}
