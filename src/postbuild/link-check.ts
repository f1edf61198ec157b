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
  // A link written from the site root (most are: every page's header and category list) leads to the same
  // place from any page, so it is resolved once.
  const resolved = new Map<string, Resolved>();
  for (const page of pages) {
    for (const href of page.links) {
      if (href === '' || href === '#' || /^(mailto|tel|data):/i.test(href)) continue;
      // Resolved against the site's origin alone, whatever the page ("//host/…" too).
      const fromRoot = href.startsWith('/');
      let link = fromRoot ? resolved.get(href) : undefined;
      if (!link) {
        link = resolve(href, page.path, origin, siteOrigin);
        if (fromRoot) resolved.set(href, link);
      }
      if ('external' in link) {
        if (!external.has(link.external)) external.set(link.external, new Set());
        external.get(link.external)?.add(page.path);
        continue;
      }
      const { target, fragment } = link;
      const where = () => `page ${page.path} links to "${href}"`;
      if (target === undefined || fragment === undefined) problems.push(`${where()}, which has a malformed %-escape`);
      else if (!target.startsWith(base)) problems.push(`${where()}, which is outside the site's base path ${base}`);
      else if (!ids.has(target) && !files.has(target)) problems.push(`${where()}, but no page exists at ${target}`);
      else if (fragment && !ids.get(target)?.has(fragment)) problems.push(`${where()}, but ${target} has no element with id "${fragment}"`);
    }
  }
  return { problems, external };
}

/** Where a link leads: another site, or a path of this one and a fragment (undefined when an escape is malformed). */
type Resolved = { external: string } | { target: string | undefined; fragment: string | undefined };

function resolve(href: string, pagePath: string, origin: string, siteOrigin: string | undefined): Resolved {
  const url = new URL(href, `${origin}${pagePath}`);
  // An absolute link to the site's own address (SITE_URL) is a link within the site.
  if (url.origin !== origin && url.origin !== siteOrigin) return { external: url.href };
  return { target: safeDecode(decodeURI, url.pathname), fragment: safeDecode(decodeURIComponent, url.hash.slice(1)) };
}

function safeDecode(decode: (text: string) => string, text: string): string | undefined {
  try {
    return decode(text);
  } catch {
    return undefined;
  }
}
