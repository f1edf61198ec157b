import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, expect, test } from '@playwright/test';
import { buildCopy } from '../support/build.ts';
import { readGuide } from '../support/guide-content.ts';
import { serveSite } from '../support/serve.ts';

const appendTo = (file: string, text: string) => (dir: string) => {
  const path = join(dir, file);
  writeFileSync(path, `${readFileSync(path, 'utf8')}\n${text}\n`);
};

test('a link to a page that does not exist fails the build, naming page, source and link', () => {
  const result = buildCopy(appendTo('categories/use-cases.mdx', 'See [the old page](/no-such-page/).'));
  expect(result.status).not.toBe(0);
  expect(result.output).toContain('page /use-cases/ (from ');
  expect(result.output).toMatch(/categories\/use-cases\.mdx\) links to "\/no-such-page\/", but no page exists at \/no-such-page\//);
});

test('a link to a section that does not exist fails the build, naming the missing id', () => {
  const result = buildCopy(appendTo('categories/use-cases.mdx', 'See [retention](/log-retention/#cloudtrial).'));
  expect(result.status).not.toBe(0);
  expect(result.output).toMatch(/links to "\/log-retention\/#cloudtrial", but \/log-retention\/ has no section with id "cloudtrial"/);
});

test('an explicit heading id survives rewording, and links to it pass the check', () => {
  const result = buildCopy((dir) => {
    appendTo('categories/use-cases.mdx', '### A reworded heading [#stable-id]\n\nText.')(dir);
    appendTo('categories/integration.mdx', 'See [that section](/use-cases/#stable-id).')(dir);
  });
  expect(result.status, result.output).toBe(0);
  const html = readFileSync(join(result.dist, 'use-cases/index.html'), 'utf8');
  expect(html).toContain('<h3 id="stable-id">A reworded heading</h3>');
});

test('a renamed category keeps its old address as a redirect', async () => {
  const result = buildCopy((dir) => {
    const path = join(dir, 'categories/real-time-tracking.mdx');
    writeFileSync(path, readFileSync(path, 'utf8').replace(/^order:/m, 'formerSlugs: [realtime]\norder:'));
  });
  expect(result.status, result.output).toBe(0);
  const html = readFileSync(join(result.dist, 'realtime/index.html'), 'utf8');
  expect(html).toContain('<meta http-equiv="refresh" content="0; url=/real-time-tracking/">');
  expect(html).toMatch(/<link rel="canonical" href="https?:\/\/[^"]+\/real-time-tracking\/">/);
  const sitemap = readFileSync(join(result.dist, 'sitemap-0.xml'), 'utf8');
  expect(sitemap).toContain('/real-time-tracking/</loc>');
  expect(sitemap).not.toContain('/realtime/</loc>');
  const server = await serveSite(result.dist);
  const browser = await chromium.launch(test.info().project.use.launchOptions);
  try {
    const page = await browser.newPage();
    await page.goto(`${server.url}realtime/`);
    await expect(page).toHaveURL(`${server.url}real-time-tracking/`);
    await expect(page.locator('h1')).toHaveText('Real-time tracking');
  } finally {
    await browser.close();
    server.close();
  }
});

test('under a base path every link still resolves and readers can walk the guide', async () => {
  const result = buildCopy(undefined, { env: { BASE_PATH: '/guides/trail-or-watch/' } });
  expect(result.status, result.output).toBe(0);
  expect(result.output).toContain('every internal link and section anchor resolves');
  const { categories } = readGuide();
  const server = await serveSite(result.dist, '/guides/trail-or-watch/');
  const browser = await chromium.launch(test.info().project.use.launchOptions);
  try {
    const page = await browser.newPage();
    await page.goto(server.url);
    await page.getByRole('table').getByRole('link', { name: categories[0]!.title, exact: true }).click();
    await expect(page).toHaveURL(`${server.url}${categories[0]!.slug}/`);
    for (const category of categories.slice(1)) {
      await page.locator('a[rel="next"]').click();
      await expect(page.locator('h1')).toHaveText(category.title);
    }
    await page.getByRole('link', { name: 'Back to the at-a-glance table' }).click();
    await expect(page).toHaveURL(`${server.url}#glance-${categories.at(-1)!.slug}`);
    await page.getByRole('link', { name: 'Getting started' }).first().click();
    await expect(page.locator('h1')).toHaveText('Getting started');
  } finally {
    await browser.close();
    server.close();
  }
});
