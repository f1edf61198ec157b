import type { Heading, Root, Text } from 'mdast';
// Brings in the hProperties field that mdast data carries into HTML.
import type {} from 'mdast-util-to-hast';
import { visit } from 'unist-util-visit';

/**
 * `## Keeping logs longer [#long-term]` gives the heading the id `long-term`, so a heading can be
 * reworded without breaking links that readers have already pasted elsewhere. (MDX reads `{#id}` as
 * JavaScript, hence square brackets.)
 */
const explicitId = /\s*\[#([a-z0-9]+(?:-[a-z0-9]+)*)\]\s*$/;

export function remarkExplicitHeadingIds() {
  return (tree: Root) => {
    visit(tree, 'heading', (heading: Heading) => {
      const last = heading.children.at(-1);
      if (last?.type !== 'text') return;
      const match = explicitId.exec(last.value);
      if (!match) return;
      (last as Text).value = last.value.slice(0, match.index);
      heading.data = { ...heading.data, hProperties: { ...heading.data?.hProperties, id: match[1] } };
    });
  };
}
