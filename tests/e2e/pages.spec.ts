import { resolve } from 'node:path';
import { axeOpenPageInBothThemes } from '../support/axe.ts';
import { allPages, interfaceWords, languageOfPath, readGuide } from '../support/guide-content.ts';
import { expect, test } from '../support/test.ts';

const { guide, categories, resources, history } = readGuide();
const projectRoot = resolve(import.meta.dirname, '../..');

// What every page owes a reader, checked on one load of each page (one walk of the site instead of one
// per check), axe's WCAG checks included: each step is named in the report.
test.describe('every page', () => {
  for (const path of allPages()) {
    test(`/${path}: one h1, a title, the independence notice, headings in order, preview metadata, a strict CSP, its Markdown twin, no axe violation`, async ({
      page,
      request,
    }) => {
      await page.emulateMedia({ colorScheme: 'light' });
      const response = await page.goto(path);
      expect(response?.status()).toBe(200);
      const language = languageOfPath(path);
      const words = interfaceWords[language]!;
      const title = (await page.locator('main h1').textContent())!.trim();
      await test.step('one h1, a title, the independence notice, the RSS feed', async () => {
        await expect(page.locator('h1')).toHaveCount(1);
        await expect(page).toHaveTitle(/\S/);
        await expect(page.locator('html')).toHaveAttribute('lang', language);
        await expect(page.locator('footer')).toContainText(words.independence);
        await expect(page.locator('head link[rel="alternate"][type="application/rss+xml"]')).toHaveCount(1);
      });
      await test.step('headings descend one level at a time, from the h1', async () => {
        const levels = await page.locator('h1, h2, h3, h4, h5, h6').evaluateAll((elements) => elements.map((element) => Number(element.tagName[1])));
        expect(levels[0], `/${path} starts with h1`).toBe(1);
        levels.reduce((previous, level) => {
          expect(level - previous, `/${path} heading levels ${levels.join(',')}`).toBeLessThanOrEqual(1);
          return level;
        });
      });
      await test.step('its own preview metadata, and no address of the build machine', async () => {
        // This site is built without SITE_URL: absolute addresses (canonical, og:url, sitemap) would be
        // guesses, so there are none. tests/build/links.spec.ts builds with SITE_URL and checks them.
        const html = (await response?.text()) ?? '';
        expect(html, `/${path} names no localhost address`).not.toMatch(/localhost|127\.0\.0\.1/);
        expect(html, `/${path} names no folder of the machine that built it`).not.toContain(projectRoot);
        await expect(page.locator('link[rel="canonical"], meta[property="og:url"]')).toHaveCount(0);
        const ogTitle = await page.locator('meta[property="og:title"]').getAttribute('content');
        expect(ogTitle?.startsWith(title), `og:title "${ogTitle}" starts with the h1 "${title}"`).toBe(true);
        await expect(page.locator('meta[property="og:description"]')).toHaveAttribute('content', /\S{3}/);
        await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary');
      });
      await test.step('a Content-Security-Policy that allows only the site itself', async () => {
        const policy = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
        expect(policy).toContain("default-src 'self'");
        expect(policy).toMatch(/script-src 'self' 'wasm-unsafe-eval'( 'sha256-[^']+')*;/);
        expect(policy).not.toContain('unsafe-inline');
        expect(policy).not.toMatch(/https?:/);
      });
      // The search page is a tool, not reading: it has no twin.
      if (!path.endsWith('search/')) {
        await test.step('its Markdown twin, named in the head and the page, holding the same title', async () => {
          const alternate = page.locator('link[rel="alternate"][type="text/markdown"]');
          await expect(alternate, `/${path} has a Markdown alternate`).toHaveCount(1);
          const href = (await alternate.getAttribute('href'))!;
          expect(href).toBe(path === '' ? '/index.md' : `/${path.replace(/\/$/, '')}.md`);
          await expect(page.getByRole('link', { name: words.markdownTwin })).toHaveAttribute('href', href);
          const markdown = await (await request.get(href)).text();
          expect(markdown.split('\n')[0], `the twin of /${path} starts with the page's title`).toBe(`# ${title}`);
        });
      }
      await test.step('axe finds no WCAG 2.2 AA violation, in either theme', async () => {
        expect(await axeOpenPageInBothThemes(page)).toEqual([]);
      });
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
