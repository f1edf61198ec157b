import { rehypeShiki } from '@astrojs/markdown-remark';
import type { Root } from 'hast';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';
import { shikiConfig } from '../highlight.ts';

/**
 * Astro's own Shiki step (the one @astrojs/mdx runs), started only for a tree that has a code block: Shiki
 * loads its engine, themes and grammars on first use, which a guide without code should never pay for, in
 * time or in memory.
 */
export const rehypeHighlight: Plugin<[], Root> = function () {
  let highlight: ((tree: Root) => Promise<void>) | undefined;
  // rehypeShiki is an attacher like this one; it reads nothing of the processor it is given.
  const attach = rehypeShiki as unknown as (this: unknown, config: unknown, exclude: undefined) => (tree: Root) => Promise<void>;
  return async (tree) => {
    let hasCode = false;
    visit(tree, 'element', (node) => {
      if (node.tagName === 'pre') hasCode = true;
      return hasCode ? false : undefined;
    });
    if (!hasCode) return;
    highlight ??= attach.call(this, shikiConfig, undefined);
    await highlight(tree);
  };
};
