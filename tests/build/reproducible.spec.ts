import { mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { expect, test } from '@playwright/test';
import { parse } from 'yaml';
import { buildContent, buildCopy, siteFolder } from '../support/build.ts';
import { contentCopy, messaging, realGuide, replaceIn } from '../support/content-copy.ts';
import { translations } from '../support/guide-content.ts';
import { writeSyntheticGuide, writeSyntheticLibrary } from '../bench/synthetic-guide.ts';

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

/**
 * The compile cache's entries, by inode and time: an entry read again keeps its inode and is touched, one
 * written anew gets another inode, one left unused keeps both.
 */
/** The MDX files of a folder and its subfolders. */
const mdxFilesIn = (dir: string): string[] => readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.mdx'));

function cacheEntries(cache: string): Map<string, { inode: number; time: number }> {
  // One folder per generator; these builds all run the same one.
  const [generator, ...others] = readdirSync(join(cache, 'mdx'));
  expect(others).toEqual([]);
  const dir = join(cache, 'mdx', generator!);
  return new Map(
    readdirSync(dir).map((name) => {
      const { ino, mtimeMs } = statSync(join(dir, name));
      return [name, { inode: ino, time: mtimeMs }];
    }),
  );
}

test('a build that takes unchanged files from the compile cache writes what a cold build writes, after an edit, a rename and a deletion', async () => {
  // The messaging guide: images, code, tables and footnotes in its files, which the cache must keep intact.
  // Its folder is built where it lies: an entry is kept for a file at its path (images are found from there).
  const content = contentCopy(undefined, messaging);
  const cache = mkdtempSync(join(tmpdir(), 'guidepost-cache-'));
  process.on('exit', () => rmSync(cache, { recursive: true, force: true }));
  const build = (cacheSetting: string) => buildContent(content, { env: { BASE_PATH: '/docs/', GUIDEPOST_CACHE: cacheSetting } });
  const categories = () => readdirSync(join(content, 'categories')).length;

  const first = await build(cache);
  expect(first.status, first.output).toBe(0);
  // A day back: within the month an unused entry is kept (an older one would be pruned by the next build).
  const past = new Date(Date.now() - 24 * 60 * 60 * 1000);
  const generator = join(cache, 'mdx', readdirSync(join(cache, 'mdx'))[0]!);
  for (const name of readdirSync(generator)) utimesSync(join(generator, name), past, past);
  const filled = cacheEntries(cache);
  // One entry per category, one for the introduction, one for the guide's short fields; and for each
  // translation one per file of its own and one for its short fields (a source file it lacks is compiled as
  // the source compiles it: the same entry).
  const translated = translations(content).flatMap((code) => mdxFilesIn(join(content, 'i18n', code)));
  const ownEntries = translated.length + translations(content).length;
  expect(filled.size).toBe(categories() + 2 + ownEntries);

  replaceIn('categories/pricing-and-cost.mdx', /\n<Comparison>\n/, '\nA sentence written after the first build.\n\n<Comparison>\n')(content);
  // A file the Arabic translation lacks: renaming a translated one also means renaming its translation.
  renameSync(join(content, 'categories/failure-handling-and-dlqs.mdx'), join(content, 'categories/failure-handling.mdx'));
  rmSync(join(content, 'categories/security.mdx'));

  const cached = await build(cache);
  const cold = await build('off');
  expect(cached.status, cached.output).toBe(0);
  expect(cold.status, cold.output).toBe(0);
  const files = filesOf(cold.dist);
  expect(filesOf(cached.dist), 'the same files').toEqual(files);
  expect(files).toContain('failure-handling/index.html');
  expect(files).toContain('ar/failure-handling/index.html');
  expect(files).not.toContain('security/index.html');
  const differing = files.flatMap((file) => {
    const a = readFileSync(join(cold.dist, file));
    const b = readFileSync(join(cached.dist, file));
    return a.equals(b) ? [] : [`${file}: ${firstDifference(a, b)}`];
  });
  expect(differing, `${differing.length} of ${files.length} files differ between the cached and the cold build`).toEqual([]);

  // The unchanged files were read from the cache, not compiled again (a compiled file's entry is written anew).
  const after = cacheEntries(cache);
  const readAgain = [...filled].filter(([name, { inode }]) => after.get(name)?.inode === inode && after.get(name)!.time > past.getTime());
  const unused = [...filled].filter(([name, { inode, time }]) => after.get(name)?.inode === inode && after.get(name)!.time === time);
  // Every category but the edited and renamed ones, the introduction, and the translations' own files (none
  // of them edited); the old three are left for pruning.
  expect(readAgain.length, 'entries read again').toBe(categories() - 2 + 1 + translated.length);
  expect(unused.length, 'entries of the edited, renamed and deleted files').toBe(3);
  expect(after.size, 'two new entries (the edited and the renamed file)').toBe(filled.size + 2);

  // An image a cached file shows is deleted: the build says so, as a cold build would.
  rmSync(join(content, 'images/fan-out.svg'));
  const broken = await build(cache);
  expect(broken.status).not.toBe(0);
  expect(broken.output).toMatch(/delivery-model\.mdx:\d+:\d+.*images\/fan-out\.svg/);
});

test('a build of exactly what the published site was built from keeps that site, and any change builds again', async () => {
  const content = contentCopy();
  const dist = siteFolder();
  const first = await buildContent(content, { dist });
  expect(first.status, first.output).toBe(0);
  const published = realpathSync(dist);

  const again = await buildContent(content, { dist });
  expect(again.status, again.output).toBe(0);
  expect(again.output).toContain('nothing changed since');
  expect(realpathSync(dist), 'the same build is published').toBe(published);

  replaceIn('categories/storage.mdx', /^title: Storage$/m, 'title: Storage, edited')(content);
  const edited = await buildContent(content, { dist });
  expect(edited.status, edited.output).toBe(0);
  expect(edited.output).not.toContain('nothing changed since');
  expect(realpathSync(dist), 'a new build is published').not.toBe(published);
  expect(readFileSync(join(dist, 'storage/index.html'), 'utf8')).toContain('Storage, edited');
});

test('a rebuild takes the category pages nothing they show changed in from the published site, and writes what a cold build writes', async () => {
  // The messaging guide with its partial Arabic translation, under a base path and with SITE_URL (so the
  // sitemap must list the pages taken over, which Astro did not render).
  const content = contentCopy(undefined, messaging);
  const dist = siteFolder();
  const env = { BASE_PATH: '/docs/', SITE_URL: 'https://guides.example.com' };
  const first = await buildContent(content, { dist, env });
  expect(first.status, first.output).toBe(0);
  const categoryPages = (output: string) => Number(/(\d+) pages unchanged since the published build/.exec(output)?.[1] ?? 0);
  const languages = 1 + translations(content).length;
  const pages = readdirSync(join(content, 'categories')).length * languages;

  // The text of one category, a glance line of another: each page (in every language) renders, the rest are taken.
  replaceIn('categories/pricing-and-cost.mdx', /\n<Comparison>\n/, '\nA sentence written after the first build.\n\n<Comparison>\n')(content);
  replaceIn('categories/throughput-and-scaling.mdx', /^ {2}sns: Standard topics/m, '  sns: Edited. Standard topics')(content);
  const rebuilt = await buildContent(content, { dist, env });
  expect(rebuilt.status, rebuilt.output).toBe(0);
  expect(categoryPages(rebuilt.output), rebuilt.output).toBe(pages - 2 * languages);
  const cold = await buildContent(content, { env: { ...env, GUIDEPOST_CACHE: 'off' } });
  expect(cold.status, cold.output).toBe(0);
  const files = filesOf(cold.dist);
  expect(filesOf(dist), 'the same files').toEqual(files);
  const differing = files.flatMap((file) => {
    const a = readFileSync(join(cold.dist, file));
    const b = readFileSync(join(dist, file));
    return a.equals(b) ? [] : [`${file}: ${firstDifference(a, b)}`];
  });
  expect(differing, `${differing.length} of ${files.length} files differ between the rebuild and a cold build`).toEqual([]);
  expect(readFileSync(join(dist, 'sitemap-0.xml'), 'utf8')).toContain('https://guides.example.com/docs/latency/');

  // A title shows on every page (the category list, previous and next): nothing is taken.
  replaceIn('categories/latency.mdx', /^title: Latency$/m, 'title: Latency, edited')(content);
  const retitled = await buildContent(content, { dist, env });
  expect(retitled.status, retitled.output).toBe(0);
  expect(categoryPages(retitled.output), retitled.output).toBe(0);
  expect(readFileSync(join(dist, 'security/index.html'), 'utf8')).toContain('Latency, edited');
});

test('in a large guide a rebuild also takes the whole guide’s parts and the at-a-glance groups nothing changed in', async () => {
  // 120 categories: the whole guide in three parts and the at-a-glance table in three groups of up to 50.
  const content = mkdtempSync(join(tmpdir(), 'guidepost-large-'));
  process.on('exit', () => rmSync(content, { recursive: true, force: true }));
  writeSyntheticGuide(content, 120);
  // An image in the third part, which the edit below leaves to be taken over.
  addImage(content, 'categories/category-110.mdx');
  const dist = siteFolder();
  const first = await buildContent(content, { dist });
  expect(first.status, first.output).toBe(0);
  const fileOf = (name: string) => statSync(join(dist, name)).ino;
  const before = { taken: fileOf('category-10.md'), edited: fileOf('category-75.md') };
  const fragments = () => new Map(readdirSync(join(dist, 'pagefind/fragment')).map((name) => [name, fileOf(`pagefind/fragment/${name}`)]));
  const fragmentsBefore = fragments();

  // Category 75 is in the second part and the second group: those two pages and its own render again.
  const file = join(content, 'categories/category-75.mdx');
  const text = readFileSync(file, 'utf8');
  writeFileSync(file, text.replace(/^(glance:\n {2}\S+: )/m, '$1Edited ').replace(/^(<Side [^>]*>\n)/m, '$1\nA paragraph written after the first build.\n'));
  const rebuilt = await buildContent(content, { dist });
  expect(rebuilt.status, rebuilt.output).toBe(0);
  const taken = Number(/(\d+) pages unchanged since the published build/.exec(rebuilt.output)?.[1]);
  expect(taken, 'every category page but one, the third part, the first and third groups').toBe(119 + 1 + 2);
  // A page taken over brings its Markdown twin: the published file itself, not one written again.
  expect(fileOf('category-10.md'), 'the twin of a page taken over is the published file').toBe(before.taken);
  expect(fileOf('category-75.md'), 'the twin of the edited page is written anew').not.toBe(before.edited);
  // The search index is made again, and its files that came out the same are the published ones.
  const fragmentsAfter = [...fragments()];
  const same = fragmentsAfter.filter(([name, inode]) => fragmentsBefore.get(name) === inode).length;
  expect(same, 'search fragments taken from the published index').toBeGreaterThan(100);
  expect(fragmentsAfter.length - same, 'the edited page’s fragment is new').toBeGreaterThan(0);
  const cold = await buildContent(content, { env: { GUIDEPOST_CACHE: 'off' } });
  expect(cold.status, cold.output).toBe(0);
  const files = filesOf(cold.dist);
  expect(filesOf(dist), 'the same files').toEqual(files);
  const differing = files.filter((name) => !readFileSync(join(cold.dist, name)).equals(readFileSync(join(dist, name))));
  expect(differing, 'files that differ between the rebuild and a cold build').toEqual([]);
  expect(readFileSync(join(dist, 'whole-guide/2/index.html'), 'utf8')).toContain('A paragraph written after the first build.');
});

/** The pages Astro rendered, from its log (one line per page written): the rest of a rebuilt site was taken over. */
const renderedPages = (output: string) => [...output.matchAll(/[├└]─ \/(\S+\.html)/g)].map((match) => match[1]!).sort();

/** A guide image, shown above the comparison of the category file `file`. */
function addImage(guideDir: string, file: string) {
  mkdirSync(join(guideDir, 'images'), { recursive: true });
  writeFileSync(join(guideDir, 'images/dot.svg'), '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="40"><circle cx="20" cy="20" r="18"/></svg>\n');
  const path = join(guideDir, file);
  writeFileSync(path, readFileSync(path, 'utf8').replace('\n<Comparison>\n', '\n![A dot, to show an image](../images/dot.svg)\n\n<Comparison>\n'));
}

test('in a library a rebuild takes the pages of every guide an edit is not in, images included', async () => {
  const content = mkdtempSync(join(tmpdir(), 'guidepost-library-'));
  process.on('exit', () => rmSync(content, { recursive: true, force: true }));
  writeSyntheticLibrary(content, 3, 13);
  // An image on pages that are taken over: the Markdown twins and the image files still need it prepared.
  addImage(join(content, 'guides/guide-2'), 'categories/category-3.mdx');
  const dist = siteFolder();
  const first = await buildContent(content, { dist });
  expect(first.status, first.output).toBe(0);

  const file = join(content, 'guides/guide-1/categories/category-7.mdx');
  writeFileSync(file, readFileSync(file, 'utf8').replace(/^(<Side [^>]*>\n)/m, '$1\nA paragraph written after the first build.\n'));
  const rebuilt = await buildContent(content, { dist });
  expect(rebuilt.status, rebuilt.output).toBe(0);
  // The edited page and its guide's pages that show all of it, and the site's own pages; the rest is taken.
  const rendered = renderedPages(rebuilt.output);
  expect(rendered).toContain('guide-1/category-7/index.html');
  expect(rendered).toContain('guide-1/index.html');
  expect(rendered).toContain('index.html');
  expect(rendered.filter((page) => page.startsWith('guide-2/') || page.startsWith('guide-3/') || /^guide-1\/category-(?!7\/)/.test(page))).toEqual([]);

  const cold = await buildContent(content, { env: { GUIDEPOST_CACHE: 'off' } });
  expect(cold.status, cold.output).toBe(0);
  const files = filesOf(cold.dist);
  expect(
    files.some((name) => name.startsWith('_astro/dot.')),
    'the image is written',
  ).toBe(true);
  expect(filesOf(dist), 'the same files').toEqual(files);
  const differing = files.filter((name) => !readFileSync(join(cold.dist, name)).equals(readFileSync(join(dist, name))));
  expect(differing, 'files that differ between the rebuild and a cold build').toEqual([]);
});
