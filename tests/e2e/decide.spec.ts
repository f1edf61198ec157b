import type { Page } from '@playwright/test';
import { axeInBothThemes } from '../support/axe.ts';
import { readDecision, readGuide } from '../support/guide-content.ts';
import { expect, test } from '../support/test.ts';

const { guide, categories } = readGuide();
const decision = readDecision();
const name = (id: string) => guide.services.find((service) => service.id === id)!.name;
const [cloudtrail, cloudwatch] = [name('cloudtrail'), name('cloudwatch')];

const headline = (page: Page) => page.locator('.recommendation-headline');
const reasons = (page: Page) => page.locator('.recommendation-reasons > li');
const answerParams = (when: Record<string, string | string[]>) => new URLSearchParams(Object.entries(when).map(([q, a]) => [q, [a].flat()[0]!]));

test('every outcome is reachable and explains itself', async ({ page }) => {
  const outcomes: [answers: Record<string, string>, expected: string][] = [
    [{}, 'Answer any of the questions to see a recommendation.'],
    [{ audit: 'no', metrics: 'no' }, 'None of these answers calls for any of the services yet. Answer more questions, or read the rules below.'],
    [{ audit: 'yes' }, `Use ${cloudtrail}.`],
    [{ metrics: 'yes', dashboards: 'yes' }, `Use ${cloudwatch}.`],
    [{ audit: 'yes', metrics: 'yes' }, `Use ${cloudtrail} and ${cloudwatch} together.`],
    [{ alarms: 'api-activity' }, `Use ${cloudtrail} and ${cloudwatch} together.`],
  ];
  for (const [answers, expected] of outcomes) {
    await page.goto(`decide/?${new URLSearchParams(answers)}`);
    await expect(headline(page), JSON.stringify(answers)).toHaveText(expected);
  }
});

