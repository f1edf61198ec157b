import { readGuide } from '../support/guide-content.ts';
import { expect, test } from '../support/test.ts';

const { categories } = readGuide();
const category = categories[4]!;

test.describe('on a wide screen', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('every category page lists every category in a sidebar, the current one marked, each one click away', async ({ page }) => {
    for (const current of [categories[0]!, category, categories.at(-1)!]) {
      await page.goto(`${current.slug}/`);
      const sidebar = page.getByRole('navigation', { name: 'Categories', exact: true });
      await expect(sidebar).toBeVisible();
      const links = sidebar.getByRole('link');
      await expect(links).toHaveText(categories.map((entry) => entry.title));
      await expect(sidebar.locator('[aria-current="page"]')).toHaveText(current.title);
      const marked = await sidebar.locator('[aria-current="page"]').evaluate((element) => getComputedStyle(element).fontWeight);
      const plain = await links
        .filter({ hasNotText: current.title })
        .first()
        .evaluate((element) => getComputedStyle(element).fontWeight);
      expect(Number(marked), 'the current category stands out').toBeGreaterThan(Number(plain));
      // The phone's button is not there to trip over.
      await expect(page.getByText('All categories')).toBeHidden();
    }
    await page.getByRole('navigation', { name: 'Categories', exact: true }).getByRole('link', { name: categories[1]!.title }).click();
    await expect(page.locator('h1')).toHaveText(categories[1]!.title);
  });

  test('the header marks the section of every page', async ({ page }) => {
    const expectations: [string, string, 'page' | 'true'][] = [
      [`${category.slug}/`, 'Categories', 'true'],
      ['getting-started/', 'Getting started', 'page'],
      ['history/', 'History', 'page'],
      ['decide/', 'Which do I need?', 'page'],
    ];
    for (const [path, label, value] of expectations) {
      await page.goto(path);
      const header = page.getByRole('navigation', { name: 'Guide' });
      await expect(header.locator('[aria-current]')).toHaveText(label);
      await expect(header.getByRole('link', { name: label })).toHaveAttribute('aria-current', value);
      await expect(header.getByRole('link', { name: label })).not.toHaveCSS('border-bottom-color', 'rgba(0, 0, 0, 0)');
    }
    await page.goto('');
    await expect(page.locator('.site-title')).toHaveAttribute('aria-current', 'page');
    await expect(page.getByRole('navigation', { name: 'Guide' }).locator('[aria-current]')).toHaveCount(0);
  });
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 360, height: 780 } });

  test('"All categories" opens a list of every category, by keyboard, with the current one marked', async ({ page }) => {
    await page.goto(`${category.slug}/`);
    const toggle = page.getByText('All categories');
    await expect(toggle).toBeVisible();
    const list = page.getByRole('navigation', { name: 'Categories', exact: true });
    await expect(list).toBeHidden();
    await toggle.focus();
    await page.keyboard.press('Enter');
    await expect(list.getByRole('link')).toHaveText(categories.map((entry) => entry.title));
    await expect(list.locator('[aria-current="page"]')).toHaveText(category.title);
    await list.getByRole('link', { name: categories[0]!.title }).click();
    await expect(page.locator('h1')).toHaveText(categories[0]!.title);
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('the category list still opens and leads on', async ({ page }) => {
      await page.goto(`${category.slug}/`);
      await page.getByText('All categories').click();
      await page
        .getByRole('navigation', { name: 'Categories', exact: true })
        .getByRole('link', { name: categories.at(-1)!.title })
        .click();
      await expect(page.locator('h1')).toHaveText(categories.at(-1)!.title);
    });
  });
});
