/** Site-relative link that keeps working when the guide is served under a base path. */
export function link(path = ''): string {
  const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
  return base + path.replace(/^\//, '');
}

export const categoryPath = (slug: string) => link(`${slug}/`);

/** Id of a category's row in the at-a-glance table, so a link can point at one row. */
export const glanceRowId = (slug: string) => `glance-${slug}`;

/** Stable id of a document-history row: its date and change, so the RSS feed can link to one row. */
export const historyAnchor = (entry: { date: Date; change: string }) =>
  `change-${entry.date.toISOString().slice(0, 10)}-${entry.change.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}`;
