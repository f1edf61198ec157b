/**
 * The Markdown twin of every page: the same content, from the same data, as clean Markdown at the page's
 * address with ".md" (/log-retention/ → /log-retention.md, the home page → /index.md). Links are absolute
 * when the site's address is known (SITE_URL), and lead to the web pages.
 */
import type { RootContent } from 'mdast';
import { plainText } from '../guide/content/inline.ts';
import type { Fragment } from '../guide/index.ts';
import type { LanguageCode } from '../i18n/languages.ts';
import { uiStrings } from '../i18n/ui/index.ts';
import type { GuideSite, Site } from '../site/model.ts';
import { wholeGuidePath } from '../site/page-paths.ts';
import { ownRoutes } from '../site/routes.ts';
import { toMarkdownText } from './markdown.ts';
import { guideWriter } from './guide-markdown.ts';
import { libraryPages } from './library-twins.ts';

export interface TwinPage {
  /** The web page's address under the base path ("", "log-retention/", "guide/history/"). */
  path: string;
  title: string;
  /** One line on what the page holds, for llms.txt. */
  description: string;
  /** The guide the page belongs to; absent for a library's own pages. */
  guideSite: GuideSite | undefined;
  kind: 'home' | 'category' | 'getting-started' | 'history' | 'decide' | 'whole-guide' | 'library' | 'service';
  markdown(): string;
}

/** "log-retention/" → "log-retention.md"; the root → "index.md". */
export const twinPath = (pagePath: string) => (pagePath === '' ? 'index.md' : `${pagePath.replace(/\/$/, '')}.md`);

const cache = new WeakMap<Site, { pages: TwinPage[]; paths: Set<string> }>();

function twinsOf(site: Site) {
  let known = cache.get(site);
  if (!known) {
    const pages = [...(site.library ? libraryPages(site) : []), ...site.guides.flatMap((guideSite) => guidePages(site, guideSite))];
    cache.set(site, (known = { pages, paths: new Set(pages.map((page) => page.path)) }));
  }
  return known;
}

/** Every page that has a Markdown twin (all but search and the 404 page), in reading order. */
export const twinPages = (site: Site): TwinPage[] => twinsOf(site).pages;

/** The twin of the page at `pathname` (as the browser has it, under the base path), if it has one. */
export function twinOf(site: Site, pathname: string): string | undefined {
  const path = pathname.startsWith(site.urls.base) ? pathname.slice(site.urls.base.length) : undefined;
  return path !== undefined && twinsOf(site).paths.has(path) ? site.urls.base + twinPath(path) : undefined;
}

function guidePages(site: Site, guideSite: GuideSite): TwinPage[] {
  const { guide } = guideSite;
  const prefix = guideSite.slug ? `${guideSite.slug}/` : '';
  const writer = writerFor(site, guideSite);
  const page = (path: string, title: string, description: string, kind: TwinPage['kind'], body: () => RootContent[]): TwinPage => ({
    path: prefix + path,
    title,
    description,
    guideSite,
    kind,
    markdown: () => toMarkdownText([...body(), ...writer.footer(prefix + path)]),
  });
  const { meta, categories, decision } = guide;
  const ui = uiStrings(guideSite.language.code as LanguageCode);
  const parts = Array.from({ length: guideSite.wholeGuideParts }, (_, index) => index + 1);
  return [
    page(ownRoutes.home, meta.title, meta.purpose, 'home', () => writer.home()),
    ...categories.map((category) => ({
      path: `${prefix}${category.slug}/`,
      title: category.title,
      description: category.summary ? plainText(category.summary) : writer.glanceSentence(category),
      guideSite,
      kind: 'category' as const,
      markdown: () => writer.categoryPage(category, `${prefix}${category.slug}/`),
    })),
    page(ownRoutes.gettingStarted, ui.sections.gettingStarted, meta.gettingStartedIntro, 'getting-started', () => writer.gettingStarted()),
    page(ownRoutes.history, ui.sections.history, meta.historyIntro, 'history', () => writer.history()),
    ...(decision ? [page(ownRoutes.decide, decision.title, decision.intro, 'decide', () => writer.decide())] : []),
    ...parts.map((part) =>
      page(
        wholeGuidePath(part),
        parts.length > 1 ? ui.wholeGuide.part(part, parts.length) : ui.forms.wholeGuide,
        parts.length > 1 ? ui.forms.wholeGuidePartDescription(meta.title, part, parts.length) : ui.forms.wholeGuideDescription(meta.title),
        'whole-guide',
        () => writer.wholeGuide(part),
      ),
    ),
  ];
}

/** One stretch of a guide's prose as Markdown, its links resolved as on the page at `pagePath`. */
export function fragmentMarkdown(site: Site, guideSite: GuideSite, fragment: Fragment, pagePath: string): string {
  return writerFor(site, guideSite).prose(fragment, pagePath);
}

/** The whole guide in one Markdown document, whatever its size (llms-full.txt). */
export function wholeGuideMarkdown(site: Site, guideSite: GuideSite): string {
  const writer = writerFor(site, guideSite);
  return toMarkdownText([...writer.wholeGuide(), ...writer.footer(guideSite.urls.link().slice(site.urls.base.length))]);
}

const writers = new WeakMap<GuideSite, ReturnType<typeof guideWriter>>();

/** One writer per guide (a guide belongs to one site), so what it has written once is reused. */
function writerFor(site: Site, guideSite: GuideSite) {
  let writer = writers.get(guideSite);
  if (!writer) writers.set(guideSite, (writer = guideWriter(site, guideSite)));
  return writer;
}
