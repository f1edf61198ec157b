/**
 * Reading a guide's MDX files: a category (its frontmatter validated, its body compiled into blocks) and the
 * introduction. Each is compiled once (content/processor.ts); a mistake is added to the guide's list of
 * errors, with the file and line.
 */
import { basename } from 'node:path';
import type { GuideFileContext } from './content/context.ts';
import { blocksOf, type Block } from './content/document.ts';
import { pageSlugger } from './content/fragment.ts';
import { compileCached, type CompileCache } from './content/compile-cache.ts';
import type { CompiledMdx } from './content/processor.ts';
import { ContentError } from './errors.ts';
import type { Category } from './index.ts';
import { fieldSections } from './outline.ts';
import { placeholder, placeholderProblem } from './placeholders.ts';
import { categorySchema } from './schemas/category.ts';
import type { SourceFile } from './source.ts';
import type { LanguageCode } from '../i18n/languages.ts';
import { parseYaml, validateRecord } from './yaml.ts';
import { headingIdsOf } from './content/plugins/remark-heading-ids.ts';

export interface ReadContext {
  dir: string;
  serviceIds: string[] | undefined;
  layoutIds: readonly string[];
  errors: ContentError[];
  examples: GuideFileContext['examples'];
  cache: CompileCache | undefined;
  /** The guide's language (a translation's, for the source files it falls back to as well). */
  language: LanguageCode;
  /** Each file's heading ids, by its path from the guide's folder ("categories/x.mdx"): filled in as files are read. */
  headingIds: Map<string, string[]>;
  /** Reading a translation: its source's heading ids, by the same paths (see GuideFileContext.inheritedIds). */
  inherited?: ReadonlyMap<string, readonly string[]> | undefined;
}

/** The examples a message quotes: this guide's own first category and service, never another guide's. */
export function examplesOf(files: string[], serviceIds: string[] | undefined): GuideFileContext['examples'] {
  const first = files[0];
  return { page: first ? `/${basename(first, '.mdx')}/` : '/a-category/', service: serviceIds?.[0] };
}

export async function readCategory(file: SourceFile, read: ReadContext & { unreadable: string[] }): Promise<Category[]> {
  const { dir, serviceIds, layoutIds, errors, examples, unreadable, cache, headingIds, inherited, language } = read;
  const key = `categories/${basename(file.path)}`;
  // Reserve the ids of the page's structure first, so a heading in prose never takes "cloudtrail" or "summary".
  const slugger = pageSlugger([...layoutIds, ...(serviceIds ?? []), ...fieldSections.map((section) => section.id)]);
  const context: GuideFileContext = {
    source: file,
    language,
    kind: 'category',
    serviceIds,
    slugger,
    minDepth: 2,
    guideDir: dir,
    examples,
    errors,
    inheritedIds: inherited?.get(key),
  };
  let compiled: CompiledMdx;
  try {
    compiled = await compileCached(context, cache);
  } catch (error) {
    // The file could not be parsed, but it exists: other files may name it, and saying they do not would
    // bury the real mistake under its echoes.
    unreadable.push(writtenSlug(file.text) ?? basename(file.path, '.mdx'));
    throw error;
  }
  headingIds.set(key, headingIdsOf(compiled.mdast));
  const { frontmatter } = compiled;
  if (!frontmatter) {
    unreadable.push(basename(file.path, '.mdx'));
    errors.push(
      new ContentError(
        { file: file.shown, line: 1 },
        'frontmatter',
        'the file has no frontmatter',
        'the file to start with ---, the category\u2019s title, order and glance lines, and another ---',
        file.path,
      ),
    );
    return [];
  }
  frontmatter.text.split('\n').forEach((line, index) => {
    if (placeholder.test(line))
      errors.push(
        new ContentError(
          { file: file.shown, line: frontmatter.line + index },
          'placeholder',
          placeholderProblem(line),
          'the category\u2019s own text in its place',
          file.path,
        ),
      );
  });
  const source = parseYaml(file, frontmatter.text, frontmatter.line);
  const front = validateRecord(source, categorySchema, 'the category\u2019s title, order and at-a-glance lines');
  errors.push(...front.errors);
  const body = blocksOf(compiled.mdast, compiled.hast);
  if (!front.data) {
    const written = (source.data as { slug?: unknown } | null)?.slug;
    unreadable.push(typeof written === 'string' ? written : basename(file.path, '.mdx'));
    return [];
  }
  const slug = front.data.slug ?? basename(file.path, '.mdx');
  const sides = body.flatMap((block) => (block.kind === 'comparison' ? block.sides : []));
  return [{ ...front.data, slug, slugFrom: front.data.slug === undefined ? 'file name' : 'slug', file: file.shown, path: file.path, body, sides }];
}

/** A `slug:` line of a file's frontmatter, read without parsing it (the file could not be parsed). */
const writtenSlug = (text: string) => /^---\n[\s\S]*?^slug:\s*["']?([a-z0-9-]+)["']?\s*$/m.exec(text)?.[1];

export async function readIntroduction(
  file: SourceFile,
  { dir, serviceIds, layoutIds, errors, examples, cache, headingIds, inherited, language }: ReadContext,
): Promise<Block[]> {
  // The introduction sits under the home page's "Introduction" heading (h2), so its own headings start at h3.
  const context: GuideFileContext = {
    source: file,
    language,
    kind: 'introduction',
    serviceIds,
    slugger: pageSlugger(layoutIds),
    minDepth: 3,
    guideDir: dir,
    examples,
    errors,
    inheritedIds: inherited?.get('introduction.mdx'),
  };
  const compiled = await compileCached(context, cache);
  headingIds.set('introduction.mdx', headingIdsOf(compiled.mdast));
  if (compiled.frontmatter)
    errors.push(
      new ContentError(
        { file: file.shown, line: 1 },
        'frontmatter',
        `${basename(file.path)} takes no frontmatter`,
        'the introduction\u2019s Markdown from the first line',
        file.path,
      ),
    );
  return blocksOf(compiled.mdast, compiled.hast);
}
