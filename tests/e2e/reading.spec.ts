import { readGuide } from '../support/guide-content.ts';
import { expect, test } from '../support/test.ts';

const { categories, guide } = readGuide();

test.describe('theme', () => {
  test('follows the system until the reader chooses, then remembers the choice across pages and reloads', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto('');
    const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const dark = await background();
    const picker = page.getByRole('combobox', { name: 'Colour theme' });
    await expect(picker).toHaveValue('system');
    await picker.selectOption('light');
    const light = await background();
    expect(light).not.toBe(dark);
    await page.goto(`${categories[0]!.slug}/`);
    expect(await background()).toBe(light);
    await expect(picker).toHaveValue('light');
    await page.reload();
    expect(await background()).toBe(light);
    await picker.selectOption('system');
    expect(await background()).toBe(dark);
    await page.reload();
    await expect(picker).toHaveValue('system');
  });

  test('a remembered theme is applied before the first paint', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.addInitScript(() => {
      localStorage.setItem('guidepost-theme', 'dark');
      // Record the theme the document has at its first paint-relevant moment: the first element after <head>'s scripts.
      new MutationObserver((_, observer) => {
        if (document.body) {
          (window as unknown as { themeAtBody: string }).themeAtBody = document.documentElement.dataset['theme'] ?? 'none';
          observer.disconnect();
        }
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto('');
    expect(await page.evaluate(() => (window as unknown as { themeAtBody: string }).themeAtBody)).toBe('dark');
  });
});

test.describe('layout', () => {
  // That no page scrolls sideways, at four widths and in both themes, is the layout test's first check
  // (tests/build/layout.spec.ts).
  test('the at-a-glance table becomes one card per category at 360 px, every cell labelled', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 800 });
    await page.goto('');
    const row = page.locator(`#glance-${categories[0]!.slug}`);
    const box = await row.boundingBox();
    expect(box!.width).toBeLessThanOrEqual(360);
    const label = await row
      .locator('td')
      .first()
      .evaluate((el) => getComputedStyle(el, '::before').content);
    expect(label).toContain(guide.services[0]!.shortName);
  });

  test('no page shifts while it loads, on a phone or a desktop', async ({ page }) => {
    // What is measured is what moves once the page is parsed: its scripts, its styles and whatever arrives
    // late (search results). While a slow or busy machine is still parsing, the browser may paint half a
    // header, and what follows fills it in; that depends on the machine's scheduling, not on the page.
    await page.addInitScript(() => {
      const shifts: { at: number; value: number }[] = [];
      (window as unknown as { shifts: typeof shifts }).shifts = shifts;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
          if (!entry.hadRecentInput) shifts.push({ at: entry.startTime, value: entry.value });
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    const shiftAfterParsing = () =>
      page.evaluate(() => {
        const parsed = (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).domInteractive;
        return (window as unknown as { shifts: { at: number; value: number }[] }).shifts
          .filter(({ at }) => at >= parsed)
          .reduce((sum, { value }) => sum + value, 0);
      });
    // Every kind of page, and on a phone, where the footer of a short page is on screen when scripts run.
    // A shared search link is a page too: its results arrive after the page has loaded.
    const paths = [
      '',
      `${categories[0]!.slug}/`,
      'search/',
      `search/?q=${encodeURIComponent(categories[0]!.title)}`,
      'decide/',
      'getting-started/',
      'history/',
      'whole-guide/',
    ];
    for (const width of [360, 1280]) {
      await page.setViewportSize({ width, height: 800 });
      for (const path of paths) {
        await page.goto(path);
        await page.waitForLoadState('load');
        if (path.includes('?q=')) await expect(page.locator('.search-results > li').first()).toBeVisible();
        await page.waitForTimeout(300);
        expect(await shiftAfterParsing(), `/${path} at ${width} px`).toBeLessThan(0.01);
      }
    }
  });

  test('comparison text keeps a comfortable line length on a wide screen', async ({ page }) => {
    await page.setViewportSize({ width: 1920, height: 1000 });
    await page.goto('');
    const width = await page
      .locator('main p')
      .first()
      .evaluate((el) => el.getBoundingClientRect().width / parseFloat(getComputedStyle(el).fontSize));
    expect(width).toBeLessThan(45);
  });
});

test.describe('print and offline', () => {
  test('printing hides navigation and shows where links go', async ({ page }) => {
    await page.goto('getting-started/');
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.site-header nav')).toBeHidden();
    // The header's picker and the footer's (the phones' one): neither prints.
    for (const picker of await page.locator('theme-picker').all()) await expect(picker).toBeHidden();
    const after = await page
      .locator('main a.external')
      .first()
      .evaluate((el) => getComputedStyle(el, '::after').content);
    expect(after).toContain('https://docs.aws.amazon.com/');
  });

  test('the whole guide is one page, linked from home, with every category in order', async ({ page }) => {
    await page.goto('');
    await page.getByRole('link', { name: 'the whole guide on one page' }).click();
    const titles = await page.locator('section.guide-category > .heading > h2').allTextContents();
    expect(titles).toEqual(categories.map((category) => category.title));
    for (const category of categories) {
      for (const service of guide.services) {
        await expect(page.locator(`#${category.slug}-${service.id}`)).toHaveText(service.name);
      }
    }
  });
});

test.describe('privacy', () => {
  // Every page's Content-Security-Policy is checked on each page in pages.spec.ts.
  test('links to other sites say so and pass no referrer', async ({ page }) => {
    await page.goto('getting-started/');
    const external = page.locator('main a[href^="http"]');
    expect(await external.count()).toBe(10);
    for (const link of await external.all()) {
      await expect(link).toHaveAttribute('rel', /noopener/);
      await expect(link).toHaveAttribute('rel', /noreferrer/);
      await expect(link).toHaveAccessibleName(/\(external site\)$/);
    }
  });
});
