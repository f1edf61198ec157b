import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, expect, request, test, type Browser } from '@playwright/test';
import { writeSyntheticGuide } from '../bench/synthetic-guide.ts';
import { buildCopy } from '../support/build.ts';
import { readPdf } from '../support/pdf.ts';
import { expectGuideForms } from '../support/forms.ts';
import { threeServices } from '../support/content-copy.ts';
import { fixtureSite } from '../support/fixture-sites.ts';
import { readGuide } from '../support/guide-content.ts';
import { serveSite } from '../support/serve.ts';

// Guidepost builds any guide of the same shape: these tests use an invented guide of three services.
const fixture = threeServices;
const projectRoot = resolve(import.meta.dirname, '../..');
const { guide, categories } = readGuide(fixture);
const serviceNames = guide.services.map((service) => service.name);

let browser: Browser;
test.beforeAll(async () => {
  browser = await chromium.launch(test.info().project.use.launchOptions);
});
test.afterAll(() => browser.close());

test('a guide of three services builds with no code change and shows three sides everywhere', async () => {
  // Built (with its PDF) once for the run by the global setup.
  const server = fixtureSite('threeServices');
  const page = await browser.newPage();
  await page.goto(server.url);
  const table = page.getByRole('table');
  await expect(table.locator('thead th')).toHaveText(['Category', ...guide.services.map((service) => service.shortName)]);
  await expect(table.locator('tbody tr')).toHaveCount(categories.length);
  for (const category of categories) {
    await page.goto(`${server.url}${category.slug}/`);
    await expect(page.locator('section.side h2')).toHaveText(serviceNames);
  }
  await page.goto(`${server.url}search/?q=pebbles`);
  await expect(page.locator('main .search-status')).toHaveText(/results? for “pebbles”/);
  const storage = page.locator('main .search-results > li').filter({ hasText: 'Storage' });
  const sections = await storage.locator('.result-sections a').allTextContents();
  expect(sections.filter((name) => serviceNames.includes(name))).toEqual(serviceNames);
  await page.goto(`${server.url}search/?q=quicksilvering&service=gamma`);
  await expect(page.locator('main .search-results a.result-title')).toHaveText(['Speed: Fixture Gamma']);
  // This guide defines no decision helper: no page, and no link to one.
  expect((await page.goto(`${server.url}decide/`))?.status()).toBe(404);
  await page.goto(`${server.url}${categories[0]!.slug}/`);
  await expect(page.locator('a[href$="/decide/"]')).toHaveCount(0);
  // Its other forms hold the three services too.
  const api = await request.newContext();
  await expectGuideForms(api, server.url, { title: guide.title, services: guide.services, categories });
  expect((await api.get(`${server.url}decide.md`)).status()).toBe(404);
  await api.dispose();
  await page.close();
});

test('new:category adds a category that builds, with one side per service and the next order', async () => {
  const result = await buildCopy(
    (dir) => {
      const created = spawnSync(process.execPath, ['src/cli/new-category.ts', 'Pebble sorting'], {
        cwd: projectRoot,
        env: { ...process.env, GUIDE_CONTENT: dir },
        encoding: 'utf8',
      });
      expect(created.status, created.stderr).toBe(0);
      const path = join(dir, 'categories/pebble-sorting.mdx');
      const text = readFileSync(path, 'utf8');
      expect(text).toMatch(/^order: 3$/m);
      for (const service of guide.services) expect(text).toContain(`<Side service="${service.id}">`);
      // The placeholders are marked; the build refuses them until an author writes the category.
      writeFileSync(path, text.replace(/TODO: one line on/g, 'Sorting pebbles:').replace(/TODO: how (.*) handles/g, '$1 sorts pebbles by'));
      const again = spawnSync(process.execPath, ['src/cli/new-category.ts', 'Pebble sorting'], {
        cwd: projectRoot,
        env: { ...process.env, GUIDE_CONTENT: dir },
        encoding: 'utf8',
      });
      expect(again.status).toBe(1);
      expect(again.stderr).toContain('categories/pebble-sorting.mdx already exists');
    },
    { source: fixture },
  );
  expect(result.status, result.output).toBe(0);
  const server = await serveSite(result.dist);
  try {
    const page = await browser.newPage();
    await page.goto(`${server.url}pebble-sorting/`);
    await expect(page.locator('h1')).toHaveText('Pebble sorting');
    await expect(page.locator('section.side h2')).toHaveText(serviceNames);
    await expect(page.locator('a[rel="prev"]')).toContainText(categories.at(-1)!.title);
  } finally {
    server.close();
  }
});

