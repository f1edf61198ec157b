/**
 * Short fields written as one line of Markdown (a glance line, a summary, a rule's explanation): inline HTML
 * for pages, plain text for meta descriptions and search, and the Markdown itself for the Markdown forms.
 * The same GFM and SmartyPants as prose; links are kept as their text, since a field this short is shown
 * inside other links and table cells, and HTML written in it is dropped.
 */
import type { Root as HastRoot } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { toString } from 'hast-util-to-string';
import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { SKIP, visit } from 'unist-util-visit';
import { inlineStore, type InlineText } from './inline-store.ts';
import { smartypants } from './plugins.ts';
import { remarkTypography } from './plugins/remark-typography.ts';

export type { InlineText };

const processor = unified().use(remarkParse).use(remarkGfm).use(remarkTypography, smartypants).use(remarkRehype).freeze();

/** `**Kept** 90 days in \`Event history\`` → HTML without a paragraph around it, and its text. */
export function inlineMarkdown(markdown: string): InlineText {
  const known = inlineStore();
  let result = known.get(markdown);
  if (!result) {
    const mdast = processor.parse(markdown) as Root;
    visit(mdast, (node, index, parent) => {
      if ((node.type === 'link' || node.type === 'linkReference') && parent && index !== undefined) {
        parent.children.splice(index, 1, ...node.children);
        return [SKIP, index];
      }
      return undefined;
    });
    const hast = processor.runSync(mdast) as HastRoot;
    // One paragraph's content, without the paragraph.
    const only = hast.children.filter((node) => node.type === 'element');
    const content: HastRoot = only.length === 1 && only[0]!.type === 'element' && only[0]!.tagName === 'p' ? { type: 'root', children: only[0]!.children } : hast;
    result = { html: toHtml(content), text: toString(content).replace(/\s+/g, ' ').trim() };
    known.set(markdown, result);
  }
  return result;
}

/** Plain text of a short Markdown field, for meta descriptions and search. */
export const plainText = (markdown: string) => inlineMarkdown(markdown).text;
