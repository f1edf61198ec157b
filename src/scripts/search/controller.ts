import { loadPagefind } from './pagefind.ts';
import { resultItem } from './render.ts';

/** Longer queries add nothing but work; a pasted paragraph is cut here. */
export const maxQueryLength = 200;
const pageSize = 20;

export interface SearchElements {
  form: HTMLFormElement;
  input: HTMLInputElement;
  status: HTMLElement;
  results: HTMLOListElement;
  /** Present on the search page: choosing a value narrows the results. */
  filters: HTMLSelectElement[];
}

/**
 * Runs searches as the reader types and shows the results. Used by the header's search dialog and by
 * the search page, which also keeps its query and filters in the URL so a search can be shared.
 */
export class SearchController {
  #run = 0;

  constructor(
    private readonly elements: SearchElements,
    private readonly syncUrl: boolean,
  ) {
    const { form, input, results, filters } = elements;
    input.maxLength = maxQueryLength;
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.search({ push: true });
    });
    input.addEventListener('input', () => void this.search({ push: false }));
    for (const filter of filters) filter.addEventListener('change', () => void this.search({ push: true }));
    input.addEventListener('keydown', (event) => {
      if (event.key === 'ArrowDown') {
        event.preventDefault();
        this.#links()[0]?.focus();
      }
    });
    results.addEventListener('keydown', (event) => this.#moveFocus(event));
    if (syncUrl) window.addEventListener('popstate', () => this.restoreFromUrl());
  }

  /** Takes the query and filters from the address, ignoring filter values the page does not offer. */
  restoreFromUrl(): void {
    const params = new URLSearchParams(location.search);
    this.elements.input.value = (params.get('q') ?? '').slice(0, maxQueryLength);
    const ignored: string[] = [];
    for (const filter of this.elements.filters) {
      const wanted = params.get(filter.name) ?? '';
      const offered = [...filter.options].some((option) => option.value === wanted);
      filter.value = offered ? wanted : '';
      if (!offered) ignored.push(`${filter.name} “${wanted}”`);
    }
    void this.search({ push: false, ignored });
  }

  async search({ push, ignored = [] }: { push: boolean; ignored?: string[] }): Promise<void> {
    const { input, status, results, filters } = this.elements;
    const run = ++this.#run;
    const query = input.value.trim().slice(0, maxQueryLength);
    const chosen = Object.fromEntries(filters.filter((filter) => filter.value).map((filter) => [filter.name, filter.value]));
    if (this.syncUrl) this.#writeUrl(query, chosen, push);
    const note = ignored.length ? ` Ignored an unknown filter: ${ignored.join(', ')}.` : '';

    if (!query) {
      results.replaceChildren();
      status.textContent = `Type a word to search the guide.${note}`;
      return;
    }
    const pagefind = await loadPagefind();
    // Sections about one service are records of their own; without a service filter, whole pages are
    // listed with their matching sections beneath them.
    const kind = chosen['service'] ? 'section' : 'page';
    const found = await pagefind.search(query, { filters: { ...chosen, kind } });
    const data = await Promise.all(found.results.slice(0, pageSize).map((result) => result.data()));
    if (run !== this.#run) return;
    results.replaceChildren(...data.map(resultItem));
    const shown = found.results.length > pageSize ? ` (showing the first ${pageSize})` : '';
    status.textContent =
      found.results.length === 0
        ? `No results for “${query}”. Try another word${Object.keys(chosen).length ? ' or remove a filter' : ''}.${note}`
        : `${found.results.length} ${found.results.length === 1 ? 'result' : 'results'} for “${query}”${shown}.${note}`;
  }

  #writeUrl(query: string, chosen: Record<string, string>, push: boolean) {
    const params = new URLSearchParams({ ...(query ? { q: query } : {}), ...chosen });
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
    results: find<HTMLOListElement>('.search-results'),
    filters: [...root.querySelectorAll<HTMLSelectElement>('select[data-filter]')],
  };
}
