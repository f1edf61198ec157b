import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { parse } from 'yaml';
import { listComponents, listItems, type ListComponent } from '../../src/guide/content/components.ts';
import type { GuideMeta } from '../../src/guide/index.ts';
import { axeInBothThemes } from '../support/axe.ts';
import { messaging } from '../support/content-copy.ts';
import { fixtureSite } from '../support/fixture-sites.ts';
import { allPages, readGuide } from '../support/guide-content.ts';
import { layoutProblemsInBothThemes } from '../support/layout.ts';
import { expect, test } from '../support/test.ts';

// A guide written the way authors write (tests/fixtures/messaging): four services, sides of real length
// with tables, long command lines and code, footnotes, a task list, images of its own, comments. Every
// check finds what it looks at in the built pages, so the fixture can grow without the tests changing.
const { guide, categories } = readGuide(messaging);
// Every page of the guide, and of its Arabic translation (i18n/ar/) the pages that show each case: the home
// page, a translated page, a stale one, and one falling back to English, which shows every kind of content
// (tables, code, footnotes) inside the right-to-left frame.
const rtlPages = ['ar/', 'ar/latency/', 'ar/monitoring-and-operations/', 'ar/delivery-model/', 'ar/decide/', 'ar/whole-guide/'];
const pages = [...allPages(messaging).filter((path) => !path.startsWith('ar/')), ...rtlPages];
const serviceNames = guide.services.map((service) => service.name);

// Built once for the run by the global setup.
const site = fixtureSite('messaging');

/** The first category page that has `selector`, and the page open there. */
async function pageWith(page: Page, selector: string): Promise<string> {
  for (const category of categories) {
    await page.goto(`${site.url}${category.slug}/`);
    if ((await page.locator(selector).count()) > 0) return category.slug;
  }
  throw new Error(`no category page of the fixture has ${selector}`);
}

for (const viewport of [
  { width: 360, height: 780 },
  { width: 768, height: 1024 },
  { width: 1280, height: 800 },
  { width: 1920, height: 1080 },
]) {
  test(`real-length content lays out cleanly at ${viewport.width} px, in both themes`, async ({ page }) => {
    test.setTimeout(240_000);
    // The guarded page (support/test.ts): no console error and no other host, at every width.
    await page.setViewportSize(viewport);
    const problems: string[] = [];
    for (const path of pages) {
      await page.goto(site.url + path);
      for (const problem of await layoutProblemsInBothThemes(page)) problems.push(`/${path} ${problem}`);
    }
    expect(problems).toEqual([]);
  });
}

// One test a page and theme: each is short, so a busy machine slows the run without failing it.
for (const path of pages) {
  test(`axe finds no WCAG 2.2 AA violation on real-length /${path}, in either theme`, async ({ page }) => {
    expect(await axeInBothThemes(page, site.url + path)).toEqual([]);
  });
}

test('four services sit side by side on a laptop and wider, one under another on a phone, cards of a row equally tall', async ({ page }) => {
  for (const category of categories) {
    await page.goto(`${site.url}${category.slug}/`);
    await expect(page.locator('.side h2')).toHaveText(serviceNames);
    // One load per page, laid out again at each width.
    for (const [width, columns] of [
      [1280, 4],
      [1920, 4],
      [360, 1],
    ] as const) {
      await page.setViewportSize({ width, height: 900 });
      const boxes = await page.locator('.side').evaluateAll((sides) => sides.map((side) => side.getBoundingClientRect().toJSON() as DOMRect));
      const rows = new Set(boxes.map((box) => Math.round(box.top)));
      expect(rows.size, `/${category.slug}/ at ${width} px`).toBe(serviceNames.length / columns);
      if (columns > 1) expect(new Set(boxes.map((box) => Math.round(box.height))).size, `/${category.slug}/ cards' heights at ${width} px`).toBe(1);
    }
  }
});

test('code is highlighted at build time in both themes, named, copyable, and scrolls inside its block', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 360, height: 780 }, permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await context.newPage();
  await pageWith(page, '.code-block');
  const block = page.locator('.code-block').first();
  await expect(block.locator('.code-language')).not.toHaveText('');
  const pre = block.locator('pre');
  const region = block.locator('section.code-scroll');
  await expect(region).toHaveAttribute('aria-label', /^\S.* code 1: \S/);
  await expect(region).toHaveAttribute('tabindex', '0');
  // No inline style anywhere in the content: the CSP would block it.
  expect(await page.locator('article [style]').count()).toBe(0);
  const colours = () => pre.locator('span[class*="sl-"]').evaluateAll((spans) => [...new Set(spans.map((span) => getComputedStyle(span).color))]);
  const light = await colours();
  expect(light.length, 'tokens in more than one colour').toBeGreaterThan(1);
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await colours()).not.toEqual(light);
  // A long line scrolls inside the block, and the page does not.
  const widest = await page
    .locator('.code-block .code-scroll')
    .evaluateAll((blocks) => Math.max(...blocks.map((element) => element.scrollWidth - element.clientWidth)));
  expect(widest).toBeGreaterThan(0);
  expect(await page.evaluate(() => document.scrollingElement!.scrollWidth - document.scrollingElement!.clientWidth)).toBeLessThanOrEqual(1);
  await block.getByRole('button', { name: /^Copy the .* code$/ }).click();
  // The copy is written asynchronously after the click: wait for it to land.
  const code = await pre.evaluate((element) => element.textContent);
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(code);
  await context.close();
});

