/**
 * The GFM spec's examples (tests/bench/gfm-spec.txt, vendored from github/cmark-gfm), which of them MDX can
 * express, and the HTML normalisation they are compared under. Shared by the bench (tests/bench/gfm-spec.ts)
 * and the build test (tests/build/gfm-sample.spec.ts), so both count and compare alike.
 */
import { readFileSync } from 'node:fs';
import type { Element, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';

const FENCE = '`'.repeat(32);

// ---- The examples, read as cmark's test/spec_tests.py reads them (disabled ones still take a number).
export interface Example {
  number: number;
  section: string;
  extension: string;
  markdown: string;
  html: string;
}
export const examples: Example[] = [];
{
  let section = '',
    state = 0,
    extension = '',
    markdown = '',
    html = '';
  for (const line of readFileSync(new URL('gfm-spec.txt', import.meta.url), 'utf8').split('\n')) {
    if (state === 0 && line.startsWith(`${FENCE} example`)) [state, extension, markdown, html] = [1, line.slice(FENCE.length + 8).trim(), '', ''];
    else if (state === 1 && line === '.') state = 2;
    else if (state > 0 && line === FENCE) {
      examples.push({ number: examples.length + 1, section, extension, markdown: markdown.replaceAll('→', '\t'), html: html.replaceAll('→', '\t') });
      state = 0;
    } else if (state === 1) markdown += `${line}\n`;
    else if (state === 2) html += `${line}\n`;
    else if (/^#{1,6} /.test(line)) section = line.replace(/^#+ /, '').trim(); // headings inside examples never reach here
  }
}
// A GFM extension: named on the fence, or in an "(extension)" section. This spec (0.29-gfm) has no footnote examples.
export const isGfm = (e: Example) => (e.extension !== '' && e.extension !== 'disabled') || e.section.endsWith('(extension)');

// ---- What MDX can express: no HTML, no <autolinks>, no JSX tag openers, no { } expressions.
const htmlSections = new Set(['Raw HTML', 'HTML blocks', 'Disallowed Raw HTML (extension)', 'Autolinks']);
export const expressible = (e: Example) => e.extension !== 'disabled' && !htmlSections.has(e.section) && !/<[A-Za-z/!?]|[{}]/.test(e.markdown);

// ---- The normalisation, as cmark's test/normalize.py does it.
// Block tags as in normalize.py: whitespace next to them is not content.
const BLOCK = new Set(
  'article header aside hgroup blockquote hr iframe body li map button object canvas ol caption output col p colgroup pre dd progress div section dl table td dt tbody embed textarea fieldset tfoot figcaption th figure thead footer tr form ul h1 h2 h3 h4 h5 h6 video script style'.split(
    ' ',
  ),
);
const isBlock = (node: RootContent | undefined) => node?.type === 'element' && BLOCK.has(node.tagName);

/** Parsed, then written back: tags lowercased, self-closing unified, entities decoded alike, attributes sorted. */
export function normalise(html: string): string {
  const tree = fromHtml(html, { fragment: true });
  const walk = (parent: Root | Element, inPre: boolean) => {
    const blockParent = parent.type === 'root' || BLOCK.has(parent.tagName);
    parent.children = parent.children.filter((node, i, all) => {
      if (node.type === 'comment') return false;
      if (node.type === 'element') {
        node.properties = Object.fromEntries(Object.entries(node.properties).sort(([a], [b]) => a.localeCompare(b)));
        walk(node, inPre || node.tagName === 'pre');
      }
      if (node.type !== 'text' || inPre) return true;
      let value = node.value.replace(/\s+/g, ' ');
      if (isBlock(all[i - 1]) || (i === 0 && blockParent)) value = value.trimStart();
      if (isBlock(all[i + 1]) || (i === all.length - 1 && blockParent)) value = value.trimEnd();
      node.value = value;
      return value !== '';
    });
  };
  walk(tree, false);
  return toHtml(tree, { closeSelfClosing: false, allowDangerousCharacters: false });
}

// ---- Indented code. Two parsers: plain remark, and plain remark with only indented code turned off, as
// remark-mdx turns it off (micromark-extension-mdx-md).
export const plainParser = unified().use(remarkParse).use(remarkGfm).use(remarkRehype).use(rehypeStringify);
export const noIndentedCode = unified()
  .use(function () {
    (this.data().micromarkExtensions ??= []).push({ disable: { null: ['codeIndented'] } });
  })
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkRehype)
  .use(rehypeStringify);

/** Whether the example means something else without indented code, which MDX leaves out. */
export const needsIndentedCode = (e: Example) =>
  normalise(String(plainParser.processSync(e.markdown))) !== normalise(String(noIndentedCode.processSync(e.markdown)));
