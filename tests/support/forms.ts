// Checks of a guide's other forms (Markdown twins, llms.txt, guide.json, the PDF), shared by the tests of the
// real guide, the three-service fixture and the library. Expectations come from the content files.
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { APIRequestContext } from '@playwright/test';
import { expect } from '@playwright/test';
import { readPdf } from './pdf.ts';

export interface ExpectedGuide {
  title: string;
  services: { id: string; name: string }[];
  categories: { slug: string; title: string; glance: Record<string, string> }[];
  /** The interface words the forms use, in the guide's language; English when absent. */
  words?: FormWords;
}

/** Interface words of the forms, written here for each language the tests build rather than read from the generator. */
export interface FormWords {
  categories: string;
  lastUpdated: string;
  contents: string;
  page: (page: number, total: number) => string;
  bookmarks: string[];
}

export const formWords: Record<'en' | 'de', FormWords> = {
  en: {
    categories: 'Categories',
    lastUpdated: 'Last updated',
    contents: 'Contents',
    page: (page, total) => `Page ${page} of ${total}`,
    bookmarks: ['Contents', 'Introduction', 'At a glance', 'Getting started', 'Document history'],
  },
  de: {
    categories: 'Kategorien',
    lastUpdated: 'Zuletzt aktualisiert',
    contents: 'Inhalt',
    page: (page, total) => `Seite ${page} von ${total}`,
    bookmarks: ['Inhalt', 'Einführung', 'Auf einen Blick', 'Erste Schritte', 'Änderungsverlauf'],
  },
};

/** Every Markdown link and autolink of a text. */
export const markdownLinks = (text: string) =>
  [...text.matchAll(/\]\((?:<([^>]*)>|([^)\s]+))|<(https?:\/\/[^>\s]+)>/g)].map((match) => match[1] ?? match[2] ?? match[3] ?? '');

/** An HTML tag, as opposed to a Markdown autolink such as <https://…>. */
const htmlTag = /<(?!https?:\/\/)\/?[a-z][^>]*>/i;

async function text(request: APIRequestContext, url: string, type: RegExp): Promise<string> {
  const response = await request.get(url);
  expect(response.status(), `${url} is served`).toBe(200);
  expect(response.headers()['content-type'], `${url} has the right type`).toMatch(type);
  return response.text();
}

/**
 * `root` is the guide's address in the served site, ending in "/". `siteRoot` is where the site's own files
 * (guide.schema.json) live. Links inside the forms may be absolute (SITE_URL); `toServed` maps them back to
 * the served site.
 */
