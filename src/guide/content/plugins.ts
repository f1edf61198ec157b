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
import { uiStrings, type UiStrings } from '../../i18n/ui/index.ts';

/** SmartyPants as the guide has always set type: -- is an en dash, --- an em dash. */
export const smartypants = { dashes: 'oldschool' } as const;

/** Remark plugins beyond GFM and SmartyPants, which the processors add themselves (see processor.ts). */
export const remarkPlugins: PluggableList = [];

/**
 * The rehype plugins, with the interface words they write into content (a code block's "Copy", the note
 * after an external link, the footnotes' heading) in one language: guide content is compiled in its
 * guide's language (processor.ts); Astro's Markdown pages get the source language's.
 */
export function rehypePluginsIn(ui: UiStrings): PluggableList {
  return [
    rehypeHighlight,
    [rehypeCodeBlocks, ui.content],
    [rehypeTableRegions, ui.content],
    [rehypeTaskLists, ui.content],
    [
      rehypeExternalLinks,
      {
        rel: ['external', 'noopener', 'noreferrer'],
        properties: { className: ['external'] },
        // Said to screen readers; sighted readers see the mark the stylesheet adds.
        content: { type: 'text', value: ui.content.externalSite },
        contentProperties: { className: ['visually-hidden'] },
      },
    ],
  ];
}

/** Footnotes as GitHub writes them, with a visible heading the contents can show. */
export function remarkRehypeOptionsIn(ui: UiStrings): RemarkRehypeOptions {
  return {
    footnoteLabel: ui.content.footnotes,
    footnoteLabelTagName: 'h2',
    footnoteLabelProperties: { className: ['footnotes-label'] },
    footnoteBackLabel: (referenceIndex, rereferenceIndex) => ui.content.footnoteBack(`${referenceIndex + 1}${rereferenceIndex > 1 ? `-${rereferenceIndex}` : ''}`),
  };
}

/** The lists in English, for Astro's own Markdown and MDX pages. */
export const rehypePlugins = rehypePluginsIn(uiStrings('en'));
export const remarkRehypeOptions = remarkRehypeOptionsIn(uiStrings('en'));
