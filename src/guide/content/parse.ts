import type { Root } from 'mdast';
import { fromMarkdown, type Extension as MdastExtension } from 'mdast-util-from-markdown';
import type { Extension } from 'micromark-util-types';
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { mdxJsxFromMarkdown } from 'mdast-util-mdx-jsx';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmTable } from 'micromark-extension-gfm-table';
import { mdxJsx } from 'micromark-extension-mdx-jsx';
import { ContentError } from '../errors.ts';
import type { SourceFile } from '../source.ts';
import { parseYaml, type YamlSource } from '../yaml.ts';

/** An MDX file split into its frontmatter (if any) and its body, with the line the body starts on. */
export interface MdxFile {
  file: SourceFile;
  frontmatter: YamlSource | undefined;
  body: string;
  /** Line of the file where the body starts, so body positions can be reported as file lines. */
  bodyLine: number;
}

export function splitFrontmatter(file: SourceFile): MdxFile {
  const { text } = file;
  if (!text.startsWith('---\n') && text !== '---') return { file, frontmatter: undefined, body: text, bodyLine: 1 };
  const close = /^---[ \t]*$/m;
  close.lastIndex = 0;
  const rest = text.slice(4);
  const end = close.exec(rest);
  if (!end) {
    throw new ContentError({ file: file.shown, line: 1 }, 'frontmatter', 'the frontmatter block opened on line 1 is never closed', 'a line with only --- after the last frontmatter key', file.path);
  }
  const yaml = rest.slice(0, end.index);
  const afterClose = 4 + end.index + end[0].length + 1;
  return {
    file,
    frontmatter: parseYaml(file, yaml, 2),
    body: text.slice(afterClose),
    bodyLine: yaml.split('\n').length + 2,
  };
}

// Markdown with the guide's components, tables and strikethrough. Guide content runs no code, so MDX's
// JavaScript expressions and import/export are not parsed at all; the compiler refuses what looks like them.
// Each syntax costs time on every line, so a body is parsed only with the ones it can contain: no table
// without a "|", no strikethrough without a "~" (a thousand categories parse in half the time).
const syntaxes = [
  { marker: '<', micromark: mdxJsx(), mdast: mdxJsxFromMarkdown() },
  { marker: '|', micromark: gfmTable(), mdast: gfmTableFromMarkdown() },
  { marker: '~', micromark: gfmStrikethrough(), mdast: gfmStrikethroughFromMarkdown() },
];
const optionSets = new Map<string, { extensions: Extension[]; mdastExtensions: MdastExtension[] }>();

function parseOptions(body: string) {
  const used = syntaxes.filter((syntax) => body.includes(syntax.marker));
  const key = used.map((syntax) => syntax.marker).join('');
  let options = optionSets.get(key);
  if (!options) {
    options = { extensions: used.map((syntax) => syntax.micromark), mdastExtensions: used.map((syntax) => syntax.mdast) };
    optionSets.set(key, options);
  }
  return options;
}

/** The body as a Markdown tree whose positions are lines of the file. */
export function parseBody(mdx: MdxFile): Root {
  let tree: Root;
  try {
    tree = fromMarkdown(mdx.body, parseOptions(mdx.body));
  } catch (error) {
    const place = error as { line?: number; column?: number; reason?: string; message: string };
    const line = place.line === undefined ? undefined : place.line + mdx.bodyLine - 1;
    throw new ContentError(
      { file: mdx.file.shown, line, column: place.column },
      '',
      // The parser's own positions count from the body's first line; the message's place is the file's.
      `not valid MDX: ${(place.reason ?? place.message).replace(/\s*\(\d+:\d+(?:-\d+:\d+)?\)/g, '').replace(/\s+/g, ' ')}`,
      'every <Component> written <Name attribute="value"> and closed with </Name> or />, and "<" written as &lt; in text',
      mdx.file.path,
    );
  }
  const shift = mdx.bodyLine - 1;
  if (shift) {
    const visit = (node: { position?: { start: { line: number }; end: { line: number } }; children?: unknown[] }) => {
      if (node.position) {
        node.position.start.line += shift;
        node.position.end.line += shift;
      }
      node.children?.forEach((child) => visit(child as typeof node));
    };
    visit(tree as never);
  }
  return tree;
}
