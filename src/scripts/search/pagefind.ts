/** The slice of Pagefind's browser API that the guide uses. */
export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
}

export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string; summary?: string; order?: string };
  sub_results: PagefindSubResult[];
}

export interface PagefindSearch {
  results: { id: string; data: () => Promise<PagefindResultData> }[];
}

interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  search(term: string | null, options?: { filters?: Record<string, string | string[]> }): Promise<PagefindSearch>;
}

import { link } from '../../lib/urls.ts';

export const highlightParam = 'highlight';

let loading: Promise<Pagefind> | undefined;

/** Loads Pagefind on first use only: reading a page never fetches the search code or index. */
export function loadPagefind(): Promise<Pagefind> {
  loading ??= (async () => {
    const pagefind = (await import(/* @vite-ignore */ link('pagefind/pagefind.js'))) as Pagefind;
    await pagefind.options({ baseUrl: link(), highlightParam, excerptLength: 24 });
    return pagefind;
  })();
  return loading;
}
