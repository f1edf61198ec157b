/** The Markdown twins of a library's own pages: its home and one page per service. */
import type { RootContent } from 'mdast';
import type { LanguageCode } from '../i18n/languages.ts';
import { uiStrings } from '../i18n/ui/index.ts';
import { languageOfPage } from '../site/languages.ts';
import type { Site } from '../site/model.ts';
import { ownRoutes } from '../site/routes.ts';
import { heading, link, list, paragraph, toMarkdownText } from './markdown.ts';
import { addressIn, markdownAsIs } from './guide-markdown.ts';
import type { TwinPage } from './twins.ts';

export function libraryPages(site: Site): TwinPage[] {
  const library = site.library!;
  const address = addressIn(site);
  const serviceUrl = (id: string) => address(site.urls.link(`${ownRoutes.services}${id}/`));
  // The library's own pages are in the language its pages are (src/site/languages.ts).
  const ui = uiStrings(languageOfPage(site, site.urls.base).code as LanguageCode);
  const vendors = [...new Set(site.guides.map((guideSite) => guideSite.guide.meta.vendor))];
  const footer = (path: string): RootContent[] => [
    { type: 'thematicBreak' },
    paragraph(...ui.forms.libraryFooter(link(address(site.urls.link(path)), address(site.urls.link(path))), vendors)),
  ];
  const home: TwinPage = {
    path: '',
    title: library.meta.title,
    description: library.meta.description,
    guideSite: undefined,
    kind: 'library',
    markdown: () =>
      toMarkdownText([
        heading(1, library.meta.title),
        paragraph(library.meta.description),
        heading(2, ui.library.guides),
        list(
          site.guides.map(({ guide, urls }) => [
            link(address(urls.link()), guide.meta.title),
            `: ${guide.meta.tagline} ${ui.forms.compares(guide.services.map((service) => service.name))}`,
          ]),
        ),
        heading(2, ui.library.byService),
        list(
          [...site.services.values()].map(({ service, guides }) => [link(serviceUrl(service.id), service.name), ` (${ui.forms.guideCount(guides.length)})`]),
        ),
        ...(library.meta.links.length ? [heading(2, ui.library.seeAlso), list(library.meta.links.map((entry) => [link(entry.url, entry.title)]))] : []),
        ...footer(''),
      ]),
  };
  const services = [...site.services.values()].map(({ service, guides }): TwinPage => {
    const path = `${ownRoutes.services}${service.id}/`;
    return {
      path,
      title: service.name,
      description: service.summary,
      guideSite: undefined,
      kind: 'service',
      markdown: () =>
        toMarkdownText([
          heading(1, service.name),
          paragraph(service.summary, ' ', link(service.docs, ui.forms.serviceDocs), '.'),
          list(service.features.map((feature) => [feature])),
          heading(2, ui.service.comparedIn(guides.length)),
          ...guides.flatMap(({ guideSite, categories }) => [
            heading(3, link(address(guideSite.urls.link()), guideSite.guide.meta.title)),
            list(
              categories.map((category) => [
                link(address(guideSite.urls.section(category.slug, service.id)), category.title),
                ': ',
                markdownAsIs(category.glance[service.id] ?? ''),
              ]),
            ),
          ]),
          ...footer(path),
        ]),
    };
  });
  return [home, ...services];
}
