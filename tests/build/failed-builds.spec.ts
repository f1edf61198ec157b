import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { buildCopy } from '../support/build.ts';
import { replaceIn, threeServices } from '../support/content-copy.ts';

// The catalogue of author mistakes and their messages is in tests/unit/author-mistakes.test.ts; here,
// what a refused guide does to the site on disk: nothing at all.

test('a refused guide fails the build with its messages and leaves no site, not even a partial one', async () => {
  const result = await buildCopy(replaceIn('categories/speed.mdx', '<Side service="gamma">', '<Side service="gama">'), { source: threeServices });
  expect(result.status).toBe(1);
  expect(result.output).toMatch(/categories\/speed\.mdx:\d+:\d+: <Side service="gama">: "gama" is not a service of this guide/);
  expect(result.output).toContain('the build stopped before writing anything');
  expect(existsSync(result.dist), 'no site').toBe(false);
  expect(existsSync(`${result.dist}.partial`), 'no half-built site').toBe(false);
});

test('a failed build leaves the previous site exactly as it was', async () => {
  const good = await buildCopy(undefined, { source: threeServices });
  expect(good.status, good.output).toBe(0);
  const before = readFileSync(join(good.dist, 'storage/index.html'), 'utf8');
  const bad = await buildCopy(replaceIn('categories/storage.mdx', /^title: Storage\n/m, ''), { source: threeServices, dist: good.dist });
  expect(bad.status).toBe(1);
  expect(bad.output).toContain(`${good.dist} still holds the previous build`);
  expect(readFileSync(join(good.dist, 'storage/index.html'), 'utf8')).toBe(before);
  expect(existsSync(`${good.dist}.partial`)).toBe(false);
});
