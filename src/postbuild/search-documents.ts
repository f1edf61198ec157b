/**
 * What search indexes, built from the site model rather than read back from the pages: one document per
 * page a reader can land on (its text, section headings with their ids, title and keywords) and one record
 * per section about one service (for the service filter). The same texts give the vocabulary
 * (search-terms.ts), so search knows exactly which words the index holds.
 */
import type { ElementContent, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';
import type { Block, Category, Fragment } from '../guide/index.ts';
import type { Site } from '../site/model.ts';
import { ownRoutes } from '../site/routes.ts';
import { historyAnchor, resourceGroupId, ruleAnchor } from '../site/urls.ts';

export interface SearchDocument {
  /** The page's address from the site root, without the base path (the browser adds it back). */
  url: string;
  html: string;
  /** The words a reader could match: title, keywords and text. */
  text: string;
}

export interface SectionRecord {
  url: string;
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

const prose = (fragment: Fragment): ElementContent[] => fragment.hast.children as ElementContent[];

function document(url: string, title: string, body: ElementContent[], { keywords = [], filters = {} }: { keywords?: string[]; filters?: Record<string, string> } = {}): SearchDocument {
  const head = [
    h('title', title),
    ...(keywords.length ? [h('meta', { name: 'keywords', content: keywords.join(', '), dataPagefindMeta: 'keywords[content]' })] : []),
    ...Object.entries(filters).map(([name, value]) => h('meta', { name: `filter-${name}`, content: value, dataPagefindFilter: `${name}[content]` })),
  ];
  const tree: Root = { type: 'root', children: [h('html', { lang: 'en' }, [h('head', head), h('body', [h('main', { dataPagefindBody: '' }, [h('h1', title), ...body])])])] };
  return { url, html: toHtml(tree), text: `${title} ${keywords.join(' ')} ${textOf(tree)}` };
}

/** The text of a tree with a space at every element's edge, as Pagefind reads it: "alarms" and "How" of two list items stay two words. */
function textOf(node: Root | ElementContent): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element' || node.type === 'root') return ` ${node.children.map((child) => textOf(child as ElementContent)).join(' ')} `;
  return '';
}

function blocks(list: Block[], site: Site): ElementContent[] {
  return list.flatMap((block): ElementContent[] => {
    if (block.kind === 'prose') return prose(block.fragment);
    if (block.kind === 'comparison') return block.sides.flatMap((side) => [h('section', [h('h2', { id: side.service }, serviceName(site, side.service)), ...prose(side.fragment)])]);
    if (block.name === 'ConcernList') return [h('ul', site.guide.meta.concerns.map((concern) => h('li', `${concern.name}: ${concern.description}`)))];
    return [h('ul', site.guide.services.map((service) => h('li', [`${service.name}: ${service.summary}`, h('ul', service.features.map((feature) => h('li', feature)))])))];
  });
}

const serviceName = (site: Site, id: string) => site.guide.services.find((service) => service.id === id)?.name ?? id;

function categoryDocument(site: Site, category: Category): SearchDocument {
  const glance = h('dl', site.guide.services.map((service) => h('div', [h('dt', `${service.shortName}:`), h('dd', category.glance[service.id] ?? '')])));
  const summary = category.summary ? [h('section', [h('h2', { id: 'summary' }, 'Summary'), h('p', category.summary)])] : [];
  return document(`/${category.slug}/`, category.title, [glance, ...blocks(category.body, site), ...summary], { keywords: category.keywords, filters: { kind: 'page', category: category.slug } });
}

/** Every page a reader can land on that answers something; the search page, the whole guide and redirects are left out. */
export function searchDocuments(site: Site): SearchDocument[] {
  const { guide } = site;
  const { meta } = guide;
  const page = { filters: { kind: 'page' } };
  // Pages that sum up the whole guide: search ranks the page that treats a topic above them.
  const summary = { filters: { kind: 'page', role: 'summary' } };
  const home = document('/', meta.title, [h('p', meta.tagline), h('p', meta.purpose), h('h2', { id: 'introduction' }, 'Introduction'), ...blocks(guide.introduction, site)], summary);
  const gettingStarted = document(
    `/${ownRoutes.gettingStarted}`,
    'Getting started',
    [
      h('p', meta.gettingStartedIntro),
      ...site.resources.flatMap(({ service, entries }) => [
        h('h2', { id: resourceGroupId(service.id) }, service.name),
        ...entries.flatMap((entry) => [h('h3', { id: entry.anchor }, entry.title), h('p', `${entry.kind === 'guide' ? 'Guide' : 'Tutorial'}: ${entry.description}`)]),
      ]),
    ],
    page,
  );
  const history = document(`/${ownRoutes.history}`, 'Document history', [h('p', meta.historyIntro), ...guide.history.map((entry) => h('p', { id: historyAnchor(entry) }, `${entry.change}: ${entry.description} (${entry.date.toISOString().slice(0, 10)})`))], page);
  const decision = guide.decision;
  const decide = decision
    ? [
        document(
          `/${ownRoutes.decide}`,
          decision.title,
          [
            h('p', decision.intro),
            ...decision.questions.map((question) => h('p', `${question.text} ${question.answers.map((answer) => answer.label).join('; ')}`)),
            h('h2', { id: 'rules' }, 'How the recommendation is made'),
            ...decision.rules.map((rule, index) => h('p', { id: ruleAnchor(index) }, `Use ${rule.recommend.map((id) => serviceName(site, id)).join(' and ') || 'advice only'}: ${rule.because}`)),
          ],
          summary,
        ),
      ]
    : [];
  return [home, ...guide.categories.map((category) => categoryDocument(site, category)), gettingStarted, history, ...decide];
}

/**
 * Pagefind filters whole records, but a reader who filters by service wants the sections about that
 * service: each comparison side and each service's group of resources is a record of its own, at its anchor.
 */
export function sectionRecords(site: Site): SectionRecord[] {
  const { guide } = site;
  const sides = guide.categories.flatMap((category) =>
    category.sides.map((side) => ({
      url: `/${category.slug}/#${side.service}`,
      content: side.fragment.text,
      meta: { title: `${category.title}: ${serviceName(site, side.service)}` },
      filters: { kind: ['section'], service: [side.service], category: [category.slug] },
    })),
  );
  const resources = site.resources.map(({ service, entries }) => ({
    url: `/${ownRoutes.gettingStarted}#${resourceGroupId(service.id)}`,
    content: entries.map((entry) => `${entry.title}. ${entry.description}`).join(' '),
    meta: { title: `Getting started: ${service.name}` },
    filters: { kind: ['section'], service: [service.id] },
  }));
  return [...sides, ...resources];
}
