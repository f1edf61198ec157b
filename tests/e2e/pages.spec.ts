import { allPages, readGuide } from '../support/guide-content.ts';
import { expect, test } from '../support/test.ts';

const { guide, categories, resources, history } = readGuide();

test.describe('every page', () => {
  for (const path of allPages()) {
    test(`/${path} renders one h1, a title and the independence notice`, async ({ page }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(200);
      await expect(page.locator('h1')).toHaveCount(1);
      await expect(page).toHaveTitle(/\S/);
      await expect(page.locator('footer')).toContainText(/not affiliated with.*Amazon Web Services/s);
      await expect(page.locator('head link[rel="alternate"][type="application/rss+xml"]')).toHaveCount(1);
    });
  }

  test('an unknown address gets the 404 page', async ({ page }) => {
    const response = await page.goto('no-such-page/');
    expect(response?.status()).toBe(404);
    await expect(page.locator('h1')).toHaveText('Page not found');
    await page.getByRole('link', { name: /home page/ }).click();
    await expect(page.locator('h1')).toHaveText(guide.title);
  });
});

test('the home page states purpose, last update, services and introduction', async ({ page }) => {
  await page.goto('');
  const facts = page.locator('dl.facts');
  await expect(facts).toContainText('Purpose');
  await expect(facts).toContainText('September 20, 2024');
  for (const service of guide.services) await expect(facts).toContainText(service.name);
  await expect(page.getByRole('heading', { name: 'Introduction' })).toBeVisible();
  await expect(page.locator('ul.concerns > li')).toHaveCount(7);
});

test('the home page answers first: the question, the services, the helper and the table on a laptop’s first screen', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('');
  const top = (selector: string) =>
    page
      .locator(selector)
      .first()
      .evaluate((element) => element.getBoundingClientRect().top + window.scrollY);
  for (const service of guide.services) await expect(page.locator('.service-lines')).toContainText(service.name);
  expect(await top('main .decide-nudge a')).toBeLessThan(900);
  expect(await top('main table.glance')).toBeLessThan(900);
  // The introduction comes after what the reader came for.
  expect(await top('#introduction')).toBeGreaterThan(await top('main table.glance'));
});

test('on a 360 px phone the header is compact and the table is one scroll away', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('');
  expect((await page.locator('.site-header').boundingBox())!.height).toBeLessThanOrEqual(110);
  expect(await page.locator('main table.glance').evaluate((element) => element.getBoundingClientRect().top + window.scrollY)).toBeLessThan(2 * 740);
  // Search is a full-size target named Search, even when drawn as a magnifier alone.
  const search = page.getByRole('link', { name: 'Search', exact: true });
  const box = (await search.boundingBox())!;
  expect(Math.min(box.width, box.height)).toBeGreaterThanOrEqual(44);
});

test('a touch screen gets no "/" keyboard hint on the search control', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 800 }, hasTouch: true, isMobile: true });
  const page = await context.newPage();
  await page.goto(baseURL!);
  await expect(page.locator('.search-link kbd')).toBeHidden();
  await context.close();
});

test('the at-a-glance table has one row per category, each linking to its page', async ({ page }) => {
  await page.goto('');
  const table = page.getByRole('table', { name: /Key differences/ });
  const rows = table.locator('tbody tr');
  await expect(rows).toHaveCount(categories.length);
  for (const [index, category] of categories.entries()) {
    const row = rows.nth(index);
    await expect(row.getByRole('rowheader')).toHaveText(category.title);
    for (const service of guide.services) await expect(row).toContainText(category.glance[service.id] ?? '(missing)');
  }
  for (const category of categories) {
    await page.goto('');
    await table.getByRole('link', { name: category.title, exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`/${category.slug}/$`));
    await expect(page.locator('h1')).toHaveText(category.title);
  }
});

test('every category page shows each service side by side, with its summary when it has one', async ({ page }) => {
  for (const category of categories) {
    await page.goto(`${category.slug}/`);
    for (const service of guide.services) {
      const side = page.locator(`section.side[data-service="${service.id}"]`);
      await expect(side.getByRole('heading', { level: 2 })).toHaveText(service.name);
      await expect(side.locator('p, li').first()).not.toBeEmpty();
    }
    const summary = page.locator('section.summary');
    await expect(summary).toHaveCount(category.summary ? 1 : 0);
  }
});

