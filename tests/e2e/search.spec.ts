import type { Page } from '@playwright/test';
import { readGuide } from '../support/guide-content.ts';
import { expect, test } from '../support/test.ts';

const { categories, guide } = readGuide();

/** Words that only one category page carries, and the page a reader expects first. */
const topResults: [query: string, slug: string][] = [
  ['lifecycle', 'log-retention'],
  ['X-Ray', 'integration'],
  ['terminated', 'primary-purpose'],
  ['Lake Formation', 'integration'],
  ['object-level', 'cost-considerations'],
  ['Never Expire', 'log-retention'],
  // Titles outrank passing mentions on other pages.
  ['alarms', 'alarms-and-notifications'],
  ['integration', 'integration'],
  ['cost', 'cost-considerations'],
];

const results = (page: Page) => page.locator('main .search-results > li');
const status = (page: Page) => page.locator('main .search-status');

async function searchPage(page: Page, params: Record<string, string>) {
  await page.goto(`search/?${new URLSearchParams(params)}`);
  await expect(status(page)).toHaveText(/result|Type a word/);
}

const pathOf = (href: string | null) => new URL(href ?? '', 'http://x').pathname;

test('the top result for a distinctive word is the category page that covers it', async ({ page }) => {
  for (const [query, slug] of topResults) {
    await searchPage(page, { q: query });
    await expect(status(page), query).toHaveText(/^\d+ results? for/);
    const first = results(page).first().locator('a.result-title');
    expect(pathOf(await first.getAttribute('href')), `top result for "${query}"`).toMatch(new RegExp(`/${slug}/$`));
  }
});

test('results show the page, an excerpt with the words marked, and the sections that matched', async ({ page }) => {
  await searchPage(page, { q: 'lifecycle' });
  const first = results(page).first();
  await expect(first.locator('a.result-title')).toHaveText('Log retention');
  await expect(first.locator('.result-excerpt mark').first()).toHaveText(/lifecycle/i);
  await expect(first.locator('.result-sections a')).toHaveText([guide.services[0]!.name]);
  await expect(status(page)).toHaveText(/^1 result for “lifecycle”/);
});

test('the service filter narrows results to the sections about that service', async ({ page }) => {
  await searchPage(page, { q: 'alarms' });
  const unfiltered = await results(page).count();
  for (const service of guide.services) {
    await searchPage(page, { q: 'alarms', service: service.id });
    const links = await results(page).locator('a.result-title').all();
    expect(links.length).toBeGreaterThan(0);
    expect(links.length).toBeLessThanOrEqual(unfiltered);
    for (const link of links) {
      await expect(link).toHaveText(new RegExp(`: ${service.name}$`));
      expect(await link.getAttribute('href')).toMatch(new RegExp(`#(start-)?${service.id}$`));
    }
  }
});

test('the category filter narrows to one category and combines with the service filter', async ({ page }) => {
  const category = categories.find((c) => c.slug === 'cost-considerations')!;
  await searchPage(page, { q: 'alarms', category: category.slug });
  await expect(results(page)).toHaveCount(1);
  expect(pathOf(await results(page).locator('a.result-title').getAttribute('href'))).toBe(`/${category.slug}/`);
  const service = guide.services.at(-1)!;
  await searchPage(page, { q: 'alarms', category: category.slug, service: service.id });
  await expect(results(page)).toHaveCount(1);
  await expect(results(page).locator('a.result-title')).toHaveText(`${category.title}: ${service.name}`);
  await searchPage(page, { q: 'lifecycle', category: category.slug });
  await expect(results(page)).toHaveCount(0);
  await expect(status(page)).toHaveText('No results for “lifecycle”. Try another word or remove a filter.');
});

