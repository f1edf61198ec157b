/**
 * The guide as a PDF, printed by Chromium from the built whole-guide page (all its parts joined): a cover
 * with the title, purpose and last-updated date, a contents page, every section on a new page, page numbers,
 * bookmarks from the headings, tagged for screen readers, links that work. The pages are served to the
 * browser from the build folder in memory, under an address that cannot reach the network.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import type { Page } from 'playwright-core';
import type { LanguageCode } from '../i18n/languages.ts';
import { uiStrings } from '../i18n/ui/index.ts';
import { readableDate } from '../site/dates.ts';
import type { GuideSite, Site } from '../site/model.ts';
import { wholeGuidePath } from '../site/page-paths.ts';
import { ownRoutes } from '../site/routes.ts';
import { chromiumArgs } from './chromium.ts';
import { withPdfDates } from './pdf-dates.ts';
import { withStableStructureIds } from './pdf-structure-ids.ts';
import { sections } from '../site/sections.ts';

const origin = 'http://guidepost.invalid';
const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
};

/** Prints every guide that offers a PDF into the build folder `outDir`. Returns one line per file written. */
export async function printGuides(site: Site, outDir: string): Promise<string[]> {
  const guides = site.guides.filter((guideSite) => guideSite.pdf);
  if (!guides.length || !site.settings.chromium) return [];
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath: site.settings.chromium, args: chromiumArgs });
  try {
    const context = await browser.newContext({ javaScriptEnabled: true });
    await context.route('**/*', async (route) => {
      const url = new URL(route.request().url());
      const path = decodeURIComponent(url.pathname);
      if (url.origin !== origin || !path.startsWith(site.urls.base)) return route.abort();
      const file = join(outDir, path.slice(site.urls.base.length), path.endsWith('/') ? 'index.html' : '');
      try {
        await route.fulfill({ body: await readFile(file), contentType: types[extname(file)] ?? 'application/octet-stream' });
      } catch {
        await route.fulfill({ status: 404, body: '' });
      }
    });
    const written: string[] = [];
    for (const guideSite of guides) {
      const page = await context.newPage();
      const file = join(outDir, guideSite.pdf!.href.slice(site.urls.base.length));
      await print(page, site, guideSite, file);
      await page.close();
      written.push(file);
    }
    return written;
  } finally {
    await browser.close();
  }
}

async function print(page: Page, site: Site, guideSite: GuideSite, file: string) {
  const { urls, guide, language } = guideSite;
  const ui = uiStrings(language.code as LanguageCode);
  const pageNumber = ui.forms.pdfPage('<span class="pageNumber"></span>', '<span class="totalPages"></span>');
  const parts = Array.from({ length: guideSite.wholeGuideParts }, (_, index) => origin + urls.link(wholeGuidePath(index + 1)));
  await page.emulateMedia({ media: 'print', colorScheme: 'light' });
  const response = await page.goto(parts[0]!, { waitUntil: 'load' });
  if (!response?.ok()) throw new Error(`PDF: the whole-guide page ${urls.link(ownRoutes.wholeGuide)} was not found in the build`);
  await page.evaluate(joinParts, parts.slice(1));
  await page.evaluate(resolveLinks, { guideRoot: origin + urls.root, pages: inDocument(guideSite), siteUrl: site.settings.siteUrl ?? null });
  await page.evaluate((title) => {
    document.title = title;
    document.documentElement.dataset['print'] = 'pdf';
  }, guide.meta.title);
  const pdf = await page.pdf({
    format: 'A4',
    printBackground: true,
    outline: true,
    tagged: true,
    displayHeaderFooter: true,
    headerTemplate: '<span></span>',
    footerTemplate: `<div lang="${language.code}" dir="${language.dir}" style="font: 8pt system-ui, sans-serif; color: #555; inline-size: 100%; padding-inline: 16mm; display: flex; justify-content: space-between;"><span>${escapeHtml(guide.meta.title)} · ${escapeHtml(readableDate(guide.meta.lastUpdated, language.code))}</span><span>${pageNumber}</span></div>`,
    margin: { top: '18mm', bottom: '20mm', left: '18mm', right: '18mm' },
  });
  // Chromium stamps the moment of printing; the same guide must print to the same bytes (see pdf-dates.ts).
  await writeFile(file, withStableStructureIds(withPdfDates(pdf, site.settings.sourceDate ?? guide.meta.lastUpdated)));
}

/**
 * Where a link to one of the guide's pages lands inside the printed document: the page's address (from the
 * guide's root) → how to turn its #fragment into an id of the document.
 */
function inDocument(guideSite: GuideSite): Record<string, { id: string; prefix?: string }> {
  const pages: Record<string, { id: string; prefix?: string }> = {
    [ownRoutes.home]: { id: 'main' },
    [ownRoutes.gettingStarted]: { id: sections.gettingStarted.id },
    [ownRoutes.history]: { id: sections.history.id },
  };
  for (let part = 1; part <= guideSite.wholeGuideParts; part++) pages[wholeGuidePath(part)] = { id: 'main' };
  for (const category of guideSite.guide.categories) pages[`${category.slug}/`] = { id: category.slug, prefix: `${category.slug}-` };
  return pages;
}

/** In the browser: appends the content of the whole guide's other parts to this one, so the PDF holds them all. */
async function joinParts(urls: string[]) {
  const main = document.querySelector('main')!;
  for (const url of urls) {
    const html = await (await fetch(url)).text();
    const other = new DOMParser().parseFromString(html, 'text/html').querySelector('main');
    if (!other) throw new Error(`PDF: ${url} has no main content`);
    other.querySelectorAll('.guide-cover, .guide-contents').forEach((element) => element.remove());
    main.append(...[...other.children].map((child) => document.adoptNode(child)));
  }
  main.querySelectorAll('.prev-next, .page-forms').forEach((element) => element.remove());
  // One contents list for the whole document, from its sections.
  const list = main.querySelector('.guide-contents ol');
  if (list && urls.length) {
    list.replaceChildren(
      ...[...main.querySelectorAll('.guide-section > .heading > h2[id], .guide-section > h2[id]')].map((heading) => {
        const item = document.createElement('li');
        const link = item.appendChild(document.createElement('a'));
        link.href = `#${heading.id}`;
        link.textContent = heading.textContent;
        return item;
      }),
    );
  }
}

/**
 * In the browser: a link to a page the document holds becomes a link within it; any other link to the
 * site becomes absolute when the site's address is known, and plain text when it is not.
 */
function resolveLinks({ guideRoot, pages, siteUrl }: { guideRoot: string; pages: Record<string, { id: string; prefix?: string }>; siteUrl: string | null }) {
  for (const link of document.querySelectorAll<HTMLAnchorElement>('main a[href]')) {
    const url = new URL(link.getAttribute('href')!, location.href);
    if (url.origin !== location.origin) continue;
    const target = url.href.startsWith(guideRoot) ? pages[decodeURI(url.pathname).slice(new URL(guideRoot).pathname.length)] : undefined;
    const fragment = decodeURIComponent(url.hash.slice(1));
    const id = target && fragment ? `${target.prefix ?? ''}${fragment}` : target?.id;
    if (id && document.getElementById(id)) link.setAttribute('href', `#${id}`);
    else if (siteUrl) link.setAttribute('href', siteUrl + url.pathname + url.hash);
    else link.removeAttribute('href');
  }
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (character) => `&#${character.charCodeAt(0)};`);
}
