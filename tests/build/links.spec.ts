import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, expect, request, test } from '@playwright/test';
import { buildCopy } from '../support/build.ts';
import { expectGuideForms, formWords } from '../support/forms.ts';
import { replaceIn } from '../support/content-copy.ts';
import { contentDir, readGuide } from '../support/guide-content.ts';
import { serveSite } from '../support/serve.ts';

// Links written in content are checked before rendering (tests/unit/author-mistakes.test.ts); these builds
// prove what only a built site shows: redirects for renamed categories, and a site under a base path.

test('a renamed category keeps its old address as a redirect', async () => {
  const result = await buildCopy(replaceIn('categories/real-time-tracking.mdx', /^order:/m, 'formerSlugs: [realtime]\norder:'), {
    env: { SITE_URL: 'https://guides.example' },
  });
  expect(result.status, result.output).toBe(0);
  const html = readFileSync(join(result.dist, 'realtime/index.html'), 'utf8');
  expect(html).toContain('<meta http-equiv="refresh" content="0; url=/real-time-tracking/">');
  expect(html).toContain('<link rel="canonical" href="https://guides.example/real-time-tracking/">');
  expect(readFileSync(join(result.dist, 'log-retention/index.html'), 'utf8')).toContain('<link rel="canonical" href="https://guides.example/log-retention/">');
  const sitemap = readFileSync(join(result.dist, 'sitemap-0.xml'), 'utf8');
  expect(sitemap).toContain('/real-time-tracking/</loc>');
  expect(sitemap).not.toContain('/realtime/</loc>');
  // A translated page and its source name each other, as their hreflang links do.
  expect(sitemap).toContain('<loc>https://guides.example/de/log-retention/</loc>');
  expect(sitemap).toContain('<xhtml:link rel="alternate" hreflang="de" href="https://guides.example/de/log-retention/"/>');
  expect(sitemap).toContain('<xhtml:link rel="alternate" hreflang="en" href="https://guides.example/log-retention/"/>');
  expect(readFileSync(join(result.dist, 'de/log-retention/index.html'), 'utf8')).toContain(
    '<link rel="alternate" hreflang="en" href="https://guides.example/log-retention/">',
  );
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
  const result = await buildCopy(undefined, { env: { BASE_PATH: '/guides/trail-or-watch/' }, pdf: true });
  expect(result.status, result.output).toBe(0);
  expect(result.output).toContain('every internal link and section anchor resolves');
  expect(readFileSync(join(result.dist, 'log-retention/index.html'), 'utf8')).toContain('href="/guides/trail-or-watch/getting-started/"');
  const { categories, guide } = readGuide();
  const server = await serveSite(result.dist, '/guides/trail-or-watch/');
  const browser = await chromium.launch(test.info().project.use.launchOptions);
  const api = await request.newContext();
  try {
    // The Markdown, llms.txt, guide.json and the PDF live under the base path and link within it.
    expect(readFileSync(join(result.dist, 'log-retention/index.html'), 'utf8')).toContain(
      '<link rel="alternate" type="text/markdown" title="This page as Markdown" href="/guides/trail-or-watch/log-retention.md">',
    );
    await expectGuideForms(api, server.url, { title: guide.title, services: guide.services, categories });
    // The German guide, under the same base path, with its own PDF.
    const german = readGuide(join(contentDir, 'i18n/de'));
    expect(readFileSync(join(result.dist, 'de/log-retention/index.html'), 'utf8')).toContain('hreflang="en" href="/guides/trail-or-watch/log-retention/"');
    await expectGuideForms(
      api,
      `${server.url}de/`,
      { title: german.guide.title, services: german.guide.services, categories: german.categories, words: formWords.de },
      { siteRoot: server.url },
    );
    const page = await browser.newPage();
    await page.goto(server.url);
    await page.getByRole('table').getByRole('link', { name: categories[0]!.title, exact: true }).click();
    await expect(page).toHaveURL(`${server.url}${categories[0]!.slug}/`);
    for (const category of categories.slice(1)) {
      await page.locator('a[rel="next"]').click();
      await expect(page.locator('h1')).toHaveText(category.title);
    }
    await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'At a glance' }).click();
    await expect(page).toHaveURL(`${server.url}#glance-${categories.at(-1)!.slug}`);
    await page.getByRole('link', { name: 'Getting started' }).first().click();
    await expect(page.locator('h1')).toHaveText('Getting started');
  } finally {
    await api.dispose();
    await browser.close();
    server.close();
  }
});
