import type { Root as HastRoot, RootContent as HastContent } from 'hast';
import { toString as hastText } from 'hast-util-to-string';
import type { Root, RootContent } from 'mdast';
import { toString as mdastText } from 'mdast-util-to-string';
import GithubSlugger from 'github-slugger';
import { visit } from 'unist-util-visit';

export interface FragmentHeading {
  depth: number;
  id: string;
  text: string;
  line: number;
}

export interface FragmentLink {
  href: string;
  line: number;
  column: number;
}

/**
 * A stretch of prose, compiled once: its Markdown tree (for the Markdown forms of the guide), its HTML tree
 * (for pages, search and the PDF), its headings and links (for contents lists and link checks), the guide's
 * own image files it shows, and its text (for search).
 */
export interface Fragment {
  mdast: Root;
  hast: HastRoot;
  headings: FragmentHeading[];
  links: FragmentLink[];
  /** Absolute paths of the guide's image files shown here (see plugins/remark-guide-images.ts). */
  images: string[];
  /** Whether it shows a code block (its page then links the code colours' stylesheet). */
  code: boolean;
  text: string;
}

/** The id of the footnotes' heading, which remark-rehype gives every page's notes. */
export const footnotesId = 'footnote-label';

/** Builds a fragment from its part of both trees, and forgets their positions (they served the messages). */
export function makeFragment(mdastNodes: RootContent[], hastNodes: HastContent[]): Fragment {
  const mdast: Root = { type: 'root', children: mdastNodes };
  const hast: HastRoot = { type: 'root', children: hastNodes };
  const headings: FragmentHeading[] = [];
  const links: FragmentLink[] = [];
  const images: string[] = [];
  // One pass over each tree: what the fragment holds, and its positions forgotten (they served the messages).
  visit(mdast, (node) => {
    if (node.type === 'heading') {
      const id = node.data?.hProperties?.['id'];
      if (typeof id === 'string') headings.push({ depth: node.depth, id, text: mdastText(node).trim(), line: node.position?.start.line ?? 0 });
    }
    const guideImage = node.type === 'image' ? node.data?.hProperties?.['dataGuideImage'] : undefined;
    if (typeof guideImage === 'string') images.push(guideImage);
    else if (node.type === 'link' || node.type === 'definition' || node.type === 'image') links.push({ href: node.url, line: node.position?.start.line ?? 0, column: node.position?.start.column ?? 0 });
    // Last, once the links and headings above have kept the places their messages need.
    delete node.position;
  });
  let code = false;
  visit(hast, (node) => {
    delete node.position;
    if (node.type !== 'element') return;
    if (node.tagName === 'pre') code = true;
    // Footnotes are numbered and headed in the HTML tree alone.
    if (node.properties['id'] === footnotesId) headings.push({ depth: Number(node.tagName.slice(1)) || 2, id: footnotesId, text: hastText(node).trim(), line: 0 });
  });
  return { mdast, hast, headings, links, images, code, text: hastText(hast).replace(/\s+/g, ' ').trim() };
}

/** A slugger for one page that will not hand out any of `taken` (nor the footnotes' heading id). */
export function pageSlugger(taken: Iterable<string>): GithubSlugger {
  const slugger = new GithubSlugger();
  for (const id of [...taken, footnotesId]) slugger.occurrences[id] = 0;
  return slugger;
}

