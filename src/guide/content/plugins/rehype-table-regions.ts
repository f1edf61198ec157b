import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { h } from 'hastscript';
import type { Plugin } from 'unified';
import { SKIP, visit } from 'unist-util-visit';
import type { UiStrings } from '../../../i18n/ui/index.ts';

/**
 * A table written in content sits in its own named, focusable region that scrolls sideways: a wide table in
 * a narrow comparison card stays inside the card, and a keyboard can scroll it (axe: scrollable regions
 * must be focusable). A named <section> is a region landmark, the native element for one (html-validate
 * prefers it to role="region"). It is named after the table's header row and numbered in the file
 * ("Table 2: Mode, Reads"), as two tables of a page must not share a name (axe: landmark-unique).
 */
export const rehypeTableRegions: Plugin<[Pick<UiStrings['content'], 'tableRegion'>], Root> = (words) => (tree) => {
  let count = 0;
  visit(tree, 'element', (node, index, parent) => {
    if (node.tagName !== 'table' || !parent || index === undefined) return undefined;
    count += 1;
    parent.children[index] = h('section', { className: ['table-scroll', 'prose-table'], tabIndex: 0, ariaLabel: words.tableRegion(count, tableName(node)) }, [node]);
    return [SKIP, index + 1];
  });
};

/** The header row's cells, shortened at a word; nothing for a table without header text. */
function tableName(table: Element): string {
  let header: Element | undefined;
  visit(table, 'element', (node) => {
    if (header) return false;
    if (node.tagName === 'tr') header = node;
    return undefined;
  });
  const cells = (header?.children ?? []).filter((cell): cell is Element => cell.type === 'element').map((cell) => toString(cell).trim()).filter(Boolean);
  const list = cells.join(', ');
  return cells.length ? (list.length > 80 ? `${list.slice(0, 80).replace(/,?\s+\S*$/, '')} …` : list) : '';
}
