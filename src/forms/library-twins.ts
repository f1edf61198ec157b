/** The Markdown twins of a library's own pages: its home and one page per service. */
import type { RootContent } from 'mdast';
import type { Site } from '../site/model.ts';
import { ownRoutes } from '../site/routes.ts';
import { heading, link, list, paragraph, toMarkdownText } from './markdown.ts';
import { addressIn, markdownAsIs } from './guide-markdown.ts';
import type { TwinPage } from './twins.ts';

export function libraryPages(site: Site): TwinPage[] {
  const library = site.library!;
  const address = addressIn(site);
  const serviceUrl = (id: string) => address(site.urls.link(`${ownRoutes.services}${id}/`));
  const vendors = [...new Set(site.guides.map((guideSite) => guideSite.guide.meta.vendor))].join(' or ');
  const footer = (path: string): RootContent[] => [
    { type: 'thematicBreak' },
    paragraph(
      'Web page: ',
      link(address(site.urls.link(path)), address(site.urls.link(path))),
      `. Independent guides, not affiliated with or endorsed by ${vendors}.`,
    ),
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
        heading(2, 'Guides'),
        list(
          site.guides.map(({ guide, urls }) => [
            link(address(urls.link()), guide.meta.title),
            `: ${guide.meta.tagline} Compares ${guide.services.map((service) => service.name).join(' and ')}.`,
          ]),
        ),
        heading(2, 'Guides by service'),
        list(
          [...site.services.values()].map(({ service, guides }) => [
            link(serviceUrl(service.id), service.name),
            ` (${guides.length} ${guides.length === 1 ? 'guide' : 'guides'})`,
          ]),
        ),
        ...(library.meta.links.length ? [heading(2, 'See also'), list(library.meta.links.map((entry) => [link(entry.url, entry.title)]))] : []),
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
          paragraph(service.summary, ' ', link(service.docs, 'The service\u2019s documentation'), '.'),
          list(service.features.map((feature) => [feature])),
          heading(2, `Compared in ${guides.length} ${guides.length === 1 ? 'guide' : 'guides'}`),
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
