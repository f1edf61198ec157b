import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { chromium, expect, request, test, type Browser } from '@playwright/test';
import { buildCopy } from '../support/build.ts';
import { expectGuideForms, markdownLinks } from '../support/forms.ts';
import { readGuide } from '../support/guide-content.ts';
import { serveSite } from '../support/serve.ts';

// A library of guides built as one site (tests/fixtures/library: the real guide, the three-service fixture,
// and an invented guide sharing the service gamma with it). Built once for these tests, with SITE_URL.
const fixture = resolve(import.meta.dirname, '../fixtures/library');
let browser: Browser;
let site: { url: string; close: () => void };
let dist: string;

test.beforeAll(async () => {
  const result = await buildCopy(undefined, { source: fixture, env: { SITE_URL: 'https://guides.example' }, pdf: true });
  expect(result.status, result.output).toBe(0);
  dist = result.dist;
  // The build writes beside the site and swaps it in; the console names the site's folder, never the staging one.
  expect(result.output).toContain(`directory: ${dist}/`);
  expect(result.output).toMatch(/sitemap-index\.xml` created at `[^`]*dist`/);
  expect(result.output).not.toContain('.builds');
  site = await serveSite(dist);
  browser = await chromium.launch(test.info().project.use.launchOptions);
});
test.afterAll(async () => {
  await browser?.close();
  site?.close();
});

test('the home lists every guide with its tagline, services and date, featured first', async () => {
  const page = await browser.newPage();
  await page.goto(site.url);
  await expect(page.locator('h1')).toHaveText('Fixture library of decision guides');
  const guides = page.locator('.guide-list > li');
  await expect(guides.locator('h3 a')).toHaveText([
    'Fixture guide — Gamma or Delta?',
    'AWS CloudTrail or Amazon CloudWatch?',
    'Fixture guide — Alpha, Beta or Gamma?',
  ]);
  await expect(guides.first()).toContainText('Featured');
  await expect(guides.nth(1)).toContainText('Compares AWS CloudTrail and Amazon CloudWatch. Last updated September 20, 2024.');
});

test('choosing a service narrows the guides in place, and leads to the service’s page without JavaScript', async () => {
  const page = await browser.newPage();
  await page.goto(site.url);
  const gamma = page.getByRole('button', { name: /Fixture Gamma/ });
  await gamma.click();
  await expect(gamma).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('.guide-list > li:visible h3 a')).toHaveText(['Fixture guide — Gamma or Delta?', 'Fixture guide — Alpha, Beta or Gamma?']);
  await expect(page.locator('.filter-status')).toHaveText('2 guides compare Fixture Gamma. Choose it again to show every guide.');
  await gamma.click();
  await expect(page.locator('.guide-list > li:visible')).toHaveCount(3);

  const noScript = await browser.newPage({ javaScriptEnabled: false });
  await noScript.goto(site.url);
  await noScript
    .getByRole('link', { name: /Fixture Gamma/ })
    .first()
    .click();
  await expect(noScript).toHaveURL(`${site.url}services/gamma/`);
});

test('a service’s page lists every guide and category that compares it, linked to its side', async () => {
  const page = await browser.newPage();
  await page.goto(`${site.url}services/gamma/`);
  await expect(page.locator('h1')).toHaveText('Fixture Gamma');
  await expect(page.locator('main h3')).toHaveText(['Fixture guide — Alpha, Beta or Gamma?', 'Fixture guide — Gamma or Delta?']);
  await page.getByRole('link', { name: 'Speed' }).click();
  await expect(page).toHaveURL(`${site.url}three-services/speed/#gamma`);
  await expect(page.locator('#gamma')).toBeInViewport();
});

test('each guide lives under its folder with all its pages, a way back to the library, and links between guides', async () => {
  const page = await browser.newPage();
  await page.goto(`${site.url}pebble-polish/gleam/`);
  await expect(page.locator('h1')).toHaveText('Gleam');
  await expect(page.locator('.site-header .site-title')).toHaveText('Fixture guide — Gamma or Delta?');
  for (const path of ['', 'getting-started/', 'history/', 'whole-guide/', 'rss.xml'])
    expect((await page.request.get(`${site.url}pebble-polish/${path}`)).status(), path).toBe(200);
  expect((await page.request.get(`${site.url}cloudtrail-or-cloudwatch/decide/`)).status()).toBe(200);
  await page.getByRole('link', { name: 'its speed in the other guide' }).click();
  await expect(page).toHaveURL(`${site.url}three-services/speed/#gamma`);
  await page.locator('.site-header .library-title').click();
  await expect(page).toHaveURL(site.url);
});

