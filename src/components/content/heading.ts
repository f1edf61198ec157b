import type { Element } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';
import { uiStrings, type UiStrings } from '../../i18n/ui/index.ts';

/** What a self-link says to screen readers, in the page's language (`Astro.locals.ui.content.sectionLink`). */
export type SectionLinkLabel = UiStrings['content']['sectionLink'];
const english = uiStrings('en').content.sectionLink;

/**
 * The one definition of a section heading's self-link, used for headings written in content (render.ts) and
 * for headings the templates write (Heading.astro), so every heading links the same way. One quiet "#"
 * (as Starlight, MDN and GitHub do): following it puts the section in the address bar, and with scripts it
 * also copies that address (CopyLinks.astro). It sits beside the heading, not inside it, so the heading's own
 * name stays clean for screen readers, contents lists and search results.
 */
export function headingWithAnchor(heading: Element, id: string, text: string, label: SectionLinkLabel = english): Element {
  return h('div', { className: ['heading', `heading-${heading.tagName}`] }, [
    heading,
    // Named for screen readers by its label alone; the "#" is what the eye sees.
    h('a', { className: ['anchor'], href: `#${id}`, ariaLabel: label(text), dataPagefindIgnore: '' }, '#'),
  ]);
}

const rendered = new Map<string, string>();

/** A template's heading with its self-link, as HTML. The same few (a side's "AWS CloudTrail") recur on every page, so each is built once. */
export function headingHtml(level: number, id: string, text: string, label: SectionLinkLabel = english): string {
  const key = `${level}\u0000${id}\u0000${text}\u0000${label(text)}`;
  let html = rendered.get(key);
  if (html === undefined) {
    html = toHtml(headingWithAnchor(h(`h${level}`, { id }, text), id, text, label));
    rendered.set(key, html);
  }
  return html;
}
