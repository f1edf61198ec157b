import type { Page } from '@playwright/test';
import { readGuide } from '../support/guide-content.ts';
import { expect, test } from '../support/test.ts';

// One query for each thing search promises a reader (the full measurement is npm run bench:search, over
// the queries of tests/bench/search-queries.yaml). Each names the page, and where it matters the section,
// that must come first.
const { categories, guide } = readGuide();
const [cloudtrail, cloudwatch] = guide.services;

const results = (page: Page) => page.locator('main .search-results > li');
const status = (page: Page) => page.locator('main .search-status');
const note = (page: Page) => page.locator('main .search-note');
const pathOf = (href: string | null) => new URL(href ?? '', 'http://x').pathname;

/** Opens the shareable search page and waits until it has answered this very query. */
async function searchPage(page: Page, params: Record<string, string>) {
  await page.goto(`search/?${new URLSearchParams(params)}`);
  await expect(status(page)).toHaveAttribute('data-query', (params['q'] ?? '').slice(0, 200).trim());
}

async function first(page: Page) {
  const item = results(page).first();
  const title = item.locator('a.result-title');
  return {
    page: pathOf(await title.getAttribute('href')),
    firstSection: (await item.locator('.result-sections a').count())
      ? new URL((await item.locator('.result-sections a').first().getAttribute('href')) ?? '#', 'http://x').hash.slice(1)
      : undefined,
  };
}

const behaviours: { behaviour: string; q: string; page: string; section?: string }[] = [
  { behaviour: 'a keyword of the guide', q: 'lifecycle', page: '/log-retention/', section: cloudtrail!.id },
  {
    behaviour: 'a question, with words that carry no meaning',
    q: 'how many days of history does cloudtrail show',
    page: '/log-retention/',
    section: cloudtrail!.id,
  },
  { behaviour: 'a reader’s own word, through the glossary', q: 'spend', page: '/cost-considerations/' },
  { behaviour: 'a feature named by two words, as a phrase', q: 'data events', page: '/cost-considerations/', section: cloudtrail!.id },
  { behaviour: 'the side a question names comes first', q: 'how long does cloudwatch keep logs', page: '/log-retention/', section: cloudwatch!.id },
  { behaviour: 'what the decision helper explains, on its category page too', q: 'metric filter', page: '/alarms-and-notifications/', section: cloudtrail!.id },
  { behaviour: 'a hyphenated term', q: 'near-real-time', page: '/real-time-tracking/' },
  { behaviour: 'the same term spaced', q: 'near real time', page: '/real-time-tracking/' },
  { behaviour: 'a service the guide mentions', q: 'Security Hub', page: '/integration/', section: cloudtrail!.id },
  { behaviour: 'a reader asking which service to choose gets the decision helper', q: 'do I need both services or just one of them?', page: '/decide/' },
  { behaviour: 'a word for what one of the site’s own pages is for', q: 'changelog', page: '/history/' },
  {
    behaviour: 'a question about changes in the reader’s account finds the topic, not the guide’s own history',
    q: 'which user changed the configuration of my resources last week',
    page: '/use-cases/',
  },
];

for (const { behaviour, q, page: expected, section } of behaviours) {
  test(`${behaviour} finds its page first: “${q}”`, async ({ page }) => {
    await searchPage(page, { q });
    const top = await first(page);
    expect(top.page).toBe(expected);
    if (section) expect(top.firstSection, 'the best section is listed first').toBe(section);
  });
}

test('results show the page, an excerpt with the words marked, and its sections that matched', async ({ page }) => {
  await searchPage(page, { q: 'lifecycle' });
  const item = results(page).first();
  await expect(item.locator('a.result-title')).toHaveText('Log retention');
  await expect(item.locator('.result-excerpt mark').first()).toHaveText(/lifecycle/i);
  await expect(item.locator('.result-sections a')).toHaveText([cloudtrail!.name]);
  await expect(status(page)).toHaveText(/^\d+ results? for “lifecycle”\.$/);
});

test('a misspelled word is corrected and says so, and the reader can search the spelling as typed', async ({ page }) => {
  await searchPage(page, { q: 'montoring' });
  await expect(note(page)).toHaveText('Showing results for monitoring · search for montoring instead');
  await expect(results(page).first()).toBeVisible();
  await note(page).getByRole('link', { name: 'search for montoring instead' }).click();
  await expect(status(page)).toHaveText('No page mentions “montoring”.');
  await expect(results(page)).toHaveCount(0);
  await expect(page).toHaveURL(/\?q=montoring&spelling=as-typed$/);
});

test('a word no page holds is named, and what follows is called partial, never a confident answer', async ({ page }) => {
  await searchPage(page, { q: 'azure monitoring' });
  await expect(status(page)).toHaveAttribute('data-state', 'partial');
  await expect(status(page)).toHaveText(/partial match(es)? for “azure monitoring”/);
  await expect(note(page)).toHaveText('No page mentions “azure”.');
  await expect(results(page).first()).toBeVisible();
  // A word alone that nothing holds is never matched through a shorter one ("for…").
  await searchPage(page, { q: 'forecasting' });
  await expect(status(page)).toHaveText('No page mentions “forecasting”.');
  await expect(results(page)).toHaveCount(0);
});

test('the search dialog says the same as the search page', async ({ page }) => {
  await page.goto(`${categories[0]!.slug}/`);
  await page.keyboard.press('/');
  const dialog = page.getByRole('dialog', { name: 'Search the guide' });
  await dialog.getByRole('searchbox').fill('retension');
  await expect(dialog.locator('.search-note')).toHaveText('Showing results for retention · search for retension instead');
  await expect(dialog.locator('a.result-title').first()).toHaveText('Log retention');
});

