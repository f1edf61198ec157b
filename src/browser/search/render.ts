import type { Excerpt, ResultView, SearchOutcome } from './engine.ts';
import type { QueryPlan } from './query.ts';

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
export function resultItem(result: ResultView): HTMLLIElement {
  const item = element('li', 'result', linked(result.title, result.url, 'result-title'), element('p', 'result-excerpt', ...excerptNodes(result.excerpt)));
  if (result.missing.length) item.append(element('p', 'result-missing', `Does not mention ${quoteList(result.missing, 'or')}`));
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

const quote = (text: string) => `“${text}”`;

/** “a”, “b” and “c”. */
export function quoteList(items: string[], last: 'and' | 'or'): string {
  const quoted = items.map(quote);
  return quoted.length > 1 ? `${quoted.slice(0, -1).join(', ')} ${last} ${quoted.at(-1)}` : (quoted[0] ?? '');
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
): StatusView {
  const note: Node[] = [];
  if (plan.corrections.length) {
    let corrected = query;
    for (const { typed, shown } of plan.corrections)
      corrected = corrected.replace(new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(typed)}(?![\\p{L}\\p{N}])`, 'iu'), shown);
    note.push(
      element('span', 'search-correction', 'Showing results for ', element('strong', '', corrected)),
      document.createTextNode(' · '),
      linked(`search for ${plan.corrections.map((c) => c.typed).join(' ')} instead`, options.asTypedHref, 'search-as-typed'),
    );
  }
  const unknown = plan.unknown.length ? `No page mentions ${quoteList(plan.unknown, 'or')}.` : '';
  if (unknown) note.push(element('span', 'search-unknown', unknown));

  const { total, full } = outcome;
  const more = total > options.shown ? ` (showing the first ${options.shown})` : '';
  const filterHint = options.filtered ? ' or remove a filter' : '';
  if (total === 0) {
    return { state: 'none', status: unknown || `No results for ${quote(query)}. Try another word${filterHint}.`, note: unknown ? note.slice(0, -1) : note };
  }
  if (full && !plan.unknown.length) {
    return { state: 'exact', status: `${total} ${total === 1 ? 'result' : 'results'} for ${quote(query)}${more}.`, note };
  }
  const reason = plan.unknown.length ? 'they hold the other words' : 'no page holds all of these words';
  return { state: 'partial', status: `${total} partial ${total === 1 ? 'match' : 'matches'} for ${quote(query)}${more}: ${reason}.`, note };
}

function escapeRegExp(text: string) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
