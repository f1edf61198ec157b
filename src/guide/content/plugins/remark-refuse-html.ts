import type { Root } from 'mdast';
import type { Plugin } from 'unified';
import { SKIP, visit } from 'unist-util-visit';
import { contextOf, fail } from '../context.ts';
import { htmlAlternative } from '../html-alternatives.ts';

/**
 * HTML tags (lowercase names, and `<>` fragments) are refused, each with the Markdown that does the same
 * job. The guide's components (capitalised names) are checked by remark-comparison.ts.
 */
export const remarkRefuseHtml: Plugin<[], Root> = () => (tree, file) => {
  const context = contextOf(file);
  visit(tree, (node, index, parent) => {
    if ((node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') || !parent || index === undefined) return undefined;
    const name = node.name ?? '';
    if (name && !/^[a-z]/.test(name)) return undefined;
    const tag = name ? `<${name}>` : '<>';
    fail(context, node, tag, `${tag} is HTML, which guide content may not contain`, htmlAlternative(name));
    parent.children.splice(index, 1);
    return [SKIP, index];
  });
};
