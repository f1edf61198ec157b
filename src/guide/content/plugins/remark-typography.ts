import type { Root } from 'mdast';
import remarkSmartypants from 'remark-smartypants';
import type { Plugin } from 'unified';

type Options = Parameters<typeof remarkSmartypants>[0];
import { visit } from 'unist-util-visit';

/** Characters SmartyPants turns into typographer's marks: quotes, backticks, -- and ... */
const marks = /["'`]|--|\.\.\./;

/**
 * remark-smartypants, run only on a tree that has something for it to set. It parses every text node again
 * with retext, which costs about as much as parsing the Markdown itself; most short fields, and many
 * paragraphs, have no quote or dash to set.
 */
export const remarkTypography: Plugin<[Options?], Root> = function (options) {
  // remark-smartypants' transformer is synchronous and takes the tree alone.
  const typeset = (remarkSmartypants as unknown as (this: unknown, options?: Options) => (tree: Root) => void).call(this, options);
  return (tree) => {
    let needed = false;
    visit(tree, 'text', (node) => {
      if (marks.test(node.value)) needed = true;
      return needed ? false : undefined;
    });
    if (needed) typeset(tree);
  };
};
