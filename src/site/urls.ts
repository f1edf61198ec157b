/** Addresses of the site's pages and sections, built from its base path, the one place that knows it. */
export interface Urls {
  base: string;
  /** A path of the site, written from its root ("getting-started/", "#at-a-glance"), under the base path. */
  link(path?: string): string;
  category(slug: string): string;
  section(slug: string, id: string): string;
  /** The absolute address, when the site's address is known (SITE_URL); otherwise nothing. */
  absolute(path: string): string | undefined;
}

export function makeUrls(base: string, siteUrl: string | undefined): Urls {
  const link = (path = '') => base + path.replace(/^\//, '');
  return {
    base,
    link,
    category: (slug) => link(`${slug}/`),
    section: (slug, id) => `${link(`${slug}/`)}#${id}`,
    absolute: (path) => (siteUrl ? new URL(path, siteUrl).href : undefined),
  };
}

/** Id of a category's row in the at-a-glance table, so a link can point at one row. */
export const glanceRowId = (slug: string) => `glance-${slug}`;

/** Id of one service's group of getting-started resources. */
export const resourceGroupId = (serviceId: string) => `start-${serviceId}`;

/** Stable id of a document-history row: its date and change, so the RSS feed can link to one row. */
export const historyAnchor = (entry: { date: Date; change: string }) =>
  `change-${entry.date.toISOString().slice(0, 10)}-${entry.change.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}`;

/** Id of a rule in the decision helper's table. */
export const ruleAnchor = (index: number) => `rule-${index + 1}`;
