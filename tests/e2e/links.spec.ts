import { allPages, interfaceWords, languageOfPath, readGuide } from '../support/guide-content.ts';
import { expect, test } from '../support/test.ts';

const { categories, guide } = readGuide();
const category = categories.find((c) => c.slug === 'log-retention') ?? categories[0]!;
const lastService = guide.services.at(-1)!;

test('every section heading has a self-link that points at it and names it', async ({ page }) => {
  let total = 0;
  for (const path of allPages()) {
    await page.goto(path);
    const { sectionLink } = interfaceWords[languageOfPath(path)]!;
    const headings = page.locator('main :is(h2, h3, h4):not(.toc-title)');
    // Read in one pass: a page has dozens of headings, and one round trip each is most of a slow test.
    const found = await headings.evaluateAll((elements) =>
      elements.map((heading) => {
        const anchor = heading.nextElementSibling;
        return {
          id: heading.id,
          sameId: document.querySelectorAll(`[id="${CSS.escape(heading.id)}"]`).length,
          text: heading.textContent?.trim() ?? '',
          href: anchor?.tagName === 'A' ? anchor.getAttribute('href') : null,
          label: anchor?.getAttribute('aria-label') ?? null,
          labelledBy: anchor?.getAttribute('aria-labelledby') ?? null,
          // What would take it out of the accessibility tree, or make it other than a link.
          hiddenOrNotALink: Boolean(anchor && (anchor.closest('[aria-hidden="true"], [hidden], [inert]') || anchor.hasAttribute('role'))),
        };
      }),
    );
    total += found.length;
    for (const [i, heading] of found.entries()) {
      expect(heading.id, `heading ${i} on /${path} has an id`).toMatch(/^[a-z0-9-]+$/);
      expect(heading.sameId, `#${heading.id} on /${path} is the only element with its id`).toBe(1);
      expect(heading.href, `the link after #${heading.id} on /${path}`).toBe(`#${heading.id}`);
      // aria-label is the link's name when nothing labels it by reference.
      expect(heading.labelledBy).toBeNull();
      expect(heading.hiddenOrNotALink, `the link after #${heading.id} on /${path} is a link in the accessibility tree`).toBe(false);
      expect(heading.label).toBe(sectionLink(heading.text));
    }
    // And the browser's accessibility tree agrees, for the first heading of the page.
    if (found[0]) await expect(headings.first().locator('xpath=following-sibling::a[1]')).toHaveAccessibleName(sectionLink(found[0].text));
  }
  expect(total).toBeGreaterThan(30);
});

test('the self-link shows without hovering, for touch and keyboard alike, and is the only control beside a heading', async ({ page }) => {
  await page.goto(`${category.slug}/`);
  const heading = page.locator(`.heading:has(> h2#${lastService.id})`);
  const anchor = heading.locator('a.anchor');
  await expect(anchor).toBeVisible();
  await expect(anchor).toHaveCSS('opacity', '1');
  await expect(heading.getByRole('button')).toHaveCount(0);
  // Reached by keyboard, the link says so in the accent colour.
  const quiet = await anchor.evaluate((element) => getComputedStyle(element).color);
  await anchor.focus();
  await expect(anchor).not.toHaveCSS('color', quiet);
});

test('following a self-link goes to the section and puts its address on the clipboard, and says so', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(`${category.slug}/`);
  const anchor = page.getByRole('link', { name: `Link to the section “${lastService.name}”` });
  await anchor.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(`${baseURL}${category.slug}/#${lastService.id}`);
  await expect(anchor).toHaveAttribute('data-copied', 'Copied');
  await expect(page.getByRole('status')).toHaveText(`Link to “${lastService.name}” copied`);
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}${category.slug}/#${lastService.id}`);
});

test('a deep link scrolls to its section, highlights it and keeps it clear of the sticky header', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 700 });
  await page.goto(`${categories.at(-1)!.slug}/#${lastService.id}`);
  const heading = page.locator(`#${lastService.id}`);
  await expect(heading).toBeInViewport();
  const headerBottom = await page.locator('.site-header').evaluate((el) => el.getBoundingClientRect().bottom);
  const headingTop = await heading.evaluate((el) => el.getBoundingClientRect().top);
  expect(headingTop).toBeGreaterThanOrEqual(headerBottom);
  const background = await heading.evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(background).not.toBe('rgba(0, 0, 0, 0)');
});

test('a link to one row of the table lands on that row', async ({ page }) => {
  await page.goto(`#glance-${category.slug}`);
  const row = page.locator(`tr#glance-${category.slug}`);
  await expect(row).toBeInViewport();
  expect(await row.evaluate((el) => getComputedStyle(el).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');
});

test('the table of contents lists the sections and marks the one in view', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 600 });
  const withSummary = categories.find((c) => c.summary)!;
  await page.goto(`${withSummary.slug}/`);
  const toc = page.getByRole('navigation', { name: 'On this page' });
  await expect(toc.getByRole('link')).toHaveText([...guide.services.map((s) => s.name), 'Summary']);
  await page.locator('#summary').scrollIntoViewIfNeeded();
  await page.locator('#summary').evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await expect(toc.getByRole('link', { name: 'Summary' })).toHaveAttribute('aria-current', 'true');
});

test('a site built without SITE_URL has no sitemap, whose addresses would be guesses', async ({ page, baseURL }) => {
  // Each page's own metadata, and that none names the build machine, is checked on every page in pages.spec.ts.
  expect((await page.request.get(`${baseURL}sitemap-index.xml`)).status()).toBe(404);
});