test('a section result lands on its anchor, with the searched words highlighted', async ({ page }) => {
  await searchPage(page, { q: 'lifecycle' });
  await results(page).first().locator('.result-sections a').first().click();
  await expect(page).toHaveURL(/\/log-retention\/\?highlight=lifecycle#cloudtrail$/);
  await expect(page.locator('#cloudtrail')).toBeInViewport();
  await expect(page.locator('mark.pagefind-highlight').first()).toHaveText(/lifecycle/i);
});

test('a search is a shareable address, and Back and Forward move between searches', async ({ page }) => {
  await page.goto('search/');
  const input = page.getByRole('searchbox', { name: 'Words to find' });
  await input.fill('alarms');
  await input.press('Enter');
  await page.getByLabel('Service').selectOption(guide.services[0]!.id);
  await expect(page).toHaveURL(new RegExp(`/search/\\?q=alarms&service=${guide.services[0]!.id}$`));
  await expect(status(page)).toHaveText(/results? for “alarms”/);
  const titles = await results(page).locator('a.result-title').allTextContents();

  const shared = await page.context().newPage();
  await shared.goto(page.url());
  await expect(shared.locator('main .search-status')).toHaveText(/results? for “alarms”/);
  expect(await shared.locator('main .search-results a.result-title').allTextContents()).toEqual(titles);
  await shared.close();

  await page.goBack();
  await expect(page.getByLabel('Service')).toHaveValue('');
  await expect(results(page).first().locator('a.result-title')).toHaveText('Alarms and notifications');
  await page.goForward();
  await expect(page.getByLabel('Service')).toHaveValue(guide.services[0]!.id);
  expect(await results(page).locator('a.result-title').allTextContents()).toEqual(titles);
});

test('a keyboard-only reader can search from any page and reach a result', async ({ page }) => {
  await page.goto(`${categories[2]!.slug}/`);
  await page.keyboard.press('/');
  const dialog = page.getByRole('dialog', { name: 'Search the guide' });
  await expect(dialog).toBeVisible();
  const input = dialog.getByRole('searchbox');
  await expect(input).toBeFocused();
  await page.keyboard.type('X-Ray');
  await expect(dialog.getByRole('status')).toHaveText(/^1 result for “X-Ray”/);
  await page.keyboard.press('ArrowDown');
  await expect(dialog.locator('a.result-title').first()).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect(input).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/integration\/\?highlight=/);
  await expect(page.locator('h1')).toHaveText('Integration');
});

test('Ctrl+K opens search and Esc closes it, returning focus where it was', async ({ page }) => {
  await page.goto('');
  const tableLink = page.getByRole('table').getByRole('link').first();
  await tableLink.focus();
  await page.keyboard.press('Control+k');
  const dialog = page.getByRole('dialog', { name: 'Search the guide' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('searchbox')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(tableLink).toBeFocused();
});

test('hostile or odd input shows plainly, with no error and a clear state', async ({ page }) => {
  let alerted = false;
  page.on('dialog', (d) => {
    alerted = true;
    void d.dismiss();
  });
  await searchPage(page, { q: '<script>alert(1)</script>' });
  await expect(status(page)).toHaveText('No results for “<script>alert(1)</script>”. Try another word.');
  await searchPage(page, { q: '<img src=x onerror=alert(2)>' });
  await expect(status(page)).toHaveText(/ for “<img src=x onerror=alert\(2\)>”/);
  await expect(page.locator('main script, main img')).toHaveCount(0);
  await searchPage(page, { q: '' });
  await expect(status(page)).toHaveText('Type a word to search the guide.');
  await searchPage(page, { q: 'retention '.repeat(50) });
  await expect(page.getByRole('searchbox', { name: 'Words to find' })).toHaveValue('retention '.repeat(20));
  await expect(status(page)).toHaveText(/result/);
  await searchPage(page, { q: 'lifecycle', service: 'cloudwach', category: '"><b>x' });
  await expect(status(page)).toHaveText('1 result for “lifecycle”. Ignored an unknown filter: category “"><b>x”, service “cloudwach”.');
  await expect(page.locator('main b')).toHaveCount(0);
  expect(alerted).toBe(false);
});

test('only the guide itself is indexed: no header, footer, contents or navigation text', async ({ page }) => {
  // Words that appear only in the header, footer, contents list or previous/next links.
  for (const query of ['sponsored', 'Previous', 'Skip', 'Colour']) {
    await searchPage(page, { q: query });
    await expect(status(page), query).toHaveText(/^No results/);
  }
});

test('reading a page loads no search code or index', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  await page.goto(`${categories[0]!.slug}/`);
  await page.mouse.wheel(0, 2000);
  await page.locator('a[rel="next"]').click();
  await page.waitForLoadState('networkidle');
  expect(requested.filter((path) => path.includes('/pagefind/') || path.includes('controller'))).toEqual([]);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the search page says so and lists every category', async ({ page }) => {
    await page.goto('search/');
    await expect(page.getByText('Search needs JavaScript')).toBeVisible();
    const links = page.locator('.search-fallback a');
    await expect(links).toHaveText(categories.map((category) => category.title));
    await links.last().click();
    await expect(page.locator('h1')).toHaveText(categories.at(-1)!.title);
  });
});

test('with JavaScript the no-script list stays out of the way', async ({ page }) => {
  await page.goto('search/');
  await expect(page.getByRole('searchbox', { name: 'Words to find' })).toBeFocused();
  await expect(page.getByText('Search needs JavaScript')).toBeHidden();
});
