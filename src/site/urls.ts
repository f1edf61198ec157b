/**
 * Addresses of a guide's pages and sections (or of the site's own pages), built from the base path, the one
 * place that knows it. In a library, a guide's addresses are under /<guide>/.
 */
export interface Urls {
  /** The site's base path. */
  base: string;
  /** The root of these pages: the base path, and in a library the guide's folder. */
  root: string;
  /** A path written from this root ("getting-started/", "#at-a-glance"), under the base path. */
  link(path?: string): string;
  category(slug: string): string;
  section(slug: string, id: string): string;
  /**
   * A link written in content, from the guide's root ("/log-retention/"), or to another guide of a library
   * from the site's root ("/other-guide/log-retention/"), as the page writes it out.
   */
  content(href: string): string;
  /** The absolute address, when the site's address is known (SITE_URL); otherwise nothing. */
  absolute(path: string): string | undefined;
}

export function makeUrls(base: string, siteUrl: string | undefined, guide?: string, libraryGuides: readonly string[] = []): Urls {
  const root = guide ? `${base}${guide}/` : base;
  const link = (path = '') => root + path.replace(/^\//, '');
  return {
    base,
    root,
    link,
    category: (slug) => link(`${slug}/`),
    section: (slug, id) => `${link(`${slug}/`)}#${id}`,
    content: (href) => {
      const first = /^\/([^/#?]+)/.exec(href)?.[1];
      return first && libraryGuides.includes(first) ? base + href.slice(1) : link(href);
    },
    absolute: (path) => (siteUrl ? new URL(path, siteUrl).href : undefined),
  };
}

/** Id of a category's row in the at-a-glance table, so a link can point at one row. */
export const glanceRowId = (slug: string) => `glance-${slug}`;

/** Id of one service's group of getting-started resources. */
export const resourceGroupId = (serviceId: string) => `start-${serviceId}`;

/** Stable id of a document-history row: its date and change, so the RSS feed can link to one row. */
export const historyAnchor = (entry: { date: Date; change: string }) =>
  `change-${entry.date.toISOString().slice(0, 10)}-${entry.change
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')}`;

/** Id of a rule in the decision helper's table. */
export const ruleAnchor = (index: number) => `rule-${index + 1}`;
