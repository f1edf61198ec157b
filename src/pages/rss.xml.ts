import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { loadGuide } from '../lib/guide.ts';
import { historyAnchor, link } from '../lib/urls.ts';

export async function GET(context: APIContext) {
  const { meta, history } = await loadGuide();
  return rss({
    title: `${meta.title}: document history`,
    description: meta.historyIntro,
    site: context.site ?? 'http://localhost',
    // Item links carry their own slash and a #fragment; the package would append another slash after it.
    trailingSlash: false,
    items: history.map((entry) => ({
      title: entry.change,
      description: entry.description,
      pubDate: entry.date,
      link: link(`history/#${historyAnchor(entry)}`),
    })),
  });
}
