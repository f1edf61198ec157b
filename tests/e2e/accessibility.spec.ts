import { axeInBothThemes } from '../support/axe.ts';
import { expect, test } from '../support/test.ts';

// Every page of the site is checked by axe on the load that checks what it owes a reader (pages.spec.ts);
// the page for an unknown address is not among them.
test('axe finds no WCAG 2.2 AA violation on the page for an unknown address, in either theme', async ({ page }) => {
  expect(await axeInBothThemes(page, 'no-such-page/')).toEqual([]);
});

test('a keyboard user can skip to the content and sees where focus is', async ({ page }) => {
  await page.goto('log-retention/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  const outline = await skip.evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(outline).not.toBe('none');
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
  await page.keyboard.press('Tab');
  const focused = page.locator(':focus');
  await expect(focused).toBeVisible();
  expect(await focused.evaluate((el) => el.closest('main') !== null)).toBe(true);
});

test('the open search dialog, with results, passes axe in both themes', async ({ page }) => {
  const findings = await axeInBothThemes(page, '', async () => {
    await page.keyboard.press('/');
    await page.keyboard.type('alarms');
    await expect(page.getByRole('dialog').getByRole('status')).toHaveText(/results for “alarms”/);
  });
  expect(findings).toEqual([]);
});
