import { fill } from '../../i18n/ui/format.ts';
import type { SearchEngine } from './engine.ts';
import { statusMessagesOf, type StatusMessages } from './status-messages.ts';

type SearchCode = typeof import('./search-code.ts');

/** Longer queries add nothing but work; a pasted paragraph is cut here. */
export const maxQueryLength = 200;
/** A query is read for its first words only; the rest would only slow every keystroke. */
const maxConcepts = 12;
const pageSize = 20;
/** URL parameter that searches the words as typed, without spelling correction. */
const asTypedParam = 'spelling';

export interface SearchElements {
  form: HTMLFormElement;
  input: HTMLInputElement;
  status: HTMLElement;
  note: HTMLElement;
  results: HTMLOListElement;
  /** Choices that narrow the results: the search page's selects, the dialog's "only in this guide". */
  filters: (HTMLSelectElement | HTMLInputElement)[];
}

/** A filter's value: a select's choice, a checkbox's value while it is ticked. */
const valueOf = (filter: HTMLSelectElement | HTMLInputElement) => (filter instanceof HTMLInputElement ? (filter.checked ? filter.value : '') : filter.value);

/**
 * Runs searches as the reader types and shows the results. Used by the header's search dialog and by
 * the search page, which also keeps its query and filters in the URL so a search can be shared.
 */
export class SearchController {
  #run = 0;
  /** The search code and its engine, loaded at the first search with words in it. */
  #code: Promise<{ code: SearchCode; engine: SearchEngine }> | undefined;
  /** The reader chose "search for … instead": keep their spelling until the query changes. */
  #asTyped: string | undefined;
  /** What the form says before a search, in the page's language (see status-messages.ts). */
  readonly #messages: StatusMessages;

