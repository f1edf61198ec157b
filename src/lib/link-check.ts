import { readdirSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { decodeEntities } from './html-text.ts';

export interface Page {
  /** The page's address under the site root, such as `/guide/log-retention/`. */
  path: string;
  html: string;
}

export interface LinkReport {
  /** Each a full sentence naming the page and the bad link. */
  problems: string[];
  /** External URL → the pages that link to it. Listed, never fetched. */
  external: Map<string, Set<string>>;
}

const attribute = /\s(?:href|src)="([^"]*)"/g;
const refresh = /http-equiv="refresh" content="\d+;\s*url=([^"]*)"/g;
const idAttribute = /\sid="([^"]*)"/g;
const sourceAttribute = /<main\b[^>]*\sdata-source="([^"]*)"/;


/** Every file of a built site by its address (`base` ends in "/"), and every page with its HTML. */
export function readSite(dir: string, base: string): { pages: Page[]; files: Set<string> } {
  const addresses = (readdirSync(dir, { recursive: true }) as string[]).map((file) => ({ file, address: base + file.split(sep).join('/') }));
  const pages = addresses
    .filter(({ file }) => file.endsWith('.html'))
    .map(({ file, address }) => ({ path: address.replace(/(^|\/)index\.html$/, '$1'), html: readFileSync(join(dir, file), 'utf8') }));
  return { pages, files: new Set(addresses.map(({ address }) => address)) };
}

/**
 * Checks every internal link and fragment of a built site: the page must exist and, when the link
 * names a section, the page must have an element with that id. Ids must be unique within a page, or
 * a link to one of them lands on the wrong section.
 */
export function checkLinks(pages: Page[], { base: prefix, site, files }: { base: string; site: string; files: Set<string> }): LinkReport {
  const siteOrigin = new URL(site).origin;
  const ids = new Map<string, Set<string>>();
  const problems: string[] = [];
  const external = new Map<string, Set<string>>();

  for (const page of pages) {
    const seen = new Set<string>();
    for (const [, id = ''] of page.html.matchAll(idAttribute)) {
      const value = decodeEntities(id);
      if (seen.has(value)) problems.push(`${describe(page)} has two elements with id "${value}"; give one of the headings an explicit id ([#other-id])`);
      seen.add(value);
    }
    ids.set(page.path, seen);
  }

  for (const page of pages) {
    const links = [...page.html.matchAll(attribute), ...page.html.matchAll(refresh)].map(([, value = '']) => decodeEntities(value));
    for (const href of links) {
      if (href === '' || href === '#' || /^(mailto|tel|data|javascript):/i.test(href)) continue;
      const url = new URL(href, `${siteOrigin}${page.path}`);
      if (url.origin !== siteOrigin) {
        if (!external.has(url.href)) external.set(url.href, new Set());
        external.get(url.href)?.add(page.path);
        continue;
      }
      // Named only when something is wrong: finding the page's source scans the whole page.
      const where = () => `${describe(page)} links to "${href}"`;
      const target = safeDecode(decodeURI, url.pathname);
      const fragment = safeDecode(decodeURIComponent, url.hash.slice(1));
      if (target === undefined || fragment === undefined) {
        problems.push(`${where()}, which has a malformed %-escape; expected %20-style escapes or plain characters`);
        continue;
      }
      if (!target.startsWith(prefix)) {
        problems.push(`${where()}, which is outside the site's base path ${prefix}; write site links from the root, like "/log-retention/"`);
        continue;
      }
      const targetIds = ids.get(target);
      if (!targetIds && !files.has(target)) {
        problems.push(`${where()}, but no page exists at ${target}; expected the address of an existing page, ending in "/"`);
        continue;
      }
      if (fragment && !targetIds?.has(fragment)) {
        problems.push(`${where()}, but ${target} has no section with id "${fragment}"; expected one of its heading or row ids`);
      }
    }
  }
  return { problems, external };
}

function safeDecode(decode: (text: string) => string, text: string): string | undefined {
  try {
    return decode(text);
  } catch {
    return undefined;
  }
}

function describe(page: Page): string {
  const source = sourceAttribute.exec(page.html)?.[1];
  return source ? `page ${page.path} (from ${decodeEntities(source)})` : `page ${page.path}`;
}
