import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { parseForm, parsePage, readBuiltSite } from '../../src/postbuild/output.ts';
import { filesReadBefore, rememberFilesRead } from '../../src/postbuild/read-pages-cache.ts';
import { readSettings } from '../../src/site/settings.ts';

// A rebuild checks the links of the pages it takes over from what was read of them when they were written
// (src/postbuild/read-pages-cache.ts): only of the pages it takes, only from the build it takes them from.
// Resolved, as the store names the build it read (the system's temporary folder may be behind a link).
const scratch = realpathSync(mkdtempSync(join(tmpdir(), 'guidepost-read-pages-')));
after(() => rmSync(scratch, { recursive: true, force: true }));

const settings = readSettings({ GUIDEPOST_DIST: join(scratch, 'dist'), GUIDEPOST_CACHE: join(scratch, 'cache'), GUIDEPOST_PDF: 'off' });
const build = join(scratch, 'dist.builds', 'one');
mkdirSync(join(build, 'cost'), { recursive: true });
const cost = parsePage('/cost/', '<main id="main"><h2 id="north">North</h2><a href="/limits/#south">Limits</a><a href="/">Home</a></main>');
const limits = parsePage('/limits/', '<main id="main"><h2 id="south">South</h2><a href="/">Home</a></main>');
const costTwin = parseForm('/cost.md', '# Cost\n\nSee [the limits](/limits/#south).\n');
rememberFilesRead(settings, build, [
  ['cost/index.html', cost],
  ['limits/index.html', limits],
  ['cost.md', costTwin],
]);

describe('what was read of the pages a rebuild takes over', () => {
  it('gives back the pages taken and their twins, as they were read', () => {
    const taken = filesReadBefore(settings, { from: build, pages: new Set(['cost/index.html']) });
    assert.deepEqual([...taken.keys()].sort(), ['cost.md', 'cost/index.html']);
    assert.deepEqual(taken.get('cost/index.html'), cost);
    assert.deepEqual(taken.get('cost.md'), costTwin);
  });

  it('gives nothing for pages taken from another build', () => {
    assert.equal(filesReadBefore(settings, { from: join(scratch, 'dist.builds', 'two'), pages: new Set(['cost/index.html']) }).size, 0);
    assert.equal(filesReadBefore(settings, undefined).size, 0);
  });

  it('reads a page that is not taken from its file, and uses what was read of one that is', () => {
    const site = join(scratch, 'site');
    mkdirSync(join(site, 'cost'), { recursive: true });
    mkdirSync(join(site, 'limits'), { recursive: true });
    // The page on disk differs from what was read of it, which tells which of the two the check used.
    writeFileSync(join(site, 'cost/index.html'), '<main id="main"><h2 id="changed">Changed</h2></main>');
    writeFileSync(join(site, 'limits/index.html'), '<main id="main"><h2 id="east">East</h2></main>');
    const taken = filesReadBefore(settings, { from: build, pages: new Set(['cost/index.html']) });
    const read = readBuiltSite(site, '/', taken);
    assert.deepEqual(read.pages.get('cost/index.html'), cost);
    assert.deepEqual(read.pages.get('limits/index.html')?.ids, ['main', 'east']);
  });

  it('keeps nothing when the build runs without a cache', () => {
    const uncached = readSettings({ GUIDEPOST_DIST: join(scratch, 'dist'), GUIDEPOST_CACHE: 'off', GUIDEPOST_PDF: 'off' });
    rememberFilesRead(uncached, build, [['cost/index.html', limits]]);
    assert.equal(filesReadBefore(uncached, { from: build, pages: new Set(['cost/index.html']) }).size, 0);
    // Nor does it touch what a build with the cache kept.
    assert.deepEqual(filesReadBefore(settings, { from: build, pages: new Set(['cost/index.html']) }).get('cost/index.html'), cost);
  });

  it('reads a store of another shape as no store', () => {
    rememberFilesRead(settings, build, [['cost/index.html', cost]]);
    const store = join(scratch, 'cache', 'published');
    for (const file of readdirSync(store).filter((name) => name.includes('.pages.')))
      writeFileSync(join(store, file), JSON.stringify({ build, texts: ['/cost/'], pages: { 'cost/index.html': [0, [7], 'links'] } }));
    assert.equal(filesReadBefore(settings, { from: build, pages: new Set(['cost/index.html']) }).size, 0);
  });

  it('keeps the published build’s store when a build that writes its own fails, and drops the stores of builds gone', () => {
    const root = join(scratch, 'site-with-link');
    const site = readSettings({ GUIDEPOST_DIST: join(root, 'dist'), GUIDEPOST_CACHE: join(root, 'cache'), GUIDEPOST_PDF: 'off' });
    const buildNamed = (name: string) => {
      const folder = join(root, 'dist.builds', name);
      mkdirSync(folder, { recursive: true });
      return folder;
    };
    const [one, two, three] = [buildNamed('one'), buildNamed('two'), buildNamed('three')];
    const taken = (from: string) => filesReadBefore(site, { from, pages: new Set(['cost/index.html']) }).get('cost/index.html');
    rememberFilesRead(site, one, [['cost/index.html', cost]]);
    symlinkSync(join('dist.builds', 'one'), join(root, 'dist'));
    // Build two wrote its store, then failed: the site is still build one, whose store a rebuild takes from.
    rememberFilesRead(site, two, [['cost/index.html', limits]]);
    assert.deepEqual(taken(one), cost);
    // Build three keeps its own and the published one's; two's is gone.
    rememberFilesRead(site, three, [['cost/index.html', limits]]);
    assert.deepEqual(taken(one), cost);
    assert.deepEqual(taken(three), limits);
    assert.equal(taken(two), undefined);
  });
});
