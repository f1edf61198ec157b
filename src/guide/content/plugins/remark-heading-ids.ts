import type { Heading, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Plugin } from 'unified';
import { visitParents } from 'unist-util-visit-parents';
import { contextOf, fail } from '../context.ts';

/** `## Keeping logs longer [#long-term]`: an id that survives rewording. (MDX reads `{#id}` as code.) */
const explicitId = /\s*\[#([a-z0-9]+(?:-[a-z0-9]+)*)\]\s*$/;

/**
 * Every heading gets its id here, written or made from its text, from the page's one slugger: the page's
 * template and structure (each service's side, "summary") reserved their ids first, so a heading never takes
 * one of them and every id stays unique on the page. rehype-slug cannot reserve ids or read written ones,
 * which is why this is the project's own. Also checks the level: a side is the page's h2, so its headings
 * start at h3. In a translation, a heading takes its source's id by position (GuideFileContext.inheritedIds).
 */
export const remarkHeadingIds: Plugin<[], Root> = () => (tree, file) => {
  const context = contextOf(file);
  const { slugger } = context;
  const headings: [Heading, boolean][] = [];
  visitParents(tree, 'heading', (heading, ancestors) => {
    headings.push([heading, ancestors.some((node) => node.type === 'mdxJsxFlowElement' && node.name === 'Side')]);
  });
  // A translation's headings take its source's ids by position, when they correspond one to one.
  const inherited = context.inheritedIds?.length === headings.length ? context.inheritedIds : undefined;
  headings.forEach(([heading, inSide], index) => {
    const minDepth = inSide ? 3 : context.minDepth;
    if (heading.depth < minDepth) {
      fail(context, heading, 'heading', `a level-${heading.depth} heading (${'#'.repeat(heading.depth)}) here would rank with the page's own sections`, `a heading of level ${minDepth} or deeper (${'#'.repeat(minDepth)} …)`);
    }
    const last = heading.children.at(-1);
    const text = last?.type === 'text' ? last : undefined;
    const match = text ? explicitId.exec(text.value) : null;
    const sourceId = inherited?.[index];
    let id: string;
    if (match && text) {
      text.value = text.value.slice(0, match.index);
      id = match[1]!;
      if (slugger.occurrences[id] !== undefined) fail(context, heading, 'heading', `the id "${id}" is already used on this page`, 'an explicit id no other heading or section of the page has');
      slugger.occurrences[id] = 0;
    } else if (sourceId && slugger.occurrences[sourceId] === undefined) {
      id = sourceId;
      slugger.occurrences[id] = 0;
    } else {
      id = slugger.slug(toString(heading));
    }
    heading.data = { ...heading.data, hProperties: { ...heading.data?.hProperties, id } };
  });
};

/** The ids remarkHeadingIds gave a compiled file's headings, in the order they come. */
export function headingIdsOf(tree: Root): string[] {
  const ids: string[] = [];
  visitParents(tree, 'heading', (heading) => {
    const id = heading.data?.hProperties?.['id'];
    if (typeof id === 'string') ids.push(id);
  });
  return ids;
}
