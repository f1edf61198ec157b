import type { Root } from 'hast';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';

/**
 * A task list's boxes (remark-gfm writes `<input type="checkbox" disabled>`) say what they are: a form
 * control needs a name (axe: label). The item's own text follows the box, so the name is its state alone.
 */
export const rehypeTaskLists: Plugin<[], Root> = () => (tree) => {
  visit(tree, 'element', (node) => {
    if (node.tagName !== 'input' || node.properties['type'] !== 'checkbox') return;
    node.properties['ariaLabel'] = node.properties['checked'] ? 'Done' : 'Not done';
  });
};
