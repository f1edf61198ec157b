import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { buildCopy } from '../support/build.ts';
import { contentCopy, replaceIn, threeServices } from '../support/content-copy.ts';
import { buildArgs } from '../support/build-command.ts';

const projectRoot = resolve(import.meta.dirname, '../..');
/** The builds kept beside the site: only the published one, once a build has finished. */
const builds = (dist: string) => (existsSync(`${dist}.builds`) ? readdirSync(`${dist}.builds`) : []);

// The catalogue of author mistakes and their messages is in tests/unit/author-mistakes.test.ts; here,
// what a refused guide does to the site on disk: nothing at all.

test('a refused guide fails the build with its messages and leaves no site, not even a partial one', async () => {
  const result = await buildCopy(replaceIn('categories/speed.mdx', '<Side service="gamma">', '<Side service="gama">'), { source: threeServices });
  expect(result.status).toBe(1);
  expect(result.output).toMatch(/categories\/speed\.mdx:\d+:\d+: <Side service="gama">: "gama" is not a service of this guide/);
  expect(result.output).toContain('the build stopped before writing anything');
  expect(existsSync(result.dist), 'no site').toBe(false);
  expect(builds(result.dist), 'no half-built site').toEqual([]);
});

test('a failed build leaves the previous site exactly as it was', async () => {
  const good = await buildCopy(undefined, { source: threeServices });
  expect(good.status, good.output).toBe(0);
  const before = readFileSync(join(good.dist, 'storage/index.html'), 'utf8');
  const bad = await buildCopy(replaceIn('categories/storage.mdx', /^title: Storage\n/m, ''), { source: threeServices, dist: good.dist });
  expect(bad.status).toBe(1);
  expect(bad.output).toContain(`${good.dist} still holds the previous build`);
  expect(readFileSync(join(good.dist, 'storage/index.html'), 'utf8')).toBe(before);
  expect(builds(good.dist)).toHaveLength(1);
});

test('a build that fails after its pages were written leaves nothing of itself, its search index included', async () => {
  // A "browser" that exits at once: the pages and the index are made, then printing the PDF fails.
  const result = await buildCopy(undefined, { source: threeServices, pdf: true, env: { GUIDEPOST_CHROMIUM: '/bin/false' } });
  expect(result.status).toBe(1);
  expect(result.output).toContain('PDF: Chromium at /bin/false could not print the guide');
  expect(builds(result.dist), 'no build folder, no staged search index').toEqual([]);
});

/** Starts a build of `content` into `dist`, and kills it when its output shows `moment`. */
async function killBuildAt(content: string, dist: string, moment: RegExp, signal: NodeJS.Signals, env: NodeJS.ProcessEnv = {}) {
  const child = spawn(process.execPath, buildArgs(), {
    cwd: projectRoot,
    env: { ...process.env, ...env, GUIDE_CONTENT: content, GUIDEPOST_DIST: dist, NO_COLOR: '1' },
  });
  let output = '';
  await new Promise<void>((done, fail) => {
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk;
      if (moment.test(output)) {
        child.kill(signal);
        done();
      }
    });
    child.on('close', () => fail(new Error(`the build ended before ${moment}:\n${output}`)));
  });
  await new Promise((done) => child.on('close', done));
}

test('a build killed at any moment leaves the previous site whole, and the next build recovers alone', async () => {
  const first = await buildCopy(undefined, { source: threeServices });
  expect(first.status, first.output).toBe(0);
  const page = join(first.dist, 'storage/index.html');
  const before = readFileSync(page, 'utf8');
  const renamed = contentCopy(replaceIn('categories/storage.mdx', /^title: Storage$/m, 'title: Storage renamed'), threeServices);

  // The worst moment: the new site complete and linked, the link not yet in place.
  await killBuildAt(renamed, first.dist, /paused at swap/, 'SIGKILL', { GUIDEPOST_PAUSE_AT: 'swap' });
  expect(readFileSync(page, 'utf8'), 'the previous site, whole').toBe(before);
  expect(existsSync(join(first.dist, 'index.html'))).toBe(true);
  // In the middle of writing pages.
  await killBuildAt(renamed, first.dist, /generating static routes/, 'SIGINT');
  expect(readFileSync(page, 'utf8'), 'the previous site, whole').toBe(before);

  const next = await buildCopy(replaceIn('categories/storage.mdx', /^title: Storage$/m, 'title: Storage renamed'), { source: threeServices, dist: first.dist });
  expect(next.status, next.output).toBe(0);
  expect(readFileSync(page, 'utf8')).toContain('Storage renamed');
  expect(builds(first.dist), 'the leftovers of the killed builds are gone').toHaveLength(1);
  expect(existsSync(`${first.dist}.next`)).toBe(false);
});
