import rss from '@astrojs/rss';
import { getSite } from '../site/index.ts';
import { ownRoutes } from '../site/routes.ts';
import { historyAnchor } from '../site/urls.ts';

export function GET() {
  const { guide, urls, settings } = getSite();
  return rss({
    title: `${guide.meta.title}: document history`,
    description: guide.meta.historyIntro,
    // A feed's links must be absolute; without SITE_URL they are written from the site root and the build says so.
    site: settings.siteUrl ?? 'http://localhost',
    // Item links carry their own slash and a #fragment; the package would append another slash after it.
    trailingSlash: false,
    items: guide.history.map((entry) => ({
      title: entry.change,
      description: entry.description,
      pubDate: entry.date,
      link: urls.link(`${ownRoutes.history}#${historyAnchor(entry)}`),
    })),
  });
}
