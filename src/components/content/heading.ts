import type { Element, ElementContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';

/**
 * The one definition of a section heading's self-link and "Copy link" button, used for headings written in
 * content (render.ts) and for headings the templates write (Heading.astro), so every heading links the same
 * way. Both sit beside the heading, not inside it, so the heading's own name stays clean for screen
 * readers, contents lists and search results.
 */
export function headingWithAnchor(heading: Element, id: string, text: string): Element {
  return h('div', { className: ['heading', `heading-${heading.tagName}`] }, [
    heading,
    h('a', { className: ['anchor'], href: `#${id}`, dataPagefindIgnore: '' }, [
      h('span', { ariaHidden: 'true' }, '#'),
      h('span', { className: ['visually-hidden'] }, `Link to the section “${text}”`),
    ] as ElementContent[]),
    // Written here rather than by the script that makes it work, so a heading never wraps under the reader
    // when the script runs; the stylesheet hides it where scripts do not run.
    h('button', { type: 'button', className: ['copy-link'], dataPagefindIgnore: '', ariaLabel: `Copy link to the section “${text}”` }, 'Copy link'),
  ]);
}

const rendered = new Map<string, string>();

/** A template's heading with its self-link, as HTML. The same few (a side's "AWS CloudTrail") recur on every page, so each is built once. */
export function headingHtml(level: number, id: string, text: string): string {
  const key = `${level}\u0000${id}\u0000${text}`;
  let html = rendered.get(key);
  if (html === undefined) {
    html = toHtml(headingWithAnchor(h(`h${level}`, { id }, text), id, text));
    rendered.set(key, html);
  }
  return html;
}
