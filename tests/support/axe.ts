import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** WCAG 2.2 A and AA, and axe's best practices. */
const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
/**
 * The rules whose outcome depends on colour. The themes differ only in colour (the same HTML, other custom
 * properties), so the second theme is checked for these alone: the rest would find the same as the first.
 */
const colourRules = ['color-contrast', 'link-in-text-block'];

/**
 * How axe runs here. Legacy mode runs axe.run() in the page itself; the default splits the run across
 * frames and finishes it in a second, blank page, which costs two to three times as long and buys nothing
 * on pages without frames, as the site's are. Only violations are reported in
 * detail: collecting every passing node is most of what is left of a run, and no test reads them.
 */
const checker = (page: Page) => new AxeBuilder({ page }).setLegacyMode(true).options({ resultTypes: ['violations'] });

const described = (theme: string, violations: Awaited<ReturnType<AxeBuilder['analyze']>>['violations']) =>
  violations.map((violation) => `${theme}: ${violation.id} (${violation.nodes.length}) ${violation.nodes[0]?.target.join(' ')}`);

/**
 * axe's findings on the page open in `page`, in the light theme and then the dark one (switched in place,
 * without loading the page again). `prepare` brings the page to the state to check, after it loads.
 */
export async function axeInBothThemes(page: Page, url: string, prepare: () => Promise<void> = async () => {}): Promise<string[]> {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(url);
  await prepare();
  return axeOpenPageInBothThemes(page);
}

/** axe's findings on the page already open (in the light theme), then in the dark one. */
export async function axeOpenPageInBothThemes(page: Page): Promise<string[]> {
  const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const light = await background();
  const inLight = await checker(page).withTags(wcagTags).analyze();
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect.poll(background, { message: 'the page follows the reader’s dark theme' }).not.toBe(light);
  const inDark = await checker(page).withRules(colourRules).analyze();
  return [...described('light', inLight.violations), ...described('dark', inDark.violations)];
}