test('a guide too large for one page gets the whole guide in linked parts, every category once', async () => {
  const result = await buildCopy(
    (dir) => {
      rmSync(join(dir, 'categories'), { recursive: true });
      writeSyntheticGuide(dir, 60);
    },
    { source: fixture, pdf: true },
  );
  expect(result.status, result.output).toBe(0);
  const server = await serveSite(result.dist);
  try {
    const page = await browser.newPage();
    await page.goto(`${server.url}whole-guide/`);
    await expect(page.getByText('The whole guide, part 1 of 2')).toBeVisible();
    const first = await page.locator('section.guide-category > .heading > h2').allTextContents();
    // A row of the table for a category in part 2 leads there.
    await page.getByRole('table').getByRole('link').last().click();
    await expect(page).toHaveURL(/\/whole-guide\/2\/#category-60$/);
    const second = await page.locator('section.guide-category > .heading > h2').allTextContents();
    expect([...first, ...second]).toHaveLength(60);
    expect(first).toHaveLength(50);
    // The PDF joins the parts: one document, every category once, in order.
    const pdf = await readPdf(new Uint8Array(await (await page.request.get(`${server.url}guide.pdf`)).body()));
    expect(pdf.outline.filter((entry) => entry.level === 2 && entry.title.startsWith('Category ')).map((entry) => entry.title)).toEqual([...first, ...second]);
    await page.locator('a[rel="prev"]').click();
    await expect(page).toHaveURL(`${server.url}whole-guide/`);

    // Above 50 categories, lists go by group: the home page lists the groups, each with its own table,
    // and a category page lists its own group and names the others.
    await page.goto(server.url);
    await expect(page.locator('.glance-groups a')).toHaveText(['Categories 1 to 50', 'Categories 51 to 60']);
    await page.getByRole('link', { name: 'Categories 51 to 60' }).click();
    await expect(page).toHaveURL(`${server.url}at-a-glance/51-60/`);
    await expect(page.getByRole('table').locator('tbody tr')).toHaveCount(10);
    await page.getByRole('table').getByRole('link').first().click();
    await expect(page.locator('h1')).toHaveText(second[0]!);
    const sidebar = page.getByRole('navigation', { name: 'Categories', exact: true });
    await expect(sidebar.locator('ol a')).toHaveText(second);
    await expect(sidebar.locator('ul a')).toHaveText(['Categories 1 to 50']);
    const trail = page.getByRole('navigation', { name: 'Breadcrumb' });
    await trail.getByRole('link', { name: 'Categories 51 to 60' }).click();
    await expect(page).toHaveURL(/\/at-a-glance\/51-60\/#glance-category-51$/);
    // Search filters by group, not by each of sixty categories.
    await page.goto(`${server.url}search/?q=category&group=51-60`);
    await expect(page.getByRole('combobox', { name: 'Categories' }).locator('option')).toHaveText([
      'All categories',
      'Categories 1 to 50',
      'Categories 51 to 60',
    ]);
    await expect(page.locator('main .search-results a.result-title').first()).toBeVisible();
    for (const href of await page
      .locator('main .search-results a.result-title')
      .evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).pathname))) {
      expect(Number(/category-(\d+)/.exec(href)?.[1])).toBeGreaterThan(50);
    }
  } finally {
    server.close();
  }
});

