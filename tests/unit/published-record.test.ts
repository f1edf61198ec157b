import assert from 'node:assert/strict';
import { appendFileSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { publishedRecord, recordPublished } from '../../src/cli/published-record.ts';
import { buildInputs } from '../../src/site/build-inputs.ts';
import { readSettings } from '../../src/site/settings.ts';
import { projectRoot } from '../support/load.ts';

// A rebuild with nothing changed keeps the published site (src/cli/published-record.ts): these are the
// changes that must make it build, and the one case where it may not.
const scratch = mkdtempSync(join(tmpdir(), 'guidepost-record-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

/** A content folder, a published site (a link to a build folder, as publish.ts leaves it) and a cache. */
function published(name: string) {
  const root = join(scratch, name);
  const content = join(root, 'content');
  mkdirSync(join(content, 'categories'), { recursive: true });
  writeFileSync(join(content, 'guide.yaml'), 'title: A guide\n');
  writeFileSync(join(content, 'categories/cost.mdx'), '---\ntitle: Cost\n---\n');
  const build = join(root, 'dist.builds', 'one');
  mkdirSync(join(build, 'cost'), { recursive: true });
  writeFileSync(join(build, 'index.html'), '<h1>A guide</h1>');
  writeFileSync(join(build, 'cost/index.html'), '<h1>Cost</h1>');
  symlinkSync(join('dist.builds', 'one'), join(root, 'dist'));
  const env = { GUIDE_CONTENT: content, GUIDEPOST_DIST: join(root, 'dist'), GUIDEPOST_CACHE: join(root, 'cache'), GUIDEPOST_PDF: 'off' };
  const settings = readSettings(env);
  recordPublished(settings, buildInputs(settings, projectRoot).all, new Map());
  return { root, content, build, env, settings };
}

const unchanged = (env: NodeJS.ProcessEnv) => {
  const settings = readSettings(env);
  return publishedRecord(settings)?.inputs === buildInputs(settings, projectRoot).all;
};

describe('a rebuild with nothing changed', () => {
  it('keeps the site published from the same content, settings and generator', () => {
    const { env } = published('same');
    assert.equal(unchanged(env), true);
  });

  it('builds after a content file is edited, added or removed', () => {
    const edited = published('edited');
    appendFileSync(join(edited.content, 'categories/cost.mdx'), '\nA new sentence.\n');
    assert.equal(unchanged(edited.env), false);
    const added = published('added');
    writeFileSync(join(added.content, 'categories/latency.mdx'), '---\ntitle: Latency\n---\n');
    assert.equal(unchanged(added.env), false);
    const removed = published('removed');
    rmSync(join(removed.content, 'categories/cost.mdx'));
    assert.equal(unchanged(removed.env), false);
  });

  it('builds when a setting that shapes the output changes', () => {
    const { env } = published('settings');
    assert.equal(unchanged({ ...env, BASE_PATH: '/docs/' }), false);
    assert.equal(unchanged({ ...env, SITE_URL: 'https://guides.example.com' }), false);
    assert.equal(unchanged({ ...env, SOURCE_DATE_EPOCH: '1700000000' }), false);
    assert.equal(unchanged({ ...env, GUIDEPOST_PDF: 'auto' }), false);
    assert.equal(unchanged(env), true);
  });

  it('builds when the published site was changed by hand: a file edited, touched, added or removed', () => {
    const edited = published('site-edited');
    appendFileSync(join(edited.build, 'cost/index.html'), '<p>by hand</p>');
    assert.equal(unchanged(edited.env), false);
    const touched = published('site-touched');
    utimesSync(join(touched.build, 'index.html'), new Date(2001, 0, 1), new Date(2001, 0, 1));
    assert.equal(unchanged(touched.env), false);
    const added = published('site-added');
    writeFileSync(join(added.build, 'extra.html'), '');
    assert.equal(unchanged(added.env), false);
    const removed = published('site-removed');
    rmSync(join(removed.build, 'cost/index.html'));
    assert.equal(unchanged(removed.env), false);
  });

  it('builds when the site is gone or points at another build', () => {
    const gone = published('gone');
    rmSync(join(gone.root, 'dist'));
    assert.equal(unchanged(gone.env), false);
    const other = published('other');
    mkdirSync(join(other.root, 'dist.builds', 'two'));
    rmSync(join(other.root, 'dist'));
    symlinkSync(join('dist.builds', 'two'), join(other.root, 'dist'));
    assert.equal(unchanged(other.env), false);
  });

  it('always builds without the cache, and then keeps no record', () => {
    const { env, root } = published('no-cache');
    assert.equal(unchanged({ ...env, GUIDEPOST_CACHE: 'off' }), false);
    const fresh = { ...env, GUIDEPOST_CACHE: join(root, 'other-cache') };
    const settings = readSettings({ ...fresh, GUIDEPOST_CACHE: 'off' });
    recordPublished(settings, buildInputs(settings, projectRoot).all, new Map());
    assert.equal(unchanged(fresh), false, 'no record was written for a build without the cache');
  });
});

describe('what a build reads', () => {
  it('follows symbolic links in the content folder: an edit in a linked guide is an edit of the library', () => {
    const { content, env } = published('linked');
    const elsewhere = join(scratch, 'linked-guide');
    mkdirSync(join(elsewhere, 'categories'), { recursive: true });
    writeFileSync(join(elsewhere, 'categories/storage.mdx'), '---\ntitle: Storage\n---\n');
    symlinkSync(elsewhere, join(content, 'linked'));
    const settings = readSettings(env);
    const before = buildInputs(settings, projectRoot);
    assert.ok(before.contentFile(join(content, 'linked/categories/storage.mdx')), 'a file reached through the link is read');
    appendFileSync(join(elsewhere, 'categories/storage.mdx'), '\nA new sentence.\n');
    assert.notEqual(buildInputs(settings, projectRoot).all, before.all);
  });

  it('reads a folder linked back into itself once', () => {
    const { content, env } = published('cycle');
    symlinkSync(content, join(content, 'again'));
    const inputs = buildInputs(readSettings(env), projectRoot);
    assert.equal(inputs.contentFile(join(content, 'again/guide.yaml')), undefined);
    assert.ok(inputs.contentFile(join(content, 'guide.yaml')));
  });
});
