/**
 * What the search form says before its search code has loaded (an empty query, a filter the page does not
 * offer), so a first visit loads nothing more: the page writes these into its status element as
 * `data-messages` (JSON), from the catalogue of its language; everything said after a search comes with
 * the search's vocabulary (search/terms.json, `searchUi`).
 */
import type { UiStrings } from '../../i18n/ui/en.ts';

export type StatusMessages = Pick<UiStrings['searchUi'], 'prompt' | 'ignoredFilter' | 'quote' | 'comma'>;

/** For the page: the value of the status element's `data-messages`, `JSON.stringify(statusMessages(Astro.locals.ui))`. */
export const statusMessages = ({ searchUi }: Pick<UiStrings, 'searchUi'>): StatusMessages => ({
  prompt: searchUi.prompt,
  ignoredFilter: searchUi.ignoredFilter,
  quote: searchUi.quote,
  comma: searchUi.comma,
});

/** The source language's words, for a page that carries none (tests/unit checks they are the catalogue's). */
export const englishStatusMessages: StatusMessages = {
  prompt: 'Type a word to search the guide.',
  ignoredFilter: 'Ignored an unknown filter: {filters}.',
  quote: '\u201c{text}\u201d',
  comma: ', ',
};

/** The messages the page gave the element, each one it lacks in English. */
export function statusMessagesOf(element: HTMLElement): StatusMessages {
  try {
    const given = JSON.parse(element.dataset['messages'] ?? '{}') as Partial<StatusMessages>;
    return { ...englishStatusMessages, ...given };
  } catch {
    return englishStatusMessages;
  }
}