test('categories with a group are listed under it', async () => {
  const result = await buildCopy(
    (dir) => {
      for (const [file, group] of [
        ['speed', 'Performance'],
        ['storage', 'Data'],
      ] as const) {
        const path = join(dir, 'categories', `${file}.mdx`);
        writeFileSync(path, readFileSync(path, 'utf8').replace(/^order:/m, `group: ${group}\norder:`));
      }
    },
    { source: fixture },
  );
  expect(result.status, result.output).toBe(0);
  const server = await serveSite(result.dist);
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${server.url}storage/`);
    const sidebar = page.getByRole('navigation', { name: 'Categories', exact: true });
    // Storage (order 1) comes before Speed (order 2), so its group is listed first.
    await expect(sidebar.locator('.nav-group-title')).toHaveText(['Data', 'Performance']);
    await expect(sidebar.getByRole('list', { name: 'Data' }).getByRole('link')).toHaveText(['Storage']);
    await expect(page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('listitem').nth(1)).toHaveText('Data');
  } finally {
    server.close();
  }
});

test('&, < and quotes in names, titles and headings read as written everywhere text appears', async () => {
  const service = 'Alpha & "Sons" <Ltd>';
  const title = 'Speed & <latency> "fast"';
  const change = 'Launch & "beta" <v1>';
  const result = await buildCopy(
    (dir) => {
      const edit = (file: string, from: string | RegExp, to: string) => {
        const path = join(dir, file);
        writeFileSync(path, readFileSync(path, 'utf8').replace(from, to));
      };
      edit('guide.yaml', 'name: Fixture Alpha', `name: '${service}'`);
      edit('categories/speed.mdx', /^title: Speed$/m, `title: '${title}'`);
      edit('categories/speed.mdx', 'Alpha takes a day to find a pebble.', '### Ties & &lt;knots&gt; "loose"\n\nAlpha takes a day to find a pebble.');
      edit('history.yaml', /change: .*/, `change: '${change}'`);
    },
    { source: fixture },
  );
  expect(result.status, result.output).toBe(0);
  const server = await serveSite(result.dist);
  try {
    const page = await browser.newPage();
    await page.goto(`${server.url}speed/`);
    await expect(page.locator('h1')).toHaveText(title);
    expect(await page.title()).toBe(`${title} · ${guide.title}`);
    await expect(page.locator('section.side h2').first()).toHaveText(service);
    await expect(page.locator('section.side h3').first()).toHaveText('Ties & <knots> “loose”');
    await expect(page.getByRole('navigation', { name: 'On this page' }).getByRole('link').first()).toHaveText(service);
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', title);
    await page.goto(server.url);
    await expect(page.getByRole('table').getByRole('link', { name: title })).toBeVisible();
    await page.goto(`${server.url}search/?q=quicksilvering`);
    await expect(page.locator('main .search-results a.result-title').first()).toHaveText(title);
    await page.goto(`${server.url}history/`);
    await expect(page.locator('tbody th').first()).toHaveText(change);
    const feed = await (await fetch(`${server.url}rss.xml`)).text();
    const parsed = await page.evaluate((xml) => new DOMParser().parseFromString(xml, 'application/xml').querySelector('item > title')?.textContent, feed);
    expect(parsed).toBe(change);
  } finally {
    server.close();
  }
});

test('without a Chromium the build says there is no PDF, and no page offers one', async () => {
  const result = await buildCopy(undefined, { source: fixture, pdf: true, env: { GUIDEPOST_CHROMIUM: '/nonexistent/chromium' } });
  expect(result.status, result.output).toBe(0);
  expect(result.output).toContain('PDF: not written (GUIDEPOST_CHROMIUM=/nonexistent/chromium does not exist); the pages offer none');
  expect(existsSync(join(result.dist, 'guide.pdf'))).toBe(false);
  expect(readFileSync(join(result.dist, 'index.html'), 'utf8')).not.toContain('.pdf');
  expect(readFileSync(join(result.dist, 'whole-guide/index.html'), 'utf8')).not.toContain('.pdf');
  expect(readFileSync(join(result.dist, 'llms.txt'), 'utf8')).not.toContain('.pdf');
});
