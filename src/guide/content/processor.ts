/**
 * Compiles one MDX file of a guide, once, outside the bundler: MDX's own parser (remark-mdx), GFM
 * (remark-gfm), the guide's rules as remark plugins, then remark-rehype and the shared rehype plugins
 * (plugins.ts), the same list the integration gives @astrojs/mdx. The result is two trees, Markdown (for
 * the Markdown forms) and HTML (for pages, search and the PDF), which document.ts cuts into the guide's
 * blocks. Nothing is bundled per file: a thousand categories stay a thousand trees in memory.
 */
import { nodeTypes } from '@mdx-js/mdx';
import type { Root as HastRoot } from 'hast';
import type { Root, Yaml } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { ContentError } from '../errors.ts';
import type { GuideFileContext } from './context.ts';
import { htmlCommentsAsMdx } from './html-comments.ts';
import { placeInReason, plainParseError } from './parse-errors.ts';
import { rehypePluginsIn, remarkPlugins, remarkRehypeOptionsIn, smartypants } from './plugins.ts';
import { languages, type LanguageCode } from '../../i18n/languages.ts';
import { uiStrings } from '../../i18n/ui/index.ts';
import { remarkComparison } from './plugins/remark-comparison.ts';
import { remarkDropComments } from './plugins/remark-drop-comments.ts';
import { remarkGuideImages } from './plugins/remark-guide-images.ts';
import { remarkHeadingIds } from './plugins/remark-heading-ids.ts';
import { remarkLinkPolicy } from './plugins/remark-link-policy.ts';
import { remarkPlaceholders } from './plugins/remark-placeholders.ts';
import { remarkRefuseCode } from './plugins/remark-refuse-code.ts';
import { remarkRefuseHtml } from './plugins/remark-refuse-html.ts';
import { remarkTypography } from './plugins/remark-typography.ts';

/**
 * The processor for one language: the same plugins, with that language's interface words and quotation
 * marks. Made once per language a build meets, then frozen and shared by every file in that language.
 */
function processorIn(code: LanguageCode) {
  const ui = uiStrings(code);
  return unified()
  .use(remarkParse)
  .use(remarkFrontmatter, ['yaml'])
  .use(remarkMdx)
  .use(remarkGfm)
  // The guide's rules, in this order: comments go before anything reads the text; code and HTML are taken
  // out before the structure is checked; ids are given before SmartyPants changes the text they come from.
  .use(remarkDropComments)
  .use(remarkRefuseCode)
  .use(remarkRefuseHtml)
  .use(remarkComparison)
  .use(remarkPlaceholders)
  .use(remarkLinkPolicy)
  .use(remarkGuideImages)
  .use(remarkHeadingIds)
  .use(remarkTypography, { ...smartypants, ...languages[code].quotes })
  .use(remarkPlugins)
  // The guide's components pass through to the HTML tree as they are, as @mdx-js/mdx passes them.
  .use(remarkRehype, { ...remarkRehypeOptionsIn(ui), passThrough: [...nodeTypes] })
  .use(rehypePluginsIn(ui))
  .freeze();
}

const processors = new Map<LanguageCode, ReturnType<typeof processorIn>>();
const processorFor = (code: LanguageCode) => processors.get(code) ?? processors.set(code, processorIn(code)).get(code)!;

/** The last "<Name" at or before `place`, where an unfinished tag was opened. */
function tagStartBefore(text: string, place: { line: number; column: number }): { line: number; column: number } | undefined {
  const lines = text.split('\n');
  const offset = lines.slice(0, place.line - 1).reduce((sum, line) => sum + line.length + 1, 0) + place.column - 1;
  const start = text.slice(0, offset + 1).search(/<[A-Za-z][^<]*$/);
  if (start < 0) return undefined;
  const before = text.slice(0, start).split('\n');
  return { line: before.length, column: before.at(-1)!.length + 1 };
}

export interface CompiledMdx {
  /** The frontmatter's YAML and the line it starts on; absent when the file has none. */
  frontmatter: { text: string; line: number } | undefined;
  mdast: Root;
  hast: HastRoot;
}

/**
 * Parses and transforms `context.source`. A syntax error is thrown as a ContentError at its line; every
 * other mistake is added to `context.errors` and the trees are returned all the same, so one file's
 * mistakes are all reported at once and other files are still read.
 */
export async function compileMdx(context: GuideFileContext): Promise<CompiledMdx> {
  const { source } = context;
  const processor = processorFor(context.language);
  const file = new VFile({ path: source.path, value: htmlCommentsAsMdx(source.text), data: { guide: context } });
  let mdast: Root;
  try {
    mdast = processor.parse(file);
  } catch (error) {
    const message = error as { line?: number; column?: number; reason?: string; message: string };
    const reason = message.reason ?? message.message;
    const plain = plainParseError(reason);
    // An unclosed tag is reported where its paragraph or file ends; the tag itself is named in the reason.
    let place = placeInReason(reason) ?? (message.line ? { line: message.line, column: message.column ?? 1 } : undefined);
    // A tag may run over several lines, so the parser stops where the unfinished tag stops making sense;
    // the author looks for the tag itself.
    if (plain.field === 'tag' && place) place = tagStartBefore(source.text, place) ?? place;
    throw new ContentError({ file: source.shown, line: place?.line, column: place?.column }, plain.field, plain.problem, plain.expected, source.path);
  }
  const yaml = mdast.children[0]?.type === 'yaml' ? (mdast.children.shift() as Yaml) : undefined;
  if (!yaml && /^---[ \t]*\n/.test(source.text)) {
    throw new ContentError({ file: source.shown, line: 1 }, 'frontmatter', 'the frontmatter block opened on line 1 is never closed', 'a line with only --- after the last frontmatter key', source.path);
  }
  const hast = (await processor.run(mdast, file)) as HastRoot;
  return { frontmatter: yaml ? { text: yaml.value, line: (yaml.position?.start.line ?? 1) + 1 } : undefined, mdast, hast };
}
