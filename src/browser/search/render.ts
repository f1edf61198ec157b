import { fill, fillParts, joinList, plural } from '../../i18n/ui/format.ts';
import type { TermsFile } from '../../search/terms-file.ts';
import type { Excerpt, ResultView, SearchOutcome } from './engine.ts';
import type { QueryPlan } from './query.ts';

/** What search says, in the language of the page's search (its terms.json). */
export interface SearchWords {
  messages: TermsFile['messages'];
  /** The language's code, for its plural forms. */
  language: string;
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, ...children: (Node | string)[]) {
  const node = document.createElement(tag);
  node.className = className;
  node.append(...children);
  return node;
}

/** Excerpt parts become text and <mark>: nothing from the index is parsed as markup. */
function excerptNodes(excerpt: Excerpt): Node[] {
  return excerpt.map(({ text, mark }) => (mark ? element('mark', '', text) : document.createTextNode(text)));
}

function linked(text: string, href: string, className = '') {
  const link = element('a', className, text);
  link.href = href;
  return link;
}

/** One result: the page (or section), its excerpt, the sections of it that matched best, and what it lacks. */
export function resultItem(result: ResultView, { messages }: SearchWords): HTMLLIElement {
  const item = element('li', 'result', linked(result.title, result.url, 'result-title'), element('p', 'result-excerpt', ...excerptNodes(result.excerpt)));
  if (result.missing.length) item.append(element('p', 'result-missing', fill(messages.missing, { words: quoteList(result.missing, messages) })));
  if (result.sections.length) {
    item.append(
      element(
        'ul',
        'result-sections',
        // A section whose passage the page's excerpt already shows has none of its own (see excerpt.ts).
        ...result.sections.map((section) =>
          element(
            'li',
            '',
            linked(section.title, section.url),
            ...(section.excerpt.length ? [element('p', 'result-excerpt', ...excerptNodes(section.excerpt))] : []),
          ),
        ),
      ),
    );
  }
  return item;
}

/** “a”, “a” or “b”, “a”, “b” or “c”: in the language's quotation marks and words. */
export function quoteList(items: string[], messages: Pick<TermsFile['messages'], 'quote' | 'or' | 'comma'>): string {
  return joinList(
    items.map((text) => fill(messages.quote, { text })),
    messages.or,
    messages.comma,
  );
}

export type SearchState = 'exact' | 'partial' | 'none';

export interface StatusView {
  state: SearchState;
  /** One sentence for the live region: how many results, and whether they answer the whole query. */
  status: string;
  /** What the search did with the query: corrected words, words no page mentions. */
  note: Node[];
}

/**
 * What the reader is told about a search. Results that hold only some of the words are called partial
 * matches, and words no page holds are named, so a query the guide cannot answer never looks answered.
 */
export function describeSearch(
  query: string,
  plan: QueryPlan,
  outcome: SearchOutcome,
  options: { filtered: boolean; asTypedHref: string; shown: number },
  { messages, language }: SearchWords,
): StatusView {
  const note: Node[] = [];
  if (plan.corrections.length) {
    let corrected = query;
    for (const { typed, shown } of plan.corrections)
      corrected = corrected.replace(new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(typed)}(?![\\p{L}\\p{N}])`, 'iu'), shown);
    note.push(
      element('span', 'search-correction', ...fillParts<Node>(messages.correction, { query: element('strong', '', corrected) })),
      document.createTextNode(' · '),
      linked(fill(messages.asTyped, { words: plan.corrections.map((c) => c.typed).join(' ') }), options.asTypedHref, 'search-as-typed'),
    );
  }
  const unknown = plan.unknown.length ? fill(messages.unknown, { words: quoteList(plan.unknown, messages) }) : '';
  if (unknown) note.push(element('span', 'search-unknown', unknown));

  const { total, full } = outcome;
  const quoted = fill(messages.quote, { text: query });
  const shown = total > options.shown ? fill(messages.shown, { count: options.shown }) : '';
  if (total === 0) {
    const none = fill(options.filtered ? messages.noResultsFiltered : messages.noResults, { query: quoted });
    return { state: 'none', status: unknown || none, note: unknown ? note.slice(0, -1) : note };
  }
  if (full && !plan.unknown.length) {
    return { state: 'exact', status: plural(messages.results, total, language, { query: quoted, shown }), note };
  }
  const partial = plan.unknown.length ? messages.partialUnknown : messages.partial;
  return { state: 'partial', status: plural(partial, total, language, { query: quoted, shown }), note };
}

function escapeRegExp(text: string) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
