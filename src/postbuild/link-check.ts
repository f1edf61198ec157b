import type { BuiltPage } from './output.ts';

export interface LinkReport {
  /** Each a full sentence naming the page and the bad link. */
  problems: string[];
  /** External URL → the pages that link to it. Listed, never fetched. */
  external: Map<string, Set<string>>;
}

/**
 * The last wall: every internal link and fragment of the built site must resolve, and ids must be unique
 * within a page. Links written in content were already checked, with their file and line, by the site
 * model; what this finds is a template's mistake, so it names the page. The Markdown, llms.txt and JSON
 * forms of the guide count as pages with no ids.
 */
export function checkLinks(
  pages: BuiltPage[],
  { base, origin, siteOrigin, files }: { base: string; origin: string; siteOrigin?: string | undefined; files: Set<string> },
): LinkReport {
  const problems: string[] = [];
  const external = new Map<string, Set<string>>();
  const ids = new Map<string, Set<string>>();
  for (const page of pages) {
    const seen = new Set<string>();
    for (const id of page.ids) {
      if (seen.has(id)) problems.push(`page ${page.path} has two elements with id "${id}"; give one of the headings an explicit id ([#other-id])`);
      seen.add(id);
    }
    ids.set(page.path, seen);
  }
  for (const page of pages) {
    for (const href of page.links) {
      if (href === '' || href === '#' || /^(mailto|tel|data):/i.test(href)) continue;
      const url = new URL(href, `${origin}${page.path}`);
      // An absolute link to the site's own address (SITE_URL) is a link within the site.
      if (url.origin !== origin && url.origin !== siteOrigin) {
        if (!external.has(url.href)) external.set(url.href, new Set());
        external.get(url.href)?.add(page.path);
        continue;
      }
      const where = `page ${page.path} links to "${href}"`;
      const target = safeDecode(decodeURI, url.pathname);
      const fragment = safeDecode(decodeURIComponent, url.hash.slice(1));
      if (target === undefined || fragment === undefined) problems.push(`${where}, which has a malformed %-escape`);
      else if (!target.startsWith(base)) problems.push(`${where}, which is outside the site's base path ${base}`);
      else if (!ids.has(target) && !files.has(target)) problems.push(`${where}, but no page exists at ${target}`);
      else if (fragment && !ids.get(target)?.has(fragment)) problems.push(`${where}, but ${target} has no element with id "${fragment}"`);
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
