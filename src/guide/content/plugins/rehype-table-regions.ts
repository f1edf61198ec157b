import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { h } from 'hastscript';
import type { Plugin } from 'unified';
import { SKIP, visit } from 'unist-util-visit';

/**
 * A table written in content sits in its own named, focusable region that scrolls sideways: a wide table in
 * a narrow comparison card stays inside the card, and a keyboard can scroll it (axe: scrollable regions
 * must be focusable). The region is named after the table's header row.
 */
// A named <section> is a region landmark: the native element for it (html-validate prefers it to role="region").
export const rehypeTableRegions: Plugin<[], Root> = () => (tree) => {
  visit(tree, 'element', (node, index, parent) => {
    if (node.tagName !== 'table' || !parent || index === undefined) return undefined;
    parent.children[index] = h('section', { className: ['table-scroll', 'prose-table'], tabIndex: 0, ariaLabel: tableName(node) }, [node]);
    return [SKIP, index + 1];
  });
};

function tableName(table: Element): string {
  let header: Element | undefined;
  visit(table, 'element', (node) => {
    if (header) return false;
    if (node.tagName === 'tr') header = node;
    return undefined;
  });
  const cells = (header?.children ?? []).filter((cell): cell is Element => cell.type === 'element').map((cell) => toString(cell).trim()).filter(Boolean);
  const list = cells.join(', ');
  return cells.length ? `Table: ${list.length > 80 ? `${list.slice(0, 80).replace(/,?\s+\S*$/, '')} …` : list}` : 'Table';
}
