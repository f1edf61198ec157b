import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { integrationsUnknown, takeOverPages } from '../../src/site/page-reuse.ts';

// What a rebuild takes from the published site, and when it takes nothing (src/site/page-reuse.ts).
const scratch = mkdtempSync(join(tmpdir(), 'guidepost-page-reuse-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

describe('taking pages over from the published site', () => {
  it('takes nothing when astro.config.mjs adds an integration Guidepost does not know', () => {
    assert.deepEqual(integrationsUnknown([{ name: 'guidepost' }, { name: '@astrojs/mdx' }]), []);
    // A sitemap of the site's own lists only what Astro rendered; a minifier rewrites pages in place.
    assert.deepEqual(integrationsUnknown([{ name: 'guidepost' }, { name: '@astrojs/sitemap' }, { name: 'astro-compress' }]), [
      '@astrojs/sitemap',
      'astro-compress',
    ]);
  });

  it('links the pages and their twins into the new build, and never over a page Astro rendered', () => {
    const published = join(scratch, 'published');
    const build = join(scratch, 'build');
    mkdirSync(join(published, 'cost'), { recursive: true });
    mkdirSync(join(published, 'limits'), { recursive: true });
    mkdirSync(join(build, 'limits'), { recursive: true });
    writeFileSync(join(published, 'cost/index.html'), '<h1>Cost</h1>');
    writeFileSync(join(published, 'cost.md'), '# Cost\n');
    writeFileSync(join(published, 'limits/index.html'), '<h1>Limits</h1>');
    writeFileSync(join(build, 'limits/index.html'), '<h1>Limits, rendered</h1>');
    takeOverPages({ from: published, pages: new Set(['cost/index.html']) }, build, ['cost.md']);
    assert.equal(statSync(join(build, 'cost/index.html')).ino, statSync(join(published, 'cost/index.html')).ino);
    assert.equal(statSync(join(build, 'cost.md')).ino, statSync(join(published, 'cost.md')).ino);
    assert.throws(() => takeOverPages({ from: published, pages: new Set(['limits/index.html']) }, build), /EEXIST/);
  });
});
