import rss from '@astrojs/rss';
import type { APIContext, GetStaticPaths } from 'astro';
import { getSite } from '../../site/index.ts';
import type { GuideSite } from '../../site/model.ts';
import { ownRoutes } from '../../site/routes.ts';
import { uiStrings } from '../../i18n/ui/index.ts';
import type { LanguageCode } from '../../i18n/languages.ts';

// Each guide's document history as a feed; in a library, also one feed of every guide's changes at the root.
export const getStaticPaths = (() => {
  const site = getSite();
  const guides = site.guides.map((guideSite) => ({ params: { guide: guideSite.slug }, props: { guides: [guideSite] } }));
  return site.library ? [{ params: { guide: undefined }, props: { guides: site.guides } }, ...guides] : guides;
}) satisfies GetStaticPaths;

export function GET({ props }: APIContext<{ guides: GuideSite[] }>) {
  const site = getSite();
  const [only] = props.guides;
  const origin = site.settings.siteUrl ?? 'http://localhost';
  const single = props.guides.length === 1 && only ? only.guide.meta : undefined;
  return rss({
    // The feed's language, as <html lang> is the page's (RSS 2.0's <language>).
    customData: `<language>${only?.language.code ?? 'en'}</language>`,
    title: single ? uiStrings(only!.language.code as LanguageCode).frame.feedTitle(single.title) : `${site.library?.meta.title}: what changed in every guide`,
    description: single ? single.historyIntro : (site.library?.meta.description ?? ''),
    // A feed's links must be absolute; without SITE_URL they are written from the site root and the build says so.
    // This address is also the feed's own link: the home of the guide (or the library) it follows, base path included.
    site: origin + (single ? only!.urls.root : site.urls.root),
    items: props.guides
      .flatMap((guideSite) =>
        guideSite.guide.history.map((entry) => ({
          title: single ? entry.change : `${guideSite.guide.meta.title}: ${entry.change}`,
          description: entry.description,
          pubDate: entry.date,
          // Absolute, so the package writes it as it is (it would add a slash after the #fragment).
          link: origin + guideSite.urls.link(`${ownRoutes.history}#${guideSite.historyAnchor(entry)}`),
        })),
      )
      .sort((a, b) => b.pubDate.getTime() - a.pubDate.getTime()),
  });
}
