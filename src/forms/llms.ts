/**
 * /llms.txt (llmstxt.org): the guide's title, a summary, then every page's Markdown twin with one line on
 * what it holds; /llms-full.txt: the whole guide in one Markdown file. In a library, the root lists every
 * guide and each guide has its own pair.
 */
import type { RootContent } from 'mdast';
import type { LanguageCode } from '../i18n/languages.ts';
import { uiStrings } from '../i18n/ui/index.ts';
import { languageOfPage } from '../site/languages.ts';
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
    const { forms } = uiStrings(guideSite.language.code as LanguageCode);
    const pages = pagesOf(guideSite);
    const file = (path: string) => at(guideSite.urls.link(path));
    const blocks: RootContent[] = [
      heading(1, meta.title),
      { type: 'blockquote', children: [paragraph(`${meta.tagline} ${meta.purpose}`)] },
      paragraph(
        ...forms.llmsIntro(
          services.map((service) => service.name),
          meta.vendor,
          link(file(ownRoutes.llmsFull), 'llms-full.txt'),
          link(file(ownRoutes.data), 'guide.json'),
        ),
      ),
      heading(2, forms.llmsGuide),
      list(pages.filter((page) => page.kind !== 'category' && page.kind !== 'whole-guide').map(entry)),
      heading(2, forms.llmsCategories),
      list(pages.filter((page) => page.kind === 'category').map(entry)),
      // The format's own word (llmstxt.org): what an assistant may skip for a shorter context. Not translated.
      heading(2, 'Optional'),
      list([
        [link(file(ownRoutes.llmsFull), forms.llmsWholeFile), `: ${forms.llmsWholeFileNote}`],
        ...pages.filter((page) => page.kind === 'whole-guide').map(entry),
        [link(file(ownRoutes.data), 'guide.json'), ': ', ...forms.llmsData(link(at(site.urls.link(ownRoutes.dataSchema)), forms.llmsSchema))],
        ...(guideSite.pdf ? [[link(at(guideSite.pdf.href), forms.llmsPdf), `: ${forms.llmsPdfNote}`]] : []),
      ]),
    ];
    return toMarkdownText(blocks);
  }

  const library = site.library!;
  // A library's own pages are in the language its pages are (src/site/languages.ts).
  const { forms } = uiStrings(languageOfPage(site, site.urls.base).code as LanguageCode);
  const blocks: RootContent[] = [
    heading(1, library.meta.title),
    { type: 'blockquote', children: [paragraph(library.meta.description)] },
    paragraph(...forms.libraryIntro(link(at(site.urls.link(ownRoutes.llmsFull)), 'llms-full.txt'))),
    heading(2, forms.library),
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
