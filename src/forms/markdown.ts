/**
 * Plain Markdown from the guide's data: small builders for the tree, the guide's compiled prose carried over
 * with its links made absolute, and one writer. No HTML and no MDX reach the output: prose was refused any
 * at stage 1, and everything else is built here from text.
 */
import type { BlockContent, Heading, List, ListItem, Paragraph, PhrasingContent, Root, RootContent, Table, TableCell } from 'mdast';
import { gfmStrikethroughToMarkdown } from 'mdast-util-gfm-strikethrough';
import { gfmTableToMarkdown } from 'mdast-util-gfm-table';
import { toMarkdown } from 'mdast-util-to-markdown';
import { visit } from 'unist-util-visit';
import type { Fragment } from '../guide/index.ts';

export type Inline = PhrasingContent | string;

const inline = (parts: Inline[]): PhrasingContent[] => parts.map((part) => (typeof part === 'string' ? { type: 'text', value: part } : part));

export const strong = (...parts: Inline[]): PhrasingContent => ({ type: 'strong', children: inline(parts) });
export const link = (url: string, ...parts: Inline[]): PhrasingContent => ({ type: 'link', url, children: inline(parts) });
export const heading = (depth: number, ...parts: Inline[]): Heading => ({ type: 'heading', depth: Math.min(6, depth) as Heading['depth'], children: inline(parts) });
export const paragraph = (...parts: Inline[]): Paragraph => ({ type: 'paragraph', children: inline(parts) });

/** A bulleted list; an item is a line of text, or blocks (a paragraph and a nested list). */
export function list(items: (Inline[] | BlockContent[])[]): List {
  const isBlocks = (item: Inline[] | BlockContent[]): item is BlockContent[] => item.length > 0 && typeof item[0] === 'object' && ['paragraph', 'list'].includes(item[0].type);
  const children: ListItem[] = items.map((item) => ({ type: 'listItem', spread: false, children: isBlocks(item) ? item : [paragraph(...(item as Inline[]))] }));
  return { type: 'list', ordered: false, spread: false, children };
}

export function table(header: Inline[][], rows: Inline[][][]): Table {
  const row = (cells: Inline[][]) => ({ type: 'tableRow' as const, children: cells.map((cell): TableCell => ({ type: 'tableCell', children: inline(cell) })) });
  return { type: 'table', align: header.map(() => 'left'), children: [row(header), ...rows.map(row)] };
}

export interface ProseOptions {
  /** Levels added to every heading: 1 where the prose sits a level lower, as in the whole guide. */
  shift?: number;
  /** The address a link or image written in the prose should have in the Markdown. */
  resolve: (href: string) => string;
}

/** A fragment's Markdown tree, copied (the compiled one serves every page), re-levelled and with links resolved. */
export function prose(fragment: Fragment, { shift = 0, resolve }: ProseOptions): RootContent[] {
  const root = structuredClone(fragment.mdast);
  visit(root, (node) => {
    if (node.type === 'heading') node.depth = Math.min(6, node.depth + shift) as Heading['depth'];
    if (node.type === 'link' || node.type === 'image' || node.type === 'definition') node.url = resolve(node.url);
    // Heading ids were for the HTML; Markdown readers make their own.
    if ('data' in node) delete node.data;
  });
  return root.children;
}

/** Writes a tree as Markdown. */
export function toMarkdownText(children: RootContent[]): string {
  const root: Root = { type: 'root', children };
  return toMarkdown(root, { bullet: '-', emphasis: '_', rule: '-', listItemIndent: 'one', extensions: [gfmTableToMarkdown(), gfmStrikethroughToMarkdown()] });
}
