import { expectGuideForms } from '../support/forms.ts';
import { readGuide } from '../support/guide-content.ts';
import { expect, test } from '../support/test.ts';

const { guide, categories } = readGuide();

test('the guide is published as Markdown, llms.txt, guide.json and a PDF, each holding every category and service', async ({ request, baseURL }) => {
  test.setTimeout(180_000);
  await expectGuideForms(request, baseURL!, { title: guide.title, services: guide.services, categories });
});

test('"Copy as Markdown" puts the page\u2019s Markdown on the clipboard and says so', async ({ page, context, request }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('log-retention/');
  await page.getByRole('button', { name: 'Copy as Markdown' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Markdown is copied' })).toHaveCount(1);
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(await (await request.get('/log-retention.md')).text());
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the Markdown link and the self-links remain and no dead copy button shows', async ({ page }) => {
    await page.goto('log-retention/');
    await expect(page.getByRole('link', { name: 'This page as Markdown' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Copy as Markdown' })).toHaveCount(0);
    await expect(page.locator('.heading > a.anchor').first()).toBeAttached();
  });
});

test('the home and whole-guide pages offer the PDF to download; other pages do not', async ({ page }) => {
  for (const path of ['', 'whole-guide/']) {
    await page.goto(path);
    const link = page.locator('main a[type="application/pdf"]').first();
    await expect(link).toHaveAttribute('href', '/guide.pdf');
    await expect(link).toHaveAttribute('download', /\.pdf$/);
  }
  await page.goto(`${categories[0]!.slug}/`);
  await expect(page.locator('a[href$=".pdf"]')).toHaveCount(0);
});

test('the whole-guide page offers the PDF on its first screen, and the home says so in one sentence', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('whole-guide/');
  const link = page.getByRole('link', { name: 'Download the whole guide as a PDF' });
  await expect(link).toHaveAttribute('href', '/guide.pdf');
  expect((await link.boundingBox())!.y).toBeLessThan(800);
  // One rule between the last resource and the history, not two.
  const lastResource = page.locator('section[aria-labelledby="getting-started"] .resources > li').last();
  expect(await lastResource.evaluate((item) => getComputedStyle(item).borderBottomStyle)).toBe('none');
  await page.goto('');
  await expect(page.locator('main p').filter({ hasText: 'To read offline' })).toHaveText(/open the whole guide on one page or download the guide as a PDF\.$/);
});

test('the whole-guide page opens with a contents list of every section', async ({ page }) => {
  await page.goto('whole-guide/');
  const contents = page.getByRole('navigation', { name: /^Contents/ });
  for (const category of categories)
    await expect(contents.getByRole('link', { name: category.title, exact: true })).toHaveAttribute('href', `#${category.slug}`);
  await contents.getByRole('link', { name: 'Document history' }).click();
  await expect(page.locator('#history')).toBeInViewport();
});

test('search finds each page once, as a web page, never its Markdown or data forms', async ({ page }) => {
  await page.goto('search/?q=retention');
  const titles = page.locator('main .search-results a.result-title');
  await expect(titles.first()).toBeVisible();
  const hrefs = await titles.evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).pathname));
  expect(hrefs.filter((href) => /\.(md|txt|json|pdf)$/.test(href))).toEqual([]);
  expect(new Set(hrefs).size).toBe(hrefs.length);
});
