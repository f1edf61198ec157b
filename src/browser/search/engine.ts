import { resourceGroupId } from '../../site/urls.ts';
import { highlightParam, type Pagefind, type PagefindFragment, type PagefindResult } from './pagefind.ts';
import type { QueryPlan, Vocabulary } from './query.ts';
import { markWords, repeats, type Excerpt } from './excerpt.ts';
import { excerptWindow, rankRecords, rankSections, worthShowing, type RankedRecord, type RankedSection, type WordMatches } from './rank.ts';
import type { PageRole } from '../../search/terms-file.ts';

export type { Excerpt };

export interface SectionView {
  title: string;
  url: string;
  excerpt: Excerpt;
}

export interface ResultView {
  title: string;
  url: string;
  excerpt: Excerpt;
  sections: SectionView[];
  /** What the reader asked about that this record does not mention (partial matches only). */
  missing: string[];
}

export interface SearchOutcome {
  results: ResultView[];
  total: number;
  /** The best result holds every concept of the query. */
  full: boolean;
}

export interface SearchFilters {
  /** In a library: one guide's pages only. */
  guide?: string;
  category?: string;
  /** In a large guide, one group of categories (see src/site/navigation.ts). */
  group?: string;
  /** Only the sections about this service: each comparison side, each service's resources. */
  service?: string;
}

const excerptLength = 24;
const sectionsShown = 4;
/** How much a page that sums up the whole guide counts next to the page that treats a topic. */
const summaryWeight = 0.8;
/** How much the decision helper counts when the reader asks which service to choose. */
const choosingWeight = 6;
/** How much the guide's history counts: it tells of the guide's changes, rarely what a reader asks about. */
const historyWeight = 0.5;

/**
 * Runs a query plan on Pagefind. Pagefind answers one word at a time here (it would require every word
 * and, for a word it lacks, quietly match a shorter one); the engine combines the answers itself, so
 * missing words, synonyms and phrases are weighed rather than fatal, and sections are ranked by the words
 * they hold.
 */
export class SearchEngine {
  /** One Pagefind search per word and filter set, kept for the session: typing repeats most words. */
  readonly #words = new Map<string, Promise<Map<string, PagefindResult>>>();
  /** Pages that search weighs apart by their role (the summaries, the decision helper, the history), asked for once. */
  #roles: Promise<{ summaries: Set<string>; decide: Set<string>; history: Set<string> }> | undefined;

  constructor(
    private readonly pagefind: Pagefind,
    readonly vocab: Vocabulary,
  ) {}