test('tables written in a side stay inside their card and scroll in a named region', async ({ page }) => {
  await pageWith(page, '.side .table-scroll');
  const region = page.locator('.side .table-scroll').first();
  expect(await region.evaluate((element) => element.tagName)).toBe('SECTION');
  await expect(region).toHaveAttribute('aria-label', /^Table \d+: /);
  const inside = await region.evaluate((element) => {
    const card = element.closest('.side')!.getBoundingClientRect();
    const box = element.getBoundingClientRect();
    return box.left >= card.left - 1 && box.right <= card.right + 1;
  });
  expect(inside).toBe(true);
});

test('footnotes link to their notes and back, and the notes end the page', async ({ page }) => {
  const slug = await pageWith(page, '[data-footnote-ref]');
  const reference = page.locator('[data-footnote-ref]').first();
  await reference.click();
  const note = page.locator(':target');
  await expect(note).toBeVisible();
  expect(await note.evaluate((element) => element.closest('section.footnotes') !== null)).toBe(true);
  await note.locator('[data-footnote-backref]').first().click();
  await expect(page).toHaveURL(new RegExp(`/${slug}/#user-content-fnref-`));
  // In the Markdown twin too, as Markdown footnotes.
  const twin = await (await page.request.get(`${site.url}${slug}.md`)).text();
  expect(twin).toMatch(/\[\^[^\]]+\]/);
  expect(twin).toMatch(/^\[\^[^\]]+\]: /m);
});

