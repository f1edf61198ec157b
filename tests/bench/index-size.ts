import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * Bytes of the search data a reader's browser may fetch: Pagefind's index chunks, page fragments, filters
 * and metadata, plus the guide's own search vocabulary. Pagefind's code and its unused UI bundles are not
 * data and are left out. With `language`, only that language's (Pagefind keeps one index per language,
 * and a page searches its own) and the vocabulary under `root`, that language's pages.
 */
export function indexBytes(dist: string, language?: string, root = ''): number {
  const pagefind = join(dist, 'pagefind');
  const ofLanguage = (file: string) => !language || file === 'pagefind-entry.json' || /(^|[/.])([a-z-]+)_[0-9a-f]+\.pf_/.exec(file)?.[2] === language;
  const files = (readdirSync(pagefind, { recursive: true }) as string[]).filter(
    (file) => /^(index|fragment|filter)\/|\.pf_meta$|^pagefind-entry\.json$/.test(file) && ofLanguage(file),
  );
  // The vocabulary is plain JSON, which hosts send compressed; Pagefind's files are compressed already.
  const vocabulary = join(dist, root, 'search', 'terms.json');
  const extra = (() => {
    try {
      return gzipSync(readFileSync(vocabulary), { level: 9 }).length;
    } catch {
      return 0;
    }
  })();
  return files.reduce((sum, file) => sum + statSync(join(pagefind, file)).size, 0) + extra;
}

/**
 * Gzip bytes of the search code a reader's browser loads for a first search: the modules the header's search
 * dialog imports on first use, with everything they import, at once or at the first search (Pagefind's own
 * code and the index are apart).
 */
/** The sibling modules `code` imports: at once, and with `later` also those it imports when first used. */
const importsOf = (code: string, later: boolean) =>
  [
    ...code.matchAll(
      later ? /\bimport\s*(?:[\w*{}\s,$]+from\s*|\(\s*)?["'`]\.\/([^"'`]+)["'`]/g : /\bimport\s*(?:[\w*{}\s,$]+from\s*)?["'`]\.\/([^"'`]+)["'`]/g,
    ),
  ].map(([, file = '']) => file);

export function searchCodeBytes(dist: string): number {
  const assets = join(dist, '_astro');
  const files = readdirSync(assets);
  const dialog = files.find((file) => file.startsWith('SearchDialog') && file.endsWith('.js'));
  if (!dialog) return 0;
  const dialogCode = readFileSync(join(assets, dialog), 'utf8');
  const lazy = [...dialogCode.matchAll(/import\(["'`]\.\/([^"'`]+\.js)["'`]\)/g)].map(([, file = '']) => file);
  // What the page itself loaded (the dialog and its own static imports) is there already.
  const seen = new Set<string>([dialog, ...importsOf(dialogCode, false)]);
  const visit = (file: string): number => {
    if (seen.has(file)) return 0;
    seen.add(file);
    const code = readFileSync(join(assets, file), 'utf8');
    return gzipSync(code, { level: 9 }).length + importsOf(code, true).reduce((sum, path) => sum + visit(path), 0);
  };
  return lazy.reduce((sum, file) => sum + visit(file), 0);
}
