import { readdirSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { Parser } from 'htmlparser2';

/** What the post-build checks need of one built page, read once with a real HTML parser. */
export interface BuiltPage {
  /** The page's address, under the base path: `/guides/x/log-retention/`. */
  path: string;
  ids: string[];
  /** Every href and src, and the target of a meta refresh, decoded as the browser would read them. */
  links: string[];
  /** The Content-Security-Policy the page declares in a meta element, if any. */
  csp: string | undefined;
}

export interface BuiltSite {
  /** Each HTML page by its file's path in the site ("cost/index.html"). */
  pages: Map<string, BuiltPage>;
  /** Every file of the site by its address. */
  files: Set<string>;
}

/**
 * Reads every HTML page of a built site (`base` ends in "/"). A page in `known` (one a rebuild took over
 * unchanged, as read when it was written: read-pages-cache.ts) is not read again.
 */
export function readBuiltSite(dir: string, base: string, known?: ReadonlyMap<string, BuiltPage>): BuiltSite {
  const files = (readdirSync(dir, { recursive: true }) as string[]).map((file) => file.split(sep).join('/'));
  const pages = new Map<string, BuiltPage>();
  for (const file of files.filter((name) => name.endsWith('.html')))
    pages.set(file, known?.get(file) ?? parsePage((base + file).replace(/(^|\/)index\.html$/, '$1'), readFileSync(join(dir, file), 'utf8')));
  // The guide's other forms are checked from the text the build wrote (see src/forms/write.ts).
  return { pages, files: new Set(files.map((file) => base + file)) };
}

/** The links of a Markdown, llms.txt or JSON form of the guide, as a page with no ids of its own. */
export function parseForm(path: string, text: string): BuiltPage {
  const links: string[] = [];
  if (path.endsWith('.json')) {
    // Addresses are the values of the keys that hold them ("url", "markdownUrl", "docs", "$schema", "$id").
    JSON.parse(text, (key, value: unknown) => {
      if (typeof value === 'string' && /^(url|markdownUrl|docs|\$schema|\$id)$/.test(key)) links.push(value);
      return value;
    });
  } else {
    for (const match of text.matchAll(/\]\((?:<([^>]*)>|([^)\s]+))|<(https?:\/\/[^>\s]+)>/g)) links.push(match[1] ?? match[2] ?? match[3] ?? '');
  }
  return { path, ids: [], links, csp: undefined };
}

export function parsePage(path: string, html: string): BuiltPage {
  const page: BuiltPage = { path, ids: [], links: [], csp: undefined };
  const parser = new Parser(
    {
      onopentag(_name, attributes) {
        if (attributes['id'] !== undefined) page.ids.push(attributes['id']);
        for (const name of ['href', 'src'] as const) if (attributes[name] !== undefined) page.links.push(attributes[name]);
        const equiv = attributes['http-equiv']?.toLowerCase();
        const refresh = equiv === 'refresh' ? /url=(.*)$/i.exec(attributes['content'] ?? '')?.[1] : undefined;
        if (refresh) page.links.push(refresh.trim());
        if (equiv === 'content-security-policy') page.csp = attributes['content'];
      },
    },
    { decodeEntities: true },
  );
  parser.end(html);
  return page;
}
