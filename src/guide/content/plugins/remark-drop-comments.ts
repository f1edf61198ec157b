import type { Root } from 'mdast';
import type { Plugin } from 'unified';
import { SKIP, visit } from 'unist-util-visit';

/** `{/* comment *\/}`, `{// comment}` or `{}`: an expression that holds no code. */
const onlyComments = /^\s*(?:(?:\/\*[\s\S]*?\*\/|\/\/[^\n]*)\s*)*$/;

/**
 * Comments are for the author alone: `{/* … *\/}` (and `<!-- … -->`, rewritten as one before parsing) are
 * dropped here, before any rule reads the text, so a "TODO:" in a comment is never taken for a placeholder
 * and a comment is never refused as code. A paragraph left empty by its comment goes with it.
 */
export const remarkDropComments: Plugin<[], Root> = () => (tree) => {
  visit(tree, (node, index, parent) => {
    if (!parent || index === undefined) return undefined;
    if ((node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') && onlyComments.test(node.value)) {
      parent.children.splice(index, 1);
      return [SKIP, index];
    }
    return undefined;
  });
  visit(tree, 'paragraph', (node, index, parent) => {
    if (!parent || index === undefined) return undefined;
    if (node.children.every((child) => child.type === 'text' && !child.value.trim())) {
      parent.children.splice(index, 1);
      return [SKIP, index];
    }
    return undefined;
  });
};
