/**
 * Plain Markdown from the guide's data: small builders for the tree, the guide's compiled prose carried over
 * with its links made absolute, and one writer. No HTML and no MDX reach the output: prose was refused any
 * at stage 1, and everything else is built here from text.
 */
import type { BlockContent, Heading, List, ListItem, Paragraph, PhrasingContent, Root, RootContent, Table, TableCell } from 'mdast';
import { gfmToMarkdown } from 'mdast-util-gfm';
import { toMarkdown } from 'mdast-util-to-markdown';
import type { Fragment } from '../guide/index.ts';

export type Inline = PhrasingContent | string;

const inline = (parts: Inline[]): PhrasingContent[] => parts.map((part) => (typeof part === 'string' ? { type: 'text', value: part } : part));

export const strong = (...parts: Inline[]): PhrasingContent => ({ type: 'strong', children: inline(parts) });
export const link = (url: string, ...parts: Inline[]): PhrasingContent => ({ type: 'link', url, children: inline(parts) });
export const heading = (depth: number, ...parts: Inline[]): Heading => ({
  type: 'heading',
  depth: Math.min(6, depth) as Heading['depth'],
  children: inline(parts),
});
export const paragraph = (...parts: Inline[]): Paragraph => ({ type: 'paragraph', children: inline(parts) });

/** A bulleted list; an item is a line of text, or blocks (a paragraph and a nested list). */
export function list(items: (Inline[] | BlockContent[])[]): List {
  const isBlocks = (item: Inline[] | BlockContent[]): item is BlockContent[] =>
    item.length > 0 && typeof item[0] === 'object' && ['paragraph', 'list'].includes(item[0].type);
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
  /**
   * Where several pages' prose meets in one text (the whole guide), footnote labels take this prefix, so
   * every page's "[^1]" stays its own.
   */
  footnotePrefix?: string | undefined;
  /** The address of an image of the guide's folder (its absolute path), as the built site serves it. */
  image?: (file: string) => string;
}

/** A fragment's Markdown tree, copied (the compiled one serves every page), re-levelled and with links resolved. */
export function prose(fragment: Fragment, { shift = 0, resolve, footnotePrefix, image }: ProseOptions): RootContent[] {
  // One pass that copies and adjusts: cheaper than cloning and then walking the clone.
  const copy = (node: Record<string, unknown>): Record<string, unknown> => {
    // Heading ids (`data`) were for the HTML; Markdown readers make their own.
    const { data, children, ...rest } = node;
    const out: Record<string, unknown> = rest;
    if (out['type'] === 'heading') out['depth'] = Math.min(6, (out['depth'] as number) + shift);
    const guideImage = (data as { hProperties?: { dataGuideImage?: unknown } } | undefined)?.hProperties?.dataGuideImage;
    if (typeof guideImage === 'string' && image) out['url'] = image(guideImage);
    else if (typeof out['url'] === 'string') out['url'] = resolve(out['url']);
    if (footnotePrefix && (out['type'] === 'footnoteReference' || out['type'] === 'footnoteDefinition')) {
      out['identifier'] = `${footnotePrefix}-${String(out['identifier'])}`;
      out['label'] = `${footnotePrefix}-${String(out['label'] ?? out['identifier'])}`;
    }
    if (Array.isArray(children)) out['children'] = children.map(copy);
    return out;
  };
  return fragment.mdast.children.map((node) => copy(node as unknown as Record<string, unknown>) as unknown as RootContent);
}

/** Writes a tree as Markdown. */
export function toMarkdownText(children: RootContent[], { bullet = '-' }: { bullet?: '-' | '*' } = {}): string {
  const root: Root = { type: 'root', children };
  return toMarkdown(root, { bullet, emphasis: '_', rule: '-', listItemIndent: 'one', extensions: [gfmToMarkdown()] });
}

/**
 * Markdown written by toMarkdownText, its headings `by` levels lower. Exact for prose whose headings are all
 * top-level lines and that holds no code block (Markdown escapes any other line that starts with "#").
 */
export const shiftHeadings = (markdown: string, by: number) =>
  markdown.replace(/^(#{1,6}) /gm, (_, hashes: string) => `${'#'.repeat(Math.min(6, hashes.length + by))} `);

/** Whether a tree holds a code block, whose lines Markdown takes literally, or footnotes, whose labels a merged text renames. */
export function hasCodeOrNotes(node: { type: string; children?: unknown[] }): boolean {
  return (
    ['code', 'footnoteReference', 'footnoteDefinition'].includes(node.type) ||
    (node.children ?? []).some((child) => hasCodeOrNotes(child as { type: string; children?: unknown[] }))
  );
}
