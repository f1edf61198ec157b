import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';

/**
 * The one definition of a section heading's self-link, used by the rehype plugin (headings written in
 * Markdown) and by Heading.astro (headings the templates write), so every heading links the same way.
 * The link sits beside the heading, not inside it, so the heading's own name stays clean for
 * screen readers, tables of contents and search results.
 */
export function headingWithAnchor(heading: Element, id: string, text: string): Element {
  return h('div', { className: ['heading', `heading-${heading.tagName}`] }, [
    heading,
    h('a', { className: ['anchor'], href: `#${id}`, dataPagefindIgnore: '' }, [
      h('span', { ariaHidden: 'true' }, '#'),
      h('span', { className: ['visually-hidden'] }, `Link to the section “${text}”`),
    ] as ElementContent[]),
  ]);
}
