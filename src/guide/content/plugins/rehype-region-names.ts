import type { Element, Root } from 'hast';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';

/**
 * Numbers the scrolling regions of a file (code blocks, wide tables), each kind on its own, in reading order:
 * "JSON code 2: {", "Table 1: Mode, Reads". Two regions of a page must not share a name (axe:
 * landmark-unique), and two JSON blocks both begin with "{". On the whole-guide page, where several files
 * meet, each name also takes its category's title (src/components/content/render.ts).
 */
/** A scrolling region of content: a named section (code-blocks and table-regions write them). */
export const isRegion = (node: Element) => node.tagName === 'section' && typeof node.properties['ariaLabel'] === 'string';

export const rehypeRegionNames: Plugin<[], Root> = () => (tree) => {
  const counts = new Map<string, number>();
  visit(tree, 'element', (node) => {
    const label = node.properties['ariaLabel'];
    if (!isRegion(node) || typeof label !== 'string') return;
    // "Bash code: aws …" → kind "code"; "Table: …" → kind "Table".
    const match = /^(.*?)(\bcode|Table)(:.*)?$/.exec(label);
    if (!match) return;
    const kind = match[2]!;
    const count = (counts.get(kind) ?? 0) + 1;
    counts.set(kind, count);
    node.properties['ariaLabel'] = `${match[1]}${kind} ${count}${match[3] ?? ''}`;
  });
};