test('sides sit side by side on a wide screen and stack on a narrow one', async ({ page }) => {
  const slug = categories[0]?.slug ?? '';
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`${slug}/`);
  const [first, second] = guide.services;
  const boxes = async () => [
    await page.locator(`[data-service="${first?.id}"]`).boundingBox(),
    await page.locator(`[data-service="${second?.id}"]`).boundingBox(),
  ];
  let [a, b] = await boxes();
  expect(b!.x).toBeGreaterThan(a!.x);
  expect(Math.abs(b!.y - a!.y)).toBeLessThan(2);
  await page.setViewportSize({ width: 360, height: 800 });
  [a, b] = await boxes();
  expect(b!.y).toBeGreaterThan(a!.y + a!.height - 1);
});

test('previous and next links walk the whole guide in order', async ({ page }) => {
  await page.goto(`${categories[0]?.slug}/`);
  await expect(page.locator('a[rel="prev"]')).toHaveCount(0);
  for (const [index, category] of categories.entries()) {
    await expect(page.locator('h1')).toHaveText(category.title);
    const next = categories[index + 1];
    if (!next) {
      await expect(page.locator('a[rel="next"]')).toHaveCount(0);
      break;
    }
    await page.locator('a[rel="next"]').click();
  }
  for (const category of [...categories].reverse().slice(1)) {
    await page.locator('a[rel="prev"]').click();
    await expect(page.locator('h1')).toHaveText(category.title);
  }
});

test('a category page’s breadcrumbs lead back to the guide and to its row of the table', async ({ page }) => {
  const category = categories[4]!;
  await page.goto(`${category.slug}/`);
  const trail = page.getByRole('navigation', { name: 'Breadcrumb' });
  await expect(trail.getByRole('listitem')).toHaveText([guide.title, 'At a glance', category.title]);
  await expect(trail.getByRole('link', { name: guide.title })).toHaveAttribute('href', '/');
  await expect(trail.getByText(category.title)).toHaveAttribute('aria-current', 'page');
  await trail.getByRole('link', { name: 'At a glance' }).click();
  await expect(page).toHaveURL(new RegExp(`#glance-${category.slug}$`));
  await expect(page.locator(`#glance-${category.slug} th`)).toHaveText(category.title);
});

test('getting started lists all ten resources, grouped by service', async ({ page }) => {
  await page.goto('getting-started/');
  expect(resources).toHaveLength(10);
  for (const service of guide.services) {
    const group = page.getByRole('region', { name: service.name });
    const own = resources.filter((resource) => resource.service === service.id);
    await expect(group.locator('ul.resources h3')).toHaveText(own.map((resource) => resource.title));
    for (const resource of own) {
      await expect(group.getByRole('heading', { name: resource.title, exact: true })).toBeVisible();
      await expect(group.getByRole('link', { name: `about “${resource.title}” (external site)` })).toHaveAttribute('href', resource.url);
    }
  }
});

test('the history page and its RSS feed list the history entry', async ({ page, request }) => {
  await page.goto('history/');
  const entry = history[0]!;
  await expect(page.getByRole('table')).toContainText(entry.change);
  const feedHref = await page
    .getByRole('link', { name: /RSS feed/ })
    .first()
    .getAttribute('href');
  const feed = await request.get(new URL(feedHref!, page.url()).href);
  expect(feed.headers()['content-type']).toContain('xml');
  const xml = await feed.text();
  const parsed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'application/xml');
    if (doc.querySelector('parsererror')) return null;
    return [...doc.querySelectorAll('item')].map((item) => ({
      title: item.querySelector('title')?.textContent,
      link: item.querySelector('link')?.textContent,
    }));
  }, xml);
  expect(parsed).toEqual([{ title: entry.change, link: expect.stringMatching(/\/history\/#change-2024-09-20-initial-release$/) }]);
});
