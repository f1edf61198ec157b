import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';

/**
 * The one definition of a section heading's self-link, used for headings written in content (render.ts)
 * and for headings the templates write (Heading.astro), so every heading links the same way. The link
 * sits beside the heading, not inside it, so the heading's own name stays clean for screen readers,
 * contents lists and search results.
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