test('search inside a guide starts there, widens to every guide in one step, and filters by guide', async () => {
  const page = await browser.newPage();
  await page.goto(`${site.url}three-services/speed/`);
  await page.keyboard.press('/');
  const dialog = page.getByRole('dialog', { name: 'Search the guide' });
  await dialog.getByRole('searchbox').fill('polishes');
  const titles = dialog.locator('a.result-title');
  await expect(titles.first()).toBeVisible();
  for (const href of await titles.evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).pathname)))
    expect(href).toMatch(/^\/three-services\//);
  await dialog.getByLabel(/Only in/).uncheck();
  await expect(titles.filter({ hasText: 'Gleam' })).toHaveCount(1);

  await page.goto(`${site.url}search/?q=pebbles&guide=pebble-polish`);
  await expect(page.getByRole('combobox', { name: 'Guide' })).toHaveValue('pebble-polish');
  await expect(page.locator('main .search-results a.result-title').first()).toBeVisible();
  for (const href of await page
    .locator('main .search-results a.result-title')
    .evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).pathname)))
    expect(href).toMatch(/^\/pebble-polish\//);
});

test('one feed of every guide’s changes and one sitemap of every page', async () => {
  const feed = readFileSync(join(dist, 'rss.xml'), 'utf8');
  for (const title of ['Fixture guide — Gamma or Delta?: Fixture created', 'AWS CloudTrail or Amazon CloudWatch?: Initial release'])
    expect(feed).toContain(`<title>${title}</title>`);
  // Each feed links to the home of what it follows: the library, or one guide in its folder.
  expect(feed).toContain('</description><link>https://guides.example/</link>');
  expect(readFileSync(join(dist, 'three-services', 'rss.xml'), 'utf8')).toContain('</description><link>https://guides.example/three-services/</link>');
  const sitemap = readFileSync(join(dist, 'sitemap-0.xml'), 'utf8');
  for (const path of ['', 'services/gamma/', 'three-services/speed/', 'cloudtrail-or-cloudwatch/log-retention/', 'pebble-polish/gleam/'])
    expect(sitemap).toContain(`<loc>https://guides.example/${path}</loc>`);
});

test('every guide has its own Markdown, llms.txt, guide.json and PDF; the root llms.txt lists every guide', async () => {
  test.setTimeout(180_000);
  const api = await request.newContext();
  const toServed = (url: string) => url.replace('https://guides.example/', site.url);
  // A guide may name a service by its id alone; its name is then the library's (site.yaml).
  const shared = (parse(readFileSync(join(fixture, 'site.yaml'), 'utf8')) as { services: { id: string; name: string }[] }).services;
  for (const slug of ['cloudtrail-or-cloudwatch', 'three-services', 'pebble-polish']) {
    const expected = readGuide(join(fixture, 'guides', slug));
    const services = expected.guide.services.map((service) => ({ ...shared.find((entry) => entry.id === service.id), ...service }));
    await expectGuideForms(
      api,
      `${site.url}${slug}/`,
      { title: expected.guide.title, services, categories: expected.categories },
      { siteRoot: site.url, toServed },
    );
  }
  const root = await (await api.get(`${site.url}llms.txt`)).text();
  expect(root.split('\n')[0]).toBe('# Fixture library of decision guides');
  for (const title of ['## AWS CloudTrail or Amazon CloudWatch?', '## Fixture guide — Alpha, Beta or Gamma?', '## Fixture guide — Gamma or Delta?'])
    expect(root).toContain(`\n${title}\n`);
  for (const url of markdownLinks(root).filter((link) => link.startsWith('https://guides.example/')))
    expect((await api.get(toServed(url))).status(), url).toBe(200);
  const service = await (await api.get(`${site.url}services/gamma.md`)).text();
  expect(service.split('\n')[0]).toBe('# Fixture Gamma');
  await api.dispose();
});
