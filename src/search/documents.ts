/**
 * What search indexes, built from the site model rather than read back from the pages: one document per
 * page a reader can land on, with its text, its sections' headings and ids (each service's side has the
 * service's id, which is how the browser narrows results to one service), its title and keywords. The
 * same texts give the vocabulary (terms.ts, counted by word-counts.ts), so search knows exactly which words the
 * index holds.
 */
import type { ElementContent, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';
import { listItems } from '../guide/content/components.ts';
import { plainText } from '../guide/content/inline.ts';
import { filledSections, serviceName, type Block, type Category, type Fragment } from '../guide/index.ts';
import type { LanguageCode } from '../i18n/languages.ts';
import { uiStrings } from '../i18n/ui/index.ts';
import type { GuideSite, Site } from '../site/model.ts';
import { ownRoutes } from '../site/routes.ts';
import { resourceGroupId, ruleAnchor } from '../site/urls.ts';
import { sections } from '../site/sections.ts';
import type { PageRole } from './terms-file.ts';

export interface SearchDocument {
  /** The page's address from the site root, without the base path (the browser adds it back). */
  url: string;
  html: string;
  /** The words a reader could match: title, keywords and text. */
  text: string;
}

/**
 * A fragment's HTML as search reads it: without what is there for the eye or the screen reader alone (a code
 * block's header, "(external site)" after a link), which would otherwise become words of the page.
 */
const prose = (fragment: Fragment): ElementContent[] => searchable(fragment.hast.children as ElementContent[]);

function searchable(nodes: ElementContent[]): ElementContent[] {
  return nodes.flatMap((node): ElementContent[] => {
    if (node.type !== 'element') return [node];
    const className = node.properties['className'];
    if ('dataPagefindIgnore' in node.properties || (Array.isArray(className) && className.includes('visually-hidden'))) return [];
    return [{ ...node, children: searchable(node.children) }];
  });
}

/**
 * A line of data written as a sentence: ended with a full stop unless it ends with punctuation of its own.
 * Pagefind's text (and so every excerpt) runs a page's blocks together; ended sentences keep them readable.
 */
export const sentence = (text: string) => (/[.!?:;…)"”’]$/.test(text.trim()) ? text.trim() : `${text.trim()}.`);

interface DocumentOptions {
  keywords?: readonly string[];
  filters?: Record<string, string>;
}

/** A page as Pagefind reads it; its <html lang> decides which language's index it goes to. */
function document(language: string, url: string, title: string, body: ElementContent[], { keywords = [], filters = {} }: DocumentOptions = {}): SearchDocument {
  const head = [
    h('title', title),
    ...(keywords.length ? [h('meta', { name: 'keywords', content: keywords.join(', '), dataPagefindMeta: 'keywords[content]' })] : []),
    ...Object.entries(filters).map(([name, value]) => h('meta', { name: `filter-${name}`, content: value, dataPagefindFilter: `${name}[content]` })),
  ];
  const tree: Root = {
    type: 'root',
    children: [h('html', { lang: language }, [h('head', head), h('body', [h('main', { dataPagefindBody: '' }, [h('h1', title), ...body])])])],
  };
  return { url, html: toHtml(tree), text: `${title} ${keywords.join(' ')} ${textOf(tree)}` };
}

/** The text of a tree with a space at every element's edge, as Pagefind reads it: "alarms" and "How" of two list items stay two words. */
function textOf(node: Root | ElementContent): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element' || node.type === 'root') return ` ${node.children.map((child) => textOf(child as ElementContent)).join(' ')} `;
  return '';
}

function blocks(list: Block[], site: GuideSite): ElementContent[] {
  return list.flatMap((block): ElementContent[] => {
    if (block.kind === 'prose' || block.kind === 'footnotes') return prose(block.fragment);
    if (block.kind === 'comparison')
      return block.sides.flatMap((side) => [
        h('section', [h('h2', { id: side.service }, serviceName(site.guide.services, side.service)), ...prose(side.fragment)]),
      ]);
    return [
      h(
        'ul',
        listItems(block.name, site.guide.meta).map((item) =>
          h(
            'li',
            item.details
              ? [
                  `${item.name}: ${sentence(item.text)} `,
                  h(
                    'ul',
                    item.details.map((detail) => h('li', sentence(detail))),
                  ),
                ]
              : `${item.name}: ${sentence(item.text)}`,
          ),
        ),
      ),
    ];
  });
}

function categoryDocument(site: GuideSite, category: Category, at: (path: string) => string, scope: Record<string, string>): SearchDocument {
  // One paragraph per service ("CloudTrail: Event history keeps 90 days."): a dt/dd pair would reach
  // Pagefind's text glued together ("CloudTrail:Event").
  const glance = site.guide.services.map((service) => h('p', `${service.shortName}: ${sentence(plainText(category.glance[service.id] ?? ''))}`));
  const fields = filledSections(category, site.language.code as LanguageCode).map(({ section, markdown }) =>
    h('section', [h('h2', { id: section.id }, section.text), h('p', plainText(markdown))]),
  );
  // A large guide offers its groups as the filter instead of a thousand categories.
  const group = site.navigation.listsAll ? undefined : site.navigation.groupOf.get(category.slug)?.slug;
  return document(site.language.code, at(`${category.slug}/`), category.title, [...glance, ...blocks(category.body, site), ...fields], {
    keywords: category.keywords,
    filters: { ...scope, category: category.slug, ...(group ? { group } : {}) },
  });
}

/**
 * Every page a reader can land on that answers something, of every guide; the search page, the whole guide,
 * redirects and a library's own pages are left out. In a library each page also carries its guide's slug, for
 * the guide filter.
 */
export function searchDocuments(site: Site): SearchDocument[] {
  return site.guides.flatMap((guideSite) => guideSearchDocuments(guideSite));
}

/**
 * One guide site's pages, in its language. The site's own pages get the words readers use for them that
 * their text may not hold, as an author gives a category keywords ("tutorial" for Getting started,
 * "changelog" for the history, "recommend" for the decision helper): the catalogue's `forms.searchKeywords`.
 */
export function guideSearchDocuments(site: GuideSite): SearchDocument[] {
  const { guide } = site;
  const { meta } = guide;
  const ui = uiStrings(site.language.code as LanguageCode);
  const ownPageKeywords = ui.forms.searchKeywords;
  const pageIn = (url: string, title: string, body: ElementContent[], options?: DocumentOptions) => document(site.language.code, url, title, body, options);
  // Addresses from the site root without the base path (the browser adds it back).
  const at = (path: string) => site.urls.link(path).slice(site.urls.base.length - 1);
  const scope: Record<string, string> = site.slug ? { guide: site.slug } : {};
  const page = { filters: scope };
  // Pages search weighs apart from topic pages (see PageRole): summaries and the history rank below the page
  // that treats a topic, unless the words are their own; the helper answers a reader choosing a service.
  const withRole = (role: PageRole) => ({ filters: { ...scope, role } });
  const home = pageIn(
    at(''),
    meta.title,
    [h('p', meta.tagline), h('p', meta.purpose), h('h2', { id: sections.introduction.id }, ui.sections.introduction), ...blocks(guide.introduction, site)],
    withRole('summary'),
  );
  const gettingStarted = pageIn(
    at(ownRoutes.gettingStarted),
    ui.sections.gettingStarted,
    [
      h('p', meta.gettingStartedIntro),
      ...site.resources.flatMap(({ service, entries }) => [
        h('h2', { id: resourceGroupId(service.id) }, service.name),
        ...entries.flatMap((entry) => [h('h3', { id: entry.anchor }, entry.title), h('p', `${ui.resources[entry.kind]}: ${sentence(entry.description)}`)]),
      ]),
    ],
    { ...page, keywords: ownPageKeywords.gettingStarted },
  );
  const history = pageIn(
    at(ownRoutes.history),
    ui.sections.history,
    [
      h('p', meta.historyIntro),
      ...guide.history.map((entry) =>
        h('p', { id: site.historyAnchor(entry) }, `${entry.change}: ${entry.description} (${entry.date.toISOString().slice(0, 10)})`),
      ),
    ],
    { ...withRole('history'), keywords: ownPageKeywords.history },
  );
  const decision = guide.decision;
  const decide = decision
    ? [
        pageIn(
          at(ownRoutes.decide),
          decision.title,
          [
            h('p', decision.intro),
            ...decision.questions.map((question) =>
              h('p', `${sentence(question.text)} ${sentence(question.answers.map((answer) => answer.label).join('; '))}`),
            ),
            h('h2', { id: sections.rules.id }, ui.sections.rules),
            ...decision.rules.map((rule, index) =>
              h(
                'p',
                { id: ruleAnchor(index) },
                `${ui.forms.searchRule(rule.recommend.map((id) => serviceName(site.guide.services, id)))}: ${sentence(plainText(rule.because))}`,
              ),
            ),
          ],
          { ...withRole('decide'), keywords: ownPageKeywords.decide },
        ),
      ]
    : [];
  return [home, ...guide.categories.map((category) => categoryDocument(site, category, at, scope)), gettingStarted, history, ...decide];
}
