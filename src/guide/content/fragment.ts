import type { Root as HastRoot } from 'hast';
import { toString as hastText } from 'hast-util-to-string';
import type { Heading, Root, RootContent } from 'mdast';
import { toString as mdastText } from 'mdast-util-to-string';
import { toHast } from 'mdast-util-to-hast';
import GithubSlugger from 'github-slugger';
import { visit } from 'unist-util-visit';
import { ContentError } from '../errors.ts';
import type { SourceFile } from '../source.ts';
import { imageExpectation, imageProblem, linkExpectation, linkProblem } from './policy.ts';
import { typeset } from './typography.ts';

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
 * with heading ids (for pages), its headings and links (for contents lists and link checks) and its text
 * (for search).
 */
export interface Fragment {
  mdast: Root;
  hast: HastRoot;
  headings: FragmentHeading[];
  links: FragmentLink[];
  text: string;
}

/** `## Keeping logs longer [#long-term]`: an id that survives rewording. (MDX reads `{#id}` as code.) */
const explicitId = /\s*\[#([a-z0-9]+(?:-[a-z0-9]+)*)\]\s*$/;

export interface FragmentContext {
  file: SourceFile;
  /** The shallowest heading allowed: 3 inside a comparison side (the side is the h2), 2 elsewhere. */
  minDepth: number;
  /**
   * One slugger per page, already holding the ids the page's template and structure use (see pageSlugger),
   * so every heading id stays unique on the page.
   */
  slugger: GithubSlugger;
  errors: ContentError[];
}

export function compileFragment(nodes: RootContent[], context: FragmentContext): Fragment {
  const { file, errors } = context;
  const mdast: Root = { type: 'root', children: nodes };
  const headings: FragmentHeading[] = [];
  const links: FragmentLink[] = [];
  const at = (node: { position?: { start: { line: number; column: number } } | undefined }) => ({ file: file.shown, line: node.position?.start.line, column: node.position?.start.column });

  visit(mdast, (node) => {
    if (node.type === 'heading') headings.push(headingId(node, context));
    if (node.type === 'link' || node.type === 'definition') {
      const problem = linkProblem(node.url);
      if (problem) errors.push(new ContentError(at(node), 'link', `"${node.url}" is ${problem}`, linkExpectation, file.path));
      else links.push({ href: node.url, line: node.position?.start.line ?? 0, column: node.position?.start.column ?? 0 });
    }
    if (node.type === 'image') {
      const problem = imageProblem(node.url);
      if (problem) errors.push(new ContentError(at(node), 'image', `"${node.url}" is ${problem}`, imageExpectation, file.path));
      else links.push({ href: node.url, line: node.position?.start.line ?? 0, column: node.position?.start.column ?? 0 });
      if (!node.alt?.trim()) errors.push(new ContentError(at(node), 'image', 'the image has no text alternative', 'a description in the brackets: ![what the image shows](/images/file.svg)', file.path));
    }
  });
  typeset(mdast);
  const hast = toHast(mdast) as HastRoot;
  // Positions served the error messages above; the trees are kept for rendering, smaller without them.
  const forget = (node: { position?: unknown }) => {
    delete node.position;
  };
  visit(mdast, forget);
  visit(hast, forget);
  return { mdast, hast, headings, links, text: hastText(hast).replace(/\s+/g, ' ').trim() };
}

/** Gives a heading its id (explicit or from its text), checking its level and that the id is free. */
function headingId(heading: Heading, { file, minDepth, slugger, errors }: FragmentContext): FragmentHeading {
  const line = heading.position?.start.line ?? 0;
  const place = { file: file.shown, line };
  if (heading.depth < minDepth) {
    errors.push(
      new ContentError(place, 'heading', `a level-${heading.depth} heading (${'#'.repeat(heading.depth)}) here would rank with the page's own sections`, `a heading of level ${minDepth} or deeper (${'#'.repeat(minDepth)} …)`, file.path),
    );
  }
  const last = heading.children.at(-1);
  const text = last?.type === 'text' ? last : undefined;
  const match = text ? explicitId.exec(text.value) : null;
  let id: string;
  if (match && text) {
    text.value = text.value.slice(0, match.index);
    id = match[1]!;
    if (slugger.occurrences[id] !== undefined) {
      errors.push(new ContentError(place, 'heading', `the id "${id}" is already used on this page`, 'an explicit id no other heading or section of the page has', file.path));
    }
    slugger.occurrences[id] = 0;
  } else {
    id = slugger.slug(mdastText(heading));
  }
  heading.data = { ...heading.data, hProperties: { ...heading.data?.hProperties, id } };
  return { depth: heading.depth, id, text: mdastText(heading).trim(), line };
}

/** A slugger for one page that will not hand out any of `taken`. */
export function pageSlugger(taken: Iterable<string>): GithubSlugger {
  const slugger = new GithubSlugger();
  for (const id of taken) slugger.occurrences[id] = 0;
  return slugger;
}