test('each rule applies when its answers are given, shows its reason and links to the sections it rests on', async ({ page }) => {
  for (const rule of decision.rules) {
    await page.goto(`decide/?${answerParams(rule.when)}`);
    const reason = reasons(page).filter({ hasText: rule.because });
    await expect(reason, rule.because).toHaveCount(1);
    const hrefs = await reason
      .getByRole('link')
      .evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname + new URL((link as HTMLAnchorElement).href).hash));
    expect(hrefs.map((href) => href.replace(/^\//, '').replace('/#', '#').replace(/\/$/, ''))).toEqual(rule.cites);
    for (const service of rule.recommend ?? []) await expect(headline(page)).toContainText(name(service));
  }
});

test('a shared link reproduces its answers and recommendation', async ({ page, context }) => {
  await page.goto('decide/');
  await page
    .getByRole('group', { name: decision.questions[0]!.text })
    .getByLabel(/record of who did what/i)
    .check();
  await page.getByRole('group', { name: decision.questions[1]!.text }).getByRole('radio', { name: 'Performance metrics', exact: true }).check();
  await expect(page).toHaveURL(/\/decide\/\?audit=yes&metrics=yes$/);
  const text = await headline(page).textContent();
  const shared = await context.newPage();
  await shared.goto(page.url());
  await expect(shared.locator('.recommendation-headline')).toHaveText(text!);
  await expect(shared.getByRole('group', { name: decision.questions[0]!.text }).getByLabel(/record of who did what/i)).toBeChecked();
  await page.getByRole('button', { name: 'Clear all answers' }).click();
  await expect(headline(page)).toHaveText('Answer any of the questions to see a recommendation.');
  await expect(page).toHaveURL(/\/decide\/$/);
});

test('a keyboard-only reader can answer and hear the recommendation change', async ({ page }) => {
  await page.goto('decide/');
  const firstAnswer = page.getByRole('group', { name: decision.questions[0]!.text }).getByRole('radio').first();
  await firstAnswer.focus();
  await page.keyboard.press('Space');
  await expect(firstAnswer).toBeChecked();
  await expect(page.locator('.recommendation-body')).toHaveAttribute('aria-live', 'polite');
  await expect(headline(page)).toHaveText(`Use ${cloudtrail}.`);
  await page.keyboard.press('ArrowDown');
  await expect(headline(page)).toHaveText(/None of these answers/);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Space');
  await expect(headline(page)).toHaveText(`Use ${cloudwatch}.`);
});

test('axe finds nothing on the helper with a recommendation shown, in both themes', async ({ page }) => {
  const findings = await axeInBothThemes(page, 'decide/?audit=yes&alarms=api-activity&cost=tight&metrics=yes', () =>
    expect(reasons(page).first()).toBeVisible(),
  );
  expect(findings).toEqual([]);
});

test('the home page and every category page link to the helper', async ({ page }) => {
  for (const path of ['', ...categories.map((category) => `${category.slug}/`)]) {
    await page.goto(path);
    await page.locator('main .decide-nudge a').click();
    await expect(page.locator('h1')).toHaveText(decision.title);
  }
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 360, height: 740 }, hasTouch: true });

  test('the recommendation stays in view while the reader answers, and opens to show why', async ({ page }) => {
    await page.goto('decide/');
    await expect(headline(page)).toBeInViewport();
    const toggle = page.getByRole('button', { name: /^Why/ });
    await expect(toggle).toBeHidden();
    await page
      .getByRole('group', { name: decision.questions[0]!.text })
      .getByLabel(/record of who did what/i)
      .check();
    await expect(headline(page)).toHaveText(`Use ${cloudtrail}.`);
    await expect(headline(page)).toBeInViewport();
    // Further down the questions, the headline is still on screen, its reasons folded until asked for.
    const last = page.getByRole('group', { name: decision.questions.at(-1)!.text });
    await last.scrollIntoViewIfNeeded();
    await expect(headline(page)).toBeInViewport();
    await expect(reasons(page).first()).toBeHidden();
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await expect(reasons(page).first()).toBeVisible();
    // The bar never hides the answer the reader is on: the last question can still be scrolled above it.
    await toggle.click();
    await last.getByRole('radio').first().check();
    await expect(last.getByRole('radio').first()).toBeChecked();
  });

  test('every answer is a large target and the cited sections are in body-size type', async ({ page }) => {
    await page.goto('decide/?audit=yes');
    for (const label of await page.locator('.questions label').all()) expect((await label.boundingBox())!.height).toBeGreaterThanOrEqual(44);
    const body = await page
      .locator('main p')
      .first()
      .evaluate((p) => parseFloat(getComputedStyle(p).fontSize));
    for (const link of await page.locator('.rule-cites a').all())
      expect(await link.evaluate((a) => parseFloat(getComputedStyle(a).fontSize))).toBeGreaterThanOrEqual(body);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the page lists every rule as "if you need … use … because …"', async ({ page }) => {
    await page.goto('decide/');
    await expect(page.locator('.recommendation-no-script')).toContainText('needs JavaScript');
    await expect(headline(page)).toBeHidden();
    await expect(page.locator('.recommendation-toggle')).toBeHidden();
    const rows = page.locator('table.rules tbody tr');
    await expect(rows).toHaveCount(decision.rules.length);
    for (const [index, rule] of decision.rules.entries()) {
      const row = rows.nth(index);
      await expect(row.locator('td.rule-because')).toHaveText(rule.because);
      await expect(row.locator('td.rule-use')).toHaveText(rule.recommend?.length ? rule.recommend.map(name).join(' and ') : 'Advice only');
      await expect(row.locator('td.rule-cites a')).toHaveCount(rule.cites.length);
    }
  });
  test('on a phone the recommendation box is not pinned, since nothing would update it', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto('decide/');
    expect(await page.locator('.recommendation').evaluate((section) => getComputedStyle(section).position)).toBe('static');
  });
});