  async run(plan: QueryPlan, { guide, category, group, service }: SearchFilters, limit: number): Promise<SearchOutcome> {
    const filters = { ...(guide ? { guide } : {}), ...(category ? { category } : {}), ...(group ? { group } : {}) };
    const words = [...new Set(plan.concepts.flatMap((concept) => concept.alternatives.flatMap((alternative) => alternative.words)))];
    const found = new Map(await Promise.all(words.map(async (word) => [word, await this.#search(word, filters)] as const)));
    const lookup = (word: string): WordMatches =>
      new Map([...(found.get(word) ?? [])].map(([id, result]) => [id, { score: result.score, positions: result.words }]));
    const { summaries, decide, history } = await (this.#roles ??= this.#pagesByRole());
    // A reader asking which service to choose is answered by the decision helper: first, even in words it
    // does not hold. Across a library's guides there is one helper per guide; then they are weighed up instead.
    const helpers = plan.choosing ? await this.#helpers(filters) : [];
    const [helper] = helpers.length === 1 ? helpers : [];
    // A page that sums up the whole guide mentions every topic; the page that treats the topic should come first.
    const prior = (id: string) =>
      helpers.length > 1 && decide.has(id) ? choosingWeight : summaries.has(id) || decide.has(id) ? summaryWeight : history.has(id) ? historyWeight : 1;
    const ranked = worthShowing(rankRecords(plan, lookup, this.vocab.pages, prior));
    // Whether the best match holds every word of the query is said of the pages that matched, not of the helper.
    const full = ranked[0]?.full ?? false;
    if (helper) {
      const at = ranked.findIndex((record) => record.id === helper.id);
      // Placed for what the reader asked, not for its words: it lists none as missing.
      const record =
        at >= 0 ? ranked.splice(at, 1)[0]! : { id: helper.id, score: 0, coverage: 1, full: true, positions: plan.concepts.map(() => []), words: [] };
      ranked.unshift({ ...record, full: true, score: Math.max(record.score, ranked[0]?.score ?? 1) });
    }
    const fragment = (record: RankedRecord) =>
      (record.words.map((word) => found.get(word)?.get(record.id)).find(Boolean) ?? helpers.find((candidate) => candidate.id === record.id)!).data();

    if (!service) {
      const shown = ranked.slice(0, limit);
      const results = await Promise.all(shown.map(async (record) => this.#view(record, await fragment(record), plan)));
      return { results, total: ranked.length, full };
    }
    // One service: each page that holds the query in that service's section is listed as that section.
    const name = this.vocab.services.find((candidate) => candidate.id === service)?.name ?? service;
    const ids = new Set([service, resourceGroupId(service)]);
    const candidates = await Promise.all(
      ranked.slice(0, limit * 2).map(async (record) => {
        const data = await fragment(record);
        const section = rankSections(data.anchors, record, data.word_count).find((candidate) => ids.has(candidate.id));
        return section && this.#sectionView(record, data, section, name);
      }),
    );
    const results = candidates.filter((result): result is ResultView => result !== undefined).slice(0, limit);
    return { results, total: results.length, full };
  }

  /** The decision helpers within the filters (one, unless a library is searched across its guides). */
  async #helpers(filters: Record<string, string>): Promise<PagefindResult[]> {
    return (await this.pagefind.search(null, { filters: { ...filters, role: 'decide' satisfies PageRole } }))?.results ?? [];
  }

  async #pagesByRole() {
    const ids = async (role: PageRole) => new Set(((await this.pagefind.search(null, { filters: { role } }))?.results ?? []).map((result) => result.id));
    const [summaries, decide, history] = await Promise.all([ids('summary'), ids('decide'), ids('history')]);
    return { summaries, decide, history };
  }

  #search(word: string, filters: Record<string, string>): Promise<Map<string, PagefindResult>> {
    const key = `${word}\u0000${JSON.stringify(filters)}`;
    let pending = this.#words.get(key);
    if (!pending) {
      pending = this.pagefind.search(word, { filters }).then((found) => new Map((found?.results ?? []).map((result) => [result.id, result])));
      this.#words.set(key, pending);
    }
    return pending;
  }

  #view(record: RankedRecord, fragment: PagefindFragment, plan: QueryPlan): ResultView {
    const { href, excerpt, window } = this.#reader(record, fragment);
    const pageWindow = window(0, fragment.word_count - 1);
    return {
      title: fragment.meta.title ?? href(),
      url: href(),
      excerpt: excerpt(pageWindow),
      // A section whose passage is the one already shown for the page is listed by its title alone.
      sections: rankSections(fragment.anchors, record, fragment.word_count)
        .slice(0, sectionsShown)
        .map((section) => {
          const sectionWindow = window(section.start, section.end);
          return { title: section.title, url: href(section.id), excerpt: repeats(pageWindow, sectionWindow) ? [] : excerpt(sectionWindow) };
        }),
      missing: record.full ? [] : plan.concepts.filter((_, index) => !record.positions[index]!.length).map((concept) => concept.typed),
    };
  }

  #sectionView(record: RankedRecord, fragment: PagefindFragment, section: RankedSection, serviceName: string): ResultView {
    const { href, excerpt, window } = this.#reader(record, fragment);
    return {
      title: `${fragment.meta.title ?? href()}: ${serviceName}`,
      url: href(section.id),
      excerpt: excerpt(window(section.start, section.end)),
      sections: [],
      missing: [],
    };
  }

  /** Links into the page that carry the matched words (for highlighting there), and excerpts of its text. */
  #reader(record: RankedRecord, fragment: PagefindFragment) {
    const words = fragment.content.split(/\s+/);
    const positions = record.positions.flat();
    const url = new URL(fragment.url, location.href);
    url.searchParams.delete(highlightParam);
    for (const word of record.words) url.searchParams.append(highlightParam, word);
    return {
      href: (id?: string) => `${url.pathname}${url.search}${id ? `#${id}` : ''}`,
      window: (from: number, to: number) => excerptWindow(positions, excerptLength, from, to),
      excerpt: (window: [number, number]) => markWords(words, positions, window),
    };
  }
}