export async function expectGuideForms(
  request: APIRequestContext,
  root: string,
  expected: ExpectedGuide,
  options: { siteRoot?: string; toServed?: (url: string) => string; pdf?: boolean } = {},
) {
  const { siteRoot = root, toServed = (url: string) => new URL(url, root).href, pdf = true } = options;
  const words = expected.words ?? formWords.en;

  // llms.txt: title, summary, a list of every page's Markdown twin, each of which is served.
  const llms = await text(request, `${root}llms.txt`, /^text\/plain/);
  expect(llms.split('\n')[0]).toBe(`# ${expected.title}`);
  expect(llms).toMatch(/\n> \S/);
  expect(llms).toContain(`\n## ${words.categories}\n`);
  const listed = markdownLinks(llms);
  for (const category of expected.categories) {
    expect(
      listed.some((url) => url.endsWith(`/${category.slug}.md`)),
      `llms.txt lists ${category.slug}.md`,
    ).toBe(true);
  }
  const internal = (url: string) => url.startsWith('/') || toServed(url) !== url;
  for (const url of listed.filter(internal)) {
    const response = await request.get(toServed(url));
    expect(response.status(), `${url}, listed in llms.txt, is served`).toBe(200);
  }

  // Each category's twin: its title, the glance line and a heading for every service, and no HTML or MDX.
  for (const category of expected.categories) {
    const markdown = await text(request, `${root}${category.slug}.md`, /^text\/markdown/);
    expect(markdown.split('\n')[0]).toBe(`# ${category.title}`);
    for (const service of expected.services) {
      expect(markdown, `${category.slug}.md has a heading for ${service.name}`).toContain(`\n## ${service.name}\n`);
      expect(markdown).toContain(category.glance[service.id]!.replace(/'/g, '’').slice(0, 20));
    }
    expect(markdown).not.toMatch(htmlTag);
    expect(markdown).not.toMatch(/^(import|export) /m);
  }

  // llms-full.txt: the whole guide, every category and service.
  const full = await text(request, `${root}llms-full.txt`, /^text\/plain/);
  for (const category of expected.categories) expect(full).toContain(`\n## ${category.title}\n`);
  for (const service of expected.services) expect(full).toContain(service.name);
  expect(full).not.toMatch(htmlTag);

  // guide.json: valid against the published schema, and holding every category in order with both sides.
  const data = JSON.parse(await text(request, `${root}guide.json`, /^application\/json/)) as {
    version: number;
    $schema: string;
    services: { id: string }[];
    categories: {
      slug: string;
      title: string;
      glance: Record<string, string>;
      sides: { service: string; markdown: string }[];
      sections: { id: string; url: string }[];
    }[];
  };
  const schema = JSON.parse(await text(request, `${siteRoot}guide.schema.json`, /json/)) as object;
  const validate = new Ajv2020({ strict: false, validateFormats: false }).compile(schema);
  expect(validate(data), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
  expect(data.version).toBe(1);
  expect(toServed(data.$schema)).toBe(`${siteRoot}guide.schema.json`);
  expect(data.services.map((service) => service.id)).toEqual(expected.services.map((service) => service.id));
  expect(data.categories.map((category) => category.slug)).toEqual(expected.categories.map((category) => category.slug));
  for (const [index, category] of data.categories.entries()) {
    expect(category.glance).toEqual(
      Object.fromEntries(expected.services.map((service) => [service.id, expected.categories[index]!.glance[service.id]!.replace(/'/g, '’')])),
    );
    expect(category.sides.map((side) => side.service)).toEqual(expected.services.map((service) => service.id));
    for (const side of category.sides) expect(side.markdown.length).toBeGreaterThan(20);
  }
  // Every section address leads to an element with that id.
  const first = data.categories[0]!;
  const html = await (await request.get(toServed(first.sections[0]!.url.split('#')[0]!))).text();
  for (const section of first.sections) expect(html, `${section.url} exists`).toContain(`id="${section.id}"`);

  if (!pdf) return;
  // The PDF: a cover, contents, every category, bookmarks, tags, page numbers and working links.
  const response = await request.get(`${root}guide.pdf`);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toBe('application/pdf');
  const document = await readPdf(new Uint8Array(await response.body()));
  expect(document.title).toBe(expected.title);
  expect(document.tagged, 'the PDF is tagged').toBe(true);
  expect(document.pages).toBeGreaterThanOrEqual(expected.categories.length + 4);
  expect(document.text[0]).toContain(expected.title);
  expect(document.text[0]).toContain(words.lastUpdated);
  expect(document.text[1]).toContain(words.contents);
  expect(document.text[1]).toContain(words.page(2, document.pages));
  const bookmarks = document.outline.map((entry) => entry.title);
  const allText = document.text.join('\n');
  for (const category of expected.categories) {
    expect(bookmarks, `a bookmark for ${category.title}`).toContain(category.title);
    expect(allText).toContain(category.title);
  }
  expect(bookmarks).toEqual(expect.arrayContaining([...words.bookmarks, ...expected.services.map((service) => service.name)]));
  expect(document.links.internal, 'contents and cross-references link within the PDF').toBeGreaterThanOrEqual(expected.categories.length);
}
