import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { SKIP, visit } from 'unist-util-visit';
import { headingWithAnchor } from './heading-anchor.ts';

const linkedLevels = new Set(['h2', 'h3', 'h4']);

/** Gives every h2–h4 of the guide's Markdown a visible-on-focus self-link. Runs after heading ids are set. */
export function rehypeHeadingAnchors() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element, index, parent) => {
      if (!parent || index === undefined || !linkedLevels.has(node.tagName)) return;
      const id = node.properties['id'];
      if (typeof id !== 'string') return;
      parent.children[index] = headingWithAnchor(node, id, toString(node));
      return SKIP;
    });
  };
}