test('the service filter narrows results to the sections about that service', async ({ page }) => {
  await searchPage(page, { q: 'alarms' });
  const unfiltered = await results(page).count();
  for (const service of guide.services) {
    await searchPage(page, { q: 'alarms', service: service.id });
    const links = await results(page).locator('a.result-title').all();
    expect(links.length).toBeGreaterThan(0);
    expect(links.length).toBeLessThanOrEqual(unfiltered * guide.services.length);
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

for (const slow of [false, true]) {
  test(`a search is a shareable address, and Back and Forward move between searches${slow ? ', even when the search code is slow to arrive' : ''}`, async ({
    page,
  }) => {
    // What the reader does while the search code loads (a search sent, a filter chosen) keeps its place in the history.
    if (slow) await page.route('**/_astro/search-code*', async (route) => setTimeout(() => void route.continue(), 1500));
    await page.goto('search/');
    const input = page.getByRole('searchbox', { name: 'Words to find' });
    await input.fill('alarms');
    await input.press('Enter');
    await page.getByLabel('Service').selectOption(cloudtrail!.id);
    await expect(page).toHaveURL(new RegExp(`/search/\\?q=alarms&service=${cloudtrail!.id}$`));
    await expect(status(page)).toHaveText(/results? for “alarms”/);
    // The narrowed results, not the ones still shown while they arrive: each names the service.
    await expect(results(page).first().locator('a.result-title')).toHaveText(`Alarms and notifications: ${cloudtrail!.name}`);
    const titles = await results(page).locator('a.result-title').allTextContents();

    const shared = await page.context().newPage();
    await shared.goto(page.url());
    await expect(shared.locator('main .search-status')).toHaveText(/results? for “alarms”/);
    await expect(shared.locator('main .search-results a.result-title')).toHaveText(titles);
    await shared.close();

    await page.goBack();
    await expect(page.getByLabel('Service')).toHaveValue('');
    await expect(results(page).first().locator('a.result-title')).toHaveText('Alarms and notifications');
    await page.goForward();
    await expect(page.getByLabel('Service')).toHaveValue(cloudtrail!.id);
    // The filter is restored at once; the results follow when the search has run again.
    await expect(results(page).locator('a.result-title')).toHaveText(titles);
  });
}

test('a keyboard-only reader can search from any page and reach a result', async ({ page }) => {
  await page.goto(`${categories[2]!.slug}/`);
  await page.keyboard.press('/');
  const dialog = page.getByRole('dialog', { name: 'Search the guide' });
  await expect(dialog).toBeVisible();
  const input = dialog.getByRole('searchbox');
  await expect(input).toBeFocused();
  await page.keyboard.type('X-Ray');
  await expect(dialog.getByRole('status')).toHaveText(/^\d+ results? for “X-Ray”/);
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
  await expect(status(page)).toContainText('“<script>alert(1)</script>”');
  await searchPage(page, { q: '<img src=x onerror=alert(2)>' });
  await expect(status(page)).toContainText('“<img src=x onerror=alert(2)>”');
  await expect(page.locator('main script, main img')).toHaveCount(0);
  await searchPage(page, { q: '🔥🚀' });
  await expect(status(page)).toHaveText('No results for “🔥🚀”. Try another word.');
  await searchPage(page, { q: '' });
  await expect(status(page)).toHaveText('Type a word to search the guide.');
  const long = `${'retention '.repeat(49)}retention`;
  await searchPage(page, { q: long });
  await expect(page.getByRole('searchbox', { name: 'Words to find' })).toHaveValue(long.slice(0, 200));
  await expect(status(page)).toHaveText(/results? for/);
  await searchPage(page, { q: 'lifecycle', service: 'cloudwach', category: '"><b>x' });
  await expect(status(page)).toHaveText(/^\d+ results? for “lifecycle”\. Ignored an unknown filter: category “"><b>x”, service “cloudwach”\.$/);
  await expect(page.locator('main b')).toHaveCount(0);
  expect(alerted).toBe(false);
});

test('only the guide itself is indexed: no header, footer, contents or navigation text', async ({ page }) => {
  // Words that appear only in the header, footer, contents list or previous/next links.
  for (const query of ['sponsored', 'affiliated', 'Previous', 'Colour']) {
    await searchPage(page, { q: query });
    await expect(status(page), query).toHaveAttribute('data-state', 'none');
    await expect(results(page), query).toHaveCount(0);
  }
});

test('reading a page loads no search code or index', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  await page.goto(`${categories[0]!.slug}/`);
  await page.mouse.wheel(0, 2000);
  await page.locator('a[rel="next"]').click();
  await page.waitForLoadState('networkidle');
  expect(requested.filter((path) => /\/pagefind\/|controller|search-code|terms\.json/.test(path))).toEqual([]);
});

test('the search page loads its code when the reader searches, not before', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  await page.goto('search/');
  await page.waitForLoadState('networkidle');
  // The form's own behaviour (the controller) is part of the page; the search code and the index are not.
  const searchCode = () => requested.filter((path) => /\/pagefind\/|search-code|terms\.json/.test(path));
  expect(searchCode()).toEqual([]);
  await page.getByRole('searchbox', { name: 'Words to find' }).pressSequentially('retention');
  await expect(status(page)).toHaveText(/results? for “retention”/);
  expect(searchCode().length).toBeGreaterThan(0);
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
