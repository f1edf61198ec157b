import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, test } from '@playwright/test';
import { parse } from 'yaml';
import { buildCopy } from '../support/build.ts';
import { realGuide } from '../support/content-copy.ts';

// Two builds of unchanged content are the same bytes, every file of them: pages, forms, the PDF, the
// search index, the headers file, the feed and the sitemap. So a deploy changes only what an author
// changed, caches stay warm, and anyone can check that a site was built from the content it claims.
// Nothing the build writes may hold the clock, a random value or a path of the machine: each build here
// reads its own copy of the content, from a different folder, into a different folder.

/** Every file under `root`, as paths relative to it, in order. */
function filesOf(root: string): string[] {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(root, join(entry.parentPath, entry.name)))
    .sort();
}

/** Where two files first differ, for the report: the byte, and the text around it when it is text. */
function firstDifference(a: Buffer, b: Buffer): string {
  let at = 0;
  while (at < a.length && at < b.length && a[at] === b[at]) at++;
  const around = (bytes: Buffer) => JSON.stringify(bytes.toString('latin1', Math.max(0, at - 30), at + 30));
  return `first difference at byte ${at} of ${a.length} and ${b.length}: ${around(a)} / ${around(b)}`;
}

test('two builds of the same guide write the same bytes, every file, the PDF and search index included', async () => {
  // With SITE_URL, the canonical links, the feed's addresses and the sitemap are written too.
  const env = { SITE_URL: 'https://guides.example.com' };
  const [first, second] = await Promise.all([buildCopy(undefined, { env, pdf: true }), buildCopy(undefined, { env, pdf: true })]);
  expect(first.status, first.output).toBe(0);
  expect(second.status, second.output).toBe(0);

  const files = filesOf(first.dist);
  expect(filesOf(second.dist), 'the same files').toEqual(files);
  for (const expected of [
    'guide.pdf',
    'guide.json',
    'llms.txt',
    'llms-full.txt',
    'rss.xml',
    'sitemap-index.xml',
    '_headers',
    'search/terms.json',
    'index.html',
  ]) {
    expect(files, `the builds wrote ${expected}`).toContain(expected);
  }
  expect(files.filter((file) => file.startsWith('pagefind/')).length, 'the search index').toBeGreaterThan(5);

  const differing = files.flatMap((file) => {
    const a = readFileSync(join(first.dist, file));
    const b = readFileSync(join(second.dist, file));
    return a.equals(b) ? [] : [`${file}: ${firstDifference(a, b)}`];
  });
  expect(differing, `${differing.length} of ${files.length} files differ between two builds of the same content`).toEqual([]);

  // The PDF's date is the guide's last update, not the moment it was printed (SOURCE_DATE_EPOCH is unset).
  const { lastUpdated } = parse(readFileSync(join(realGuide, 'guide.yaml'), 'utf8')) as { lastUpdated: string };
  const day = lastUpdated.replaceAll('-', '');
  const pdf = readFileSync(join(first.dist, 'guide.pdf'), 'latin1');
  expect(pdf).toContain(`/CreationDate (D:${day}000000+00'00')`);
  expect(pdf).toContain(`/ModDate (D:${day}000000+00'00')`);
});