  constructor(
    private readonly elements: SearchElements,
    private readonly syncUrl: boolean,
  ) {
    const { form, input, results, filters, note } = elements;
    this.#messages = statusMessagesOf(elements.status);
    input.maxLength = maxQueryLength;
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.search({ push: true });
    });
    input.addEventListener('input', () => void this.search({ push: false, typing: true }));
    for (const filter of filters) filter.addEventListener('change', () => void this.search({ push: true }));
    input.addEventListener('keydown', (event) => {
      if (event.key === 'ArrowDown') {
        event.preventDefault();
        this.#links()[0]?.focus();
      }
    });
    results.addEventListener('keydown', (event) => this.#moveFocus(event));
    note.addEventListener('click', (event) => {
      if (!(event.target instanceof HTMLAnchorElement) || !event.target.classList.contains('search-as-typed')) return;
      event.preventDefault();
      this.#asTyped = this.#query();
      void this.search({ push: true });
    });
    if (syncUrl) window.addEventListener('popstate', () => this.restoreFromUrl());
  }

  /** Takes the query and filters from the address, ignoring filter values the page does not offer. */
  restoreFromUrl(): void {
    const params = new URLSearchParams(location.search);
    this.elements.input.value = (params.get('q') ?? '').slice(0, maxQueryLength);
    this.#asTyped = params.get(asTypedParam) === 'as-typed' ? this.#query() : undefined;
    const ignored: string[] = [];
    for (const filter of this.elements.filters) {
      const wanted = params.get(filter.name) ?? '';
      if (filter instanceof HTMLInputElement) {
        filter.checked = wanted === filter.value;
        continue;
      }
      const offered = [...filter.options].some((option) => option.value === wanted);
      filter.value = offered ? wanted : '';
      if (!offered) ignored.push(`${filter.name} ${fill(this.#messages.quote, { text: wanted })}`);
    }
    void this.search({ push: false, ignored });
  }

  async search({ push, ignored = [], typing = false }: { push: boolean; ignored?: string[]; typing?: boolean }): Promise<void> {
    const { note, results, filters } = this.elements;
    const run = ++this.#run;
    const query = this.#query();
    if (this.#asTyped !== query) this.#asTyped = undefined;
    const asTyped = this.#asTyped !== undefined;
    const chosen = Object.fromEntries(filters.filter((filter) => valueOf(filter)).map((filter) => [filter.name, valueOf(filter)]));
    if (this.syncUrl) this.#writeUrl(query, chosen, asTyped, push);
    const ignoredNote = ignored.length ? ` ${fill(this.#messages.ignoredFilter, { filters: ignored.join(this.#messages.comma) })}` : '';

    if (!query) {
      results.replaceChildren();
      note.replaceChildren();
      this.#show(`${this.#messages.prompt}${ignoredNote}`, 'none', query);
      return;
    }
    const { code, engine } = await (this.#code ??= import('./search-code.ts').then(async (code) => ({ code, engine: await code.startEngine() })));
    const plan = code.planQuery(query, engine.vocab, { typing, asTyped });
    plan.concepts = plan.concepts.slice(0, maxConcepts);
    const outcome = await engine.run(plan, chosen, pageSize);
    if (run !== this.#run) return;
    // After a search, the words are those of the search's own language (its terms.json).
    const words = { messages: engine.vocab.messages, language: engine.vocab.language.code };
    const view = code.describeSearch(
      query,
      plan,
      outcome,
      {
        filtered: Object.keys(chosen).length > 0,
        asTypedHref: this.#asTypedHref(query),
        shown: pageSize,
      },
      words,
    );
    results.replaceChildren(...outcome.results.map((result) => code.resultItem(result, words)));
    note.replaceChildren(...view.note);
    this.#show(`${view.status}${ignoredNote}`, view.state, query);
  }

  #query(): string {
    return this.elements.input.value.trim().slice(0, maxQueryLength);
  }

  /** The status is written last, with the query it answers: tests and the benchmark wait for it. */
  #show(text: string, state: string, query: string) {
    const { status } = this.elements;
    status.textContent = text;
    status.dataset['state'] = state;
    status.dataset['query'] = query;
  }

  #asTypedHref(query: string): string {
    const params = new URLSearchParams({ q: query, [asTypedParam]: 'as-typed' });
    const page = new URL(this.elements.form.getAttribute('action') ?? location.pathname, location.href).pathname;
    return `${page}?${params}`;
  }

  #writeUrl(query: string, chosen: Record<string, string>, asTyped: boolean, push: boolean) {
    const params = new URLSearchParams({ ...(query ? { q: query } : {}), ...chosen, ...(asTyped ? { [asTypedParam]: 'as-typed' } : {}) });
    const url = `${location.pathname}${params.size ? `?${params}` : ''}`;
    if (url === `${location.pathname}${location.search}`) return;
    history[push ? 'pushState' : 'replaceState'](null, '', url);
  }

  #links(): HTMLAnchorElement[] {
    return [...this.elements.results.querySelectorAll('a')];
  }

  #moveFocus(event: KeyboardEvent) {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const links = this.#links();
    const index = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (index === -1) return;
    event.preventDefault();
    const next = index + (event.key === 'ArrowDown' ? 1 : -1);
    if (next < 0) this.elements.input.focus();
    else links[Math.min(next, links.length - 1)]?.focus();
  }
}

export function searchElements(root: ParentNode): SearchElements {
  const find = <T extends Element>(selector: string) => {
    const found = root.querySelector<T>(selector);
    if (!found) throw new Error(`search: ${selector} is missing from the markup`);
    return found;
  };
  return {
    form: find<HTMLFormElement>('form'),
    input: find<HTMLInputElement>('input[name="q"]'),
    status: find<HTMLElement>('.search-status'),
    note: find<HTMLElement>('.search-note'),
    results: find<HTMLOListElement>('.search-results'),
    filters: [...root.querySelectorAll<HTMLSelectElement | HTMLInputElement>('[data-filter]')],
  };
}
