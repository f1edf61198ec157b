import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { contentDir, interfaceWords, readGuide } from '../support/guide-content.ts';
import { expect, test } from '../support/test.ts';

// The guide in German (content/i18n/de/): its pages under /de/, found from every page of the source and
// back, searched on their own, and offered in every form the source is.
const source = readGuide();
const german = readGuide(join(contentDir, 'i18n/de'));
const category = german.categories.find((entry) => entry.slug === 'log-retention')!;
const sourceCategory = source.categories.find((entry) => entry.slug === 'log-retention')!;

test('a German page is marked German, links its English version as an alternate, and speaks German in its frame', async ({ page }) => {
  await page.goto(`de/${category.slug}/`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  await expect(page.locator('h1')).toHaveText(category.title);
  await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveAttribute('href', `/${category.slug}/`);
  await expect(page.locator('link[rel="alternate"][hreflang="de"]')).toHaveAttribute('href', `/de/${category.slug}/`);
  await expect(page.locator('.skip-link')).toHaveText(interfaceWords['de']!.skip);
  await expect(page.getByRole('navigation', { name: 'Leitfaden' }).getByRole('link', { name: 'Erste Schritte' })).toHaveAttribute(
    'href',
    '/de/getting-started/',
  );
  // A page fully translated and marked says nothing about its translation.
  await expect(page.locator('.translation-notice')).toHaveCount(0);
  // The English page names the German one, too.
  await page.goto(`${category.slug}/`);
  await expect(page.locator('link[rel="alternate"][hreflang="de"]')).toHaveAttribute('href', `/de/${category.slug}/`);
});

test('the language picker leads to the same page and section in the other language, by keyboard, without JavaScript being needed', async ({ page }) => {
  await page.goto(`${category.slug}/#cloudwatch`);
  const picker = page.locator('.language-picker summary');
  await picker.focus();
  await page.keyboard.press('Enter');
  const german = page.getByRole('link', { name: 'Deutsch' });
  await expect(german).toBeVisible();
  await expect(page.getByRole('link', { name: 'English' })).toHaveAttribute('aria-current', 'page');
  await german.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/de/${category.slug}/#cloudwatch$`));
  await expect(page.locator('h1')).toHaveText(category.title);
  // And back, from the German page.
  await page.locator('.language-picker summary').click();
  await page.getByRole('link', { name: 'English' }).click();
  await expect(page.locator('h1')).toHaveText(sourceCategory.title);
  await expect(page).toHaveURL(new RegExp(`/${category.slug}/#cloudwatch$`));
});

test('without JavaScript the picker still opens and its links still lead to the German page', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${baseURL}${category.slug}/`);
  await page.locator('.language-picker summary').click();
  await page.getByRole('link', { name: 'Deutsch' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await context.close();
});

test('German search finds German pages only, and English search English ones', async ({ page }) => {
  await page.goto('de/search/?q=Aufbewahrung');
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  const results = page.locator('main .search-results a');
  await expect(results.first()).toBeVisible();
  for (const href of await results.evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''))) expect(href).toMatch(/^\/de\//);
  await expect(page.locator('main .search-results')).toContainText(category.title);

  await page.goto('search/?q=retention');
  await expect(results.first()).toBeVisible();
  for (const href of await results.evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''))) expect(href).not.toMatch(/^\/de\//);
  // A German word is not in the English index.
  await page.goto('search/?q=Aufbewahrung');
  await expect(page.locator('main .search-status')).toBeVisible();
  await expect(results).toHaveCount(0);
});

test('the German guide comes in every form the English one does, in German', async ({ request }) => {
  const guide = parse(readFileSync(join(contentDir, 'i18n/de/guide.yaml'), 'utf8')) as { title: string };
  const twin = await (await request.get(`/de/${category.slug}.md`)).text();
  expect(twin.split('\n')[0]).toBe(`# ${category.title}`);
  const llms = await request.get('/de/llms.txt');
  expect(llms.status()).toBe(200);
  expect(await llms.text()).toContain(guide.title);
  const data = (await (await request.get('/de/guide.json')).json()) as { title?: string; categories?: { title: string }[] };
  expect(JSON.stringify(data)).toContain(category.title);
  const feed = await (await request.get('/de/rss.xml')).text();
  expect(feed).toContain(guide.title);
  // Each language's search knows its own words only.
  const terms = (await (await request.get('/de/search/terms.json')).json()) as { words: Record<string, number> };
  expect(Object.keys(terms.words)).toContain('aufbewahrung');
  const english = (await (await request.get('/search/terms.json')).json()) as { words: Record<string, number> };
  expect(Object.keys(english.words)).not.toContain('aufbewahrung');
});
