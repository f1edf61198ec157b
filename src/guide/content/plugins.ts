/**
 * The one list of remark and rehype plugins for Markdown and MDX. The guide's content is compiled with it
 * when it is read (processor.ts), and the integration hands the same list to Astro's Markdown processor and
 * to @astrojs/mdx, so an .md or .mdx page of the site renders exactly as guide content does.
 */
import rehypeExternalLinks from 'rehype-external-links';
import type { Options as RemarkRehypeOptions } from 'remark-rehype';
import type { PluggableList } from 'unified';
import { rehypeCodeBlocks } from './plugins/rehype-code-blocks.ts';
import { rehypeHighlight } from './plugins/rehype-highlight.ts';
import { rehypeTaskLists } from './plugins/rehype-task-lists.ts';
import { rehypeTableRegions } from './plugins/rehype-table-regions.ts';

/** SmartyPants as the guide has always set type: -- is an en dash, --- an em dash. */
export const smartypants = { dashes: 'oldschool' } as const;

/** Remark plugins beyond GFM and SmartyPants, which the processors add themselves (see processor.ts). */
export const remarkPlugins: PluggableList = [];

export const rehypePlugins: PluggableList = [
  rehypeHighlight,
  rehypeCodeBlocks,
  rehypeTableRegions,
  rehypeTaskLists,
  [
    rehypeExternalLinks,
    {
      rel: ['external', 'noopener', 'noreferrer'],
      properties: { className: ['external'] },
      // Said to screen readers; sighted readers see the mark the stylesheet adds.
      content: { type: 'text', value: ' (external site)' },
      contentProperties: { className: ['visually-hidden'] },
    },
  ],
];

/** Footnotes as GitHub writes them, with a visible heading the contents can show. */
export const remarkRehypeOptions: RemarkRehypeOptions = {
  footnoteLabel: 'Notes',
  footnoteLabelTagName: 'h2',
  footnoteLabelProperties: { className: ['footnotes-label'] },
  footnoteBackLabel: (referenceIndex, rereferenceIndex) => `Back to reference ${referenceIndex + 1}${rereferenceIndex > 1 ? `-${rereferenceIndex}` : ''}`,
};
