import { displayPath } from '../lib/display-path.ts';
import type { Root } from 'mdast';
import type {} from 'mdast-util-mdx';
import { visit } from 'unist-util-visit';

/**
 * Components used inside MDX cannot see which file they were written in, and `astro check` does not
 * look inside MDX. This plugin stamps `source="content/categories/x.mdx:12"` on each guide component,
 * so the components' own build-time validation can say exactly where a mistake is.
 */
const guideComponents = new Set(['Comparison', 'Side']);

export function remarkComponentSource() {
  return (tree: Root, file: { path?: string }) => {
    const shown = file.path ? displayPath(file.path) : 'an MDX file';
    visit(tree, (node) => {
      if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
      if (!node.name || !guideComponents.has(node.name)) return;
      node.attributes.push({ type: 'mdxJsxAttribute', name: 'source', value: `${shown}:${node.position?.start.line ?? '?'}` });
    });
  };
}
