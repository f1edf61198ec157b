import type { Root } from 'mdast';
import type { Plugin } from 'unified';
import { SKIP, visit } from 'unist-util-visit';
import { contextOf, fail } from '../context.ts';

/**
 * Guide content is data, not a program: MDX's `{expressions}` and `import`/`export` lines are never run, so
 * they are refused with their line (and taken out of the tree, so no later stage meets them). A literal brace
 * is written `\{`, which MDX reads as text.
 */
export const remarkRefuseCode: Plugin<[], Root> = () => (tree, file) => {
  const context = contextOf(file);
  visit(tree, (node, index, parent) => {
    if (!parent || index === undefined) return undefined;
    if (node.type === 'mdxjsEsm') {
      fail(context, node, 'import', 'guide content cannot import or export code', 'no import or export lines: <Comparison>, <Side> and the lists need none');
    } else if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') {
      fail(
        context,
        node,
        'text',
        `"{${abbreviate(node.value)}}" is an expression, and guide content runs no code`,
        'a brace written \\{ when it is meant as text, code inside `backticks`, or a comment written {/* … */}',
      );
    } else {
      return undefined;
    }
    parent.children.splice(index, 1);
    return [SKIP, index];
  });
};

const abbreviate = (text: string) => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 40 ? `${flat.slice(0, 40).replace(/\s+\S*$/, '')} …` : flat;
};