test('task lists, autolinks and strikethrough render as GFM defines them', async ({ page }) => {
  await pageWith(page, '.contains-task-list');
  const boxes = page.locator('.task-list-item input[type="checkbox"]');
  expect(await boxes.count()).toBeGreaterThan(1);
  expect(await boxes.evaluateAll((inputs) => inputs.every((input) => (input as HTMLInputElement).disabled))).toBe(true);
  let autolinks = 0;
  let struck = 0;
  for (const category of categories) {
    await page.goto(`${site.url}${category.slug}/`);
    autolinks += await page.locator('article a[href^="http"]').evaluateAll(
      (links) =>
        links.filter(
          (link) =>
            link.textContent?.replace(/\s*\(external site\)$/, '') ===
              link
                .getAttribute('href')
                ?.replace(/^https?:\/\//, '')
                .replace(/^http:\/\//, '') || link.textContent?.startsWith('http'),
        ).length,
    );
    struck += await page.locator('article del').count();
  }
  expect(autolinks, 'bare addresses become links').toBeGreaterThan(0);
  expect(struck, '~~text~~ is struck out').toBeGreaterThan(0);
});

test("the guide's own images come through Astro's asset pipeline with their size", async ({ page }) => {
  await pageWith(page, 'article img');
  const images = await page.locator('article img').evaluateAll((elements) =>
    elements.map((image) => ({
      src: image.getAttribute('src') ?? '',
      width: image.getAttribute('width'),
      height: image.getAttribute('height'),
      loaded: (image as HTMLImageElement).naturalWidth > 0,
      alt: image.getAttribute('alt'),
    })),
  );
  for (const image of images) {
    expect(image.src).toMatch(/^\/_astro\/.+\.(svg|webp)$/);
    expect(Number(image.width)).toBeGreaterThan(0);
    expect(Number(image.height)).toBeGreaterThan(0);
    expect(image.alt).toBeTruthy();
    await expect
      .poll(
        async () =>
          await page
            .locator(`article img[src="${image.src}"]`)
            .first()
            .evaluate((element) => (element as HTMLImageElement).complete && (element as HTMLImageElement).naturalWidth > 0),
      )
      .toBe(true);
  }
});

test('search finds words written in tables, code and footnotes of sides', async ({ page }) => {
  // A word from each: found in the built pages, then searched for.
  const words = new Map<string, string>();
  for (const [selector, kind] of [
    ['.side td', 'table'],
    ['.side pre', 'code'],
    ['.footnotes li p', 'footnote'],
  ] as const) {
    const slug = await pageWith(page, selector);
    const text = (await page.locator(selector).first().textContent()) ?? '';
    const word = text.match(/\b[a-z]{7,}\b/i)?.[0];
    if (word) words.set(`${kind}: ${word}`, slug);
  }
  expect(words.size).toBe(3);
  for (const [label, slug] of words) {
    const word = label.split(': ')[1]!;
    await page.goto(`${site.url}search/?q=${encodeURIComponent(word)}`);
    await expect(page.locator('main .search-status'), label).toHaveText(/results? for/);
    const hrefs = await page.locator('main .search-results a.result-title').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
    expect(
      hrefs.some((href) => href.includes(`/${slug}/`)),
      `${label} → /${slug}/ in ${hrefs.join(', ')}`,
    ).toBe(true);
  }
});

test('the home page shows every item of every list component the introduction places (the registry in guide/content/components.ts)', async ({ page }) => {
  const introduction = readFileSync(join(messaging, 'introduction.mdx'), 'utf8');
  const meta = parse(readFileSync(join(messaging, 'guide.yaml'), 'utf8')) as GuideMeta;
  await page.goto(site.url);
  for (const name of Object.keys(listComponents) as ListComponent[]) {
    // The fixture places every list the registry declares, so a list whose renderer is missing cannot pass unseen.
    expect(introduction, `introduction.mdx places <${name} />`).toContain(`<${name} />`);
    const items = listItems(name, meta);
    const list = page.locator(`main ul.${listComponents[name].className}`);
    await expect(list.locator(':scope > li'), `<${name} />`).toHaveCount(items.length);
    for (const [index, item] of items.entries()) {
      const entry = list.locator(':scope > li').nth(index);
      await expect(entry.locator('strong').first()).toContainText(item.name);
      await expect(entry).toContainText(item.text.slice(0, 40));
      if (item.href) await expect(entry.locator('strong a').first()).toHaveAttribute('href', item.href);
      if (item.details) await expect(entry.locator('ul > li')).toHaveCount(item.details.length);
    }
  }
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('code reads the same and shows no Copy button that could not work', async ({ page }) => {
    await pageWith(page, '.code-block');
    await expect(page.locator('.code-block pre').first()).toBeVisible();
    await expect(page.locator('.code-block .copy-code').first()).toBeHidden();
  });
});

// The fixture's partial Arabic translation (i18n/ar/): a right-to-left frame, a page translated and
// current, one whose source changed since (its translation.yaml records an older version), the rest not
// translated. Its pages are also in `pages` above, so layout and axe check every one of them.
test.describe('the Arabic translation, right to left', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('lays out from the right: the page reads right to left, the category list on the right', async ({ page }) => {
    await page.goto(`${site.url}ar/latency/`);
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
    await expect(page.locator('.translation-notice')).toHaveCount(0);
    const list = (await page.locator('.category-nav nav').boundingBox())!;
    const main = (await page.locator('main').boundingBox())!;
    expect(list.x, 'the category list starts the line, on the right').toBeGreaterThan(main.x);
    const h1 = (await page.locator('h1').boundingBox())!;
    expect(h1.x + h1.width, 'the title starts at the right edge of the text').toBeGreaterThan(main.x + main.width - 40);
  });

  test('a page whose source changed since says so and links to the original; its sections keep their addresses', async ({ page }) => {
    await page.goto(`${site.url}monitoring-and-operations/`);
    const ids = await page.locator('main :is(h2, h3, h4)[id]').evaluateAll((headings) => headings.map((heading) => heading.id));
    await page.goto(`${site.url}ar/monitoring-and-operations/`);
    const notice = page.locator('.translation-notice');
    await expect(notice).toHaveAttribute('data-translation', 'stale');
    await expect(notice.getByRole('link')).toHaveAttribute('href', '/monitoring-and-operations/');
    await expect(notice.getByRole('link')).toHaveAttribute('lang', 'en');
    expect(await page.locator('main :is(h2, h3, h4)[id]').evaluateAll((headings) => headings.map((heading) => heading.id))).toEqual(ids);
  });

  test('a page not translated yet says so, and its text is marked as English, left to right', async ({ page }) => {
    const untranslated = categories.find((category) => !['latency', 'monitoring-and-operations'].includes(category.slug))!;
    await page.goto(`${site.url}ar/${untranslated.slug}/`);
    await expect(page.locator('.translation-notice')).toHaveAttribute('data-translation', 'missing');
    await expect(page.locator('article')).toHaveAttribute('lang', 'en');
    await expect(page.locator('article')).toHaveAttribute('dir', 'ltr');
    await expect(page.locator('h1')).toHaveText(untranslated.title);
    // Where the Arabic frame lists English titles (the category list, the helper's name, the breadcrumb),
    // each is marked as English, so it reads left to right, its question mark at its end.
    const listed = page.getByRole('navigation', { name: 'الفئات' }).getByRole('link', { name: untranslated.title });
    await expect(listed.locator('span')).toHaveAttribute('lang', 'en');
    await expect(page.locator('.site-nav a[href$="/decide/"] span')).toHaveAttribute('dir', 'ltr');
    await expect(page.locator('.breadcrumbs [aria-current="page"] span')).toHaveAttribute('lang', 'en');
    const translated = page.getByRole('navigation', { name: 'الفئات' }).locator('a[href$="/ar/latency/"]');
    await expect(translated.locator('span[lang]')).toHaveCount(0);
  });
});
