/**
 * /llms.txt (llmstxt.org): the guide's title, a summary, then every page's Markdown twin with one line on
 * what it holds; /llms-full.txt: the whole guide in one Markdown file. In a library, the root lists every
 * guide and each guide has its own pair.
 */
import type { RootContent } from 'mdast';
import type { GuideSite, Site } from '../site/model.ts';
import { ownRoutes } from '../site/routes.ts';
import { heading, link, list, paragraph, toMarkdownText, type Inline } from './markdown.ts';
import { twinPages, twinPath, wholeGuideMarkdown, type TwinPage } from './twins.ts';

export function llmsIndex(site: Site, guideSite: GuideSite | undefined): string {
  const at = (path: string) => site.urls.absolute(path) ?? path;
  const entry = (page: TwinPage): Inline[] => [link(at(site.urls.base + twinPath(page.path)), page.title), `: ${page.description}`];
  const pagesOf = (owner: GuideSite) => twinPages(site).filter((page) => page.guideSite === owner);

  if (guideSite) {
    const { meta, services } = guideSite.guide;
    const pages = pagesOf(guideSite);
    const file = (path: string) => at(guideSite.urls.link(path));
    const blocks: RootContent[] = [
      heading(1, meta.title),
      { type: 'blockquote', children: [paragraph(`${meta.tagline} ${meta.purpose}`)] },
      paragraph(
        `An independent guide comparing ${services.map((service) => service.name).join(' and ')}, not affiliated with ${meta.vendor}. Every link below is the Markdown version of a page of the guide. The whole guide is also one file, `,
        link(file(ownRoutes.llmsFull), 'llms-full.txt'),
        ', and its comparison is data in ',
        link(file(ownRoutes.data), 'guide.json'),
        '.',
      ),
      heading(2, 'Guide'),
      list(pages.filter((page) => page.kind !== 'category' && page.kind !== 'whole-guide').map(entry)),
      heading(2, 'Categories'),
      list(pages.filter((page) => page.kind === 'category').map(entry)),
      heading(2, 'Optional'),
      list([
        [link(file(ownRoutes.llmsFull), 'The whole guide in one file'), ': every page above, in reading order.'],
        ...pages.filter((page) => page.kind === 'whole-guide').map(entry),
        [
          link(file(ownRoutes.data), 'guide.json'),
          ': the comparison as data (services, categories, sections, resources, history, decision rules), described by ',
          link(at(site.urls.link(ownRoutes.dataSchema)), 'its JSON Schema'),
          '.',
        ],
        ...(guideSite.pdf ? [[link(at(guideSite.pdf.href), 'The guide as a PDF'), ': for printing and reading offline.']] : []),
      ]),
    ];
    return toMarkdownText(blocks);
  }

  const library = site.library!;
  const blocks: RootContent[] = [
    heading(1, library.meta.title),
    { type: 'blockquote', children: [paragraph(library.meta.description)] },
    paragraph(
      'Independent decision guides. Every link below is the Markdown version of a page; each guide also has its own llms.txt, llms-full.txt and guide.json in its folder. Every guide in one file: ',
      link(at(site.urls.link(ownRoutes.llmsFull)), 'llms-full.txt'),
      '.',
    ),
    heading(2, 'Library'),
    list(
      twinPages(site)
        .filter((page) => page.guideSite === undefined)
        .map(entry),
    ),
    ...site.guides.flatMap((owner) => [
      heading(2, owner.guide.meta.title),
      list(
        pagesOf(owner)
          .filter((page) => page.kind !== 'whole-guide')
          .map(entry),
      ),
    ]),
  ];
  return toMarkdownText(blocks);
}

/** The whole guide in one Markdown file; in a library, at the root, every guide one after another. */
export function llmsFull(site: Site, guideSite: GuideSite | undefined): string {
  return (guideSite ? [guideSite] : site.guides).map((entry) => wholeGuideMarkdown(site, entry)).join('\n');
}
