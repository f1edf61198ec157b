import type { Root } from 'mdast';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';
import { contextOf, fail } from '../context.ts';
import { placeholder, placeholderProblem } from '../../placeholders.ts';

/**
 * `npm run new:category` writes "TODO:" where text is still to be written; a page with one left is not
 * finished. Read after comments are dropped, so a "TODO:" in a comment is the author's own business.
 */
export const remarkPlaceholders: Plugin<[], Root> = () => (tree, file) => {
  const context = contextOf(file);
  visit(tree, 'text', (node) => {
    if (placeholder.test(node.value)) fail(context, node, 'placeholder', placeholderProblem(node.value), 'the category’s own text in its place');
  });
};
