import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { inlineStore } from '../../src/guide/content/inline-store.ts';
import { contentCopy, messaging, replaceIn } from '../support/content-copy.ts';
import { mistakesIn, validate } from '../support/load.ts';

// The compile cache is a help, never a condition: whatever state it is in, the guide reads as it would cold.
const scratch = mkdtempSync(join(tmpdir(), 'guidepost-cache-test-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

/** What the guide became, as data: every category's blocks and the short fields, without the source positions. */
async function modelOf(content: string, cache: string) {
  inlineStore().clear();
  const site = await validate(content, { GUIDEPOST_CACHE: cache });
  const { categories, introduction } = site.guides[0]!.guide;
  return JSON.stringify({ categories, introduction, short: [...inlineStore()].sort() }, (key, value) => (key === 'position' ? undefined : value));
}

const entries = (cache: string) => readdirSync(join(cache, 'mdx'), { recursive: true }).filter((name) => String(name).endsWith('.bin')).length;

describe('the compile cache', () => {
  const content = contentCopy(undefined, messaging);

  it('gives the guide a cold read gives, from an empty cache and from a full one', async () => {
    const cache = join(scratch, 'fresh');
    const cold = await modelOf(content, 'off');
    assert.equal(await modelOf(content, cache), cold);
    assert.ok(entries(cache) > 10, 'the first read filled the cache');
    assert.equal(await modelOf(content, cache), cold);
  });

  it('reads cold when its folder cannot be made, or its entries are corrupt', async () => {
    const cold = await modelOf(content, 'off');
    const blocked = join(scratch, 'a-file');
    writeFileSync(blocked, 'not a folder');
    assert.equal(await modelOf(content, blocked), cold);

    const corrupt = join(scratch, 'corrupt');
    await modelOf(content, corrupt);
    for (const name of readdirSync(join(corrupt, 'mdx'), { recursive: true })
      .map(String)
      .filter((name) => name.endsWith('.bin')))
      writeFileSync(join(corrupt, 'mdx', name), name.length % 2 ? '' : 'garbage');
    assert.equal(await modelOf(content, corrupt), cold);
  });

  it('still reports a mistake in a file it holds an earlier compile of', async () => {
    const cache = join(scratch, 'mistakes');
    const broken = contentCopy(undefined, messaging);
    await validate(broken, { GUIDEPOST_CACHE: cache });
    replaceIn('categories/latency.mdx', /<Side service="sqs">/, '<Side service="sq">')(broken);
    const cold = await mistakesIn(broken);
    assert.ok(cold.length > 0);
    // Twice: the first read compiles the edited file, the second must not find it kept without its mistake.
    for (let read = 0; read < 2; read++)
      await assert.rejects(validate(broken, { GUIDEPOST_CACHE: cache }), (error: { mistakes?: { message: string }[] }) => {
        assert.deepEqual(
          error.mistakes?.map((mistake) => mistake.message),
          cold,
        );
        return true;
      });
  });

  it('takes "off", "false" and "0" for a cold build, not for a folder', async () => {
    const { readSettings } = await import('../../src/site/settings.ts');
    for (const value of ['off', 'false', '0', 'OFF']) assert.equal(readSettings({ GUIDEPOST_CACHE: value }).cacheDir, undefined);
  });
});
