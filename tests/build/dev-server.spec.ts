import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { chromium, expect, test, type Browser } from '@playwright/test';
import { contentCopy } from '../support/content-copy.ts';

// An author writing with `npm run dev` sees a content mistake in the browser, where they are looking: the
// error overlay names the file and line and puts the cause first; fixing the file brings the page back.
const projectRoot = resolve(import.meta.dirname, '../..');
let server: ChildProcess;
let url: string;
let content: string;
let browser: Browser;

const freePort = async () => {
  const probe = createServer().listen(0);
  await once(probe, 'listening');
  const { port } = probe.address() as { port: number };
  probe.close();
  return port;
};

test.beforeAll(async () => {
  content = contentCopy();
  const port = await freePort();
  // The npm script itself, so a broken `dev` script fails here.
  server = spawn('npm', ['run', 'dev', '--', '--port', String(port)], {
    cwd: projectRoot,
    env: { ...process.env, GUIDE_CONTENT: content, NO_COLOR: '1' },
    detached: true,
  });
  let log = '';
  await new Promise<void>((ready, fail) => {
    const timer = setTimeout(() => fail(new Error(`the dev server did not start:\n${log}`)), 60_000);
    server.stdout?.on('data', (chunk: Buffer) => {
      log += chunk;
      if (/watching for file changes/.test(log)) {
        clearTimeout(timer);
        ready();
      }
    });
    server.stderr?.on('data', (chunk: Buffer) => (log += chunk));
  });
  url = `http://localhost:${port}/`;
  browser = await chromium.launch(test.info().project.use.launchOptions);
});
test.afterAll(async () => {
  await browser?.close();
  if (server?.pid) process.kill(-server.pid);
});

const edit = (file: string, from: string | RegExp, to: string) => {
  const path = join(content, file);
  writeFileSync(path, readFileSync(path, 'utf8').replace(from, to));
};
/** The overlay's text, read again if a reload the server sends replaces the page while it is read. */
async function overlayText(page: import('@playwright/test').Page): Promise<Record<string, string>> {
  let text: Record<string, string> = {};
  await expect(async () => {
    text = await page
      .locator('vite-error-overlay')
      .evaluate((element) =>
        Object.fromEntries(
          ['title', 'message', 'hint', 'code'].map((id) => [id, element.shadowRoot?.querySelector(`#${id}`)?.textContent?.replace(/\s+/g, ' ').trim() ?? '']),
        ),
      );
  }).toPass({ timeout: 15_000 });
  return text;
}

/**
 * Gives the server's own reload a few seconds to bring the page to `state`; a page that missed it is then
 * reloaded, as an author would. Says whether it reloaded.
 */
async function reloadUnless(page: import('@playwright/test').Page, state: () => Promise<boolean>): Promise<boolean> {
  if (await state()) return false;
  await page.waitForTimeout(3_000);
  if (await state()) return false;
  await page.reload();
  return true;
}

/** After a mistake the overlay shows, on the server's reload, or (as in pageIsBack) on the author's own. */
async function overlayShows(page: import('@playwright/test').Page) {
  await expect(async () => {
    await reloadUnless(page, async () => (await page.locator('vite-error-overlay').count()) > 0);
    await expect(page.locator('vite-error-overlay')).toHaveCount(1, { timeout: 10_000 });
  }).toPass({ timeout: 45_000 });
}

/**
 * After a fix the page shows again: the server reloads it once the guide is read again. On a very busy
 * machine the error page can miss that message while it connects; it is then reloaded as an author would,
 * which still proves the server recovered (the model is read again, the page renders, no overlay).
 */
async function pageIsBack(page: import('@playwright/test').Page, title: string) {
  await expect(async () => {
    // A page that missed the reload keeps the overlay over the page as it was before the mistake, whose h1
    // may already be the title: it is back only with the title and no overlay.
    await reloadUnless(
      page,
      async () => (await page.locator('vite-error-overlay').count()) === 0 && (await page.locator('h1').first().textContent()) === title,
    );
    await expect(page.locator('h1')).toHaveText(title, { timeout: 5_000 });
    await expect(page.locator('vite-error-overlay')).toHaveCount(0);
  }).toPass({ timeout: 45_000 });
}

test('a misspelled frontmatter key and a wrong <Side> show in the browser with file, line and cause, two mistakes both; fixing them brings the page back', async () => {
  test.setTimeout(180_000);
  const page = await browser.newPage();
  await page.goto(`${url}storage/`);
  await expect(page.locator('h1')).toHaveText('Storage');

  // The dev server serves the page's other forms too.
  const twin = await page.request.get(`${url}storage.md`);
  expect(twin.headers()['content-type']).toMatch(/^text\/markdown/);
  expect((await twin.text()).split('\n')[0]).toBe('# Storage');
  expect((await page.request.get(`${url}llms.txt`)).status()).toBe(200);

  edit('categories/storage.mdx', /^title:/m, 'tittle:');
  await overlayShows(page);
  const typo = await overlayText(page);
  expect(typo.title).toBe('A mistake in the guide’s content');
  expect(typo.message).toMatch(
    /^The guide's content has a mistake: - \S*categories\/storage\.mdx:\d+: tittle: unknown key "tittle" \(did you mean "title"\?\)/,
  );
  expect(typo.code).toContain('categories/storage.mdx:');

  edit('categories/storage.mdx', /^tittle:/m, 'title:');
  await pageIsBack(page, 'Storage');

  // The author opens another page and breaks it while looking at it. (A reload the server sends for the
  // previous fix may cut the navigation short: then it is simply opened again.)
  await expect(async () => {
    await page.goto(`${url}speed/`);
    await expect(page.locator('h1')).toHaveText('Speed', { timeout: 2_000 });
  }).toPass({ timeout: 30_000 });
  edit('categories/speed.mdx', '<Side service="gamma">', '<Side service="gama">');
  await overlayShows(page);
  const side = await overlayText(page);
  expect(side.message).toMatch(/ - \S*categories\/speed\.mdx:\d+:\d+: <Side service="gama">: "gama" is not a service of this guide/);
  expect(side.hint).toContain('Expected one of "alpha", "beta", "gamma"');

  // A second mistake in another file while the first stands: the overlay lists both, not only the first.
  edit('categories/storage.mdx', /^title:/m, 'tittle:');
  let reloaded = false;
  await expect(async () => {
    // As in pageIsBack: a page that missed the server's reload is reloaded once, as an author would.
    if (!reloaded) {
      reloaded = await reloadUnless(page, async () => (await overlayText(page).catch(() => ({ title: '' }))).title === '2 mistakes in the guide’s content');
      if (reloaded) await expect(page.locator('vite-error-overlay')).toHaveCount(1, { timeout: 10_000 });
    }
    const both = await overlayText(page);
    expect(both.title).toBe('2 mistakes in the guide’s content');
    expect(both.message).toMatch(/speed\.mdx:\d+:\d+: <Side service="gama">.* - \S*storage\.mdx:\d+: tittle: unknown key/);
  }).toPass({ timeout: 40_000 });
  edit('categories/storage.mdx', /^tittle:/m, 'title:');
  edit('categories/speed.mdx', '<Side service="gama">', '<Side service="gamma">');
  await pageIsBack(page, 'Speed');
});
