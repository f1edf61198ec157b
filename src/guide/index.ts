/**
 * Stage 1 of the pipeline: read a guide's content folder and validate all of it, before anything is
 * rendered. The result is plain data (frontmatter, compiled prose, lists) that every later stage uses;
 * any mistake anywhere comes back at once as ContentErrors naming file, line, field and fix.
 */
import { relative } from 'node:path';
import { ContentError, ContentErrors } from './errors.ts';
import type { Block, Side } from './content/document.ts';
import type { CompileCache } from './content/compile-cache.ts';
import type { Fragment } from './content/fragment.ts';
import { inlineMarkdown, type InlineText } from './content/inline.ts';
import { inlineStore } from './content/inline-store.ts';
import { categorySections, filledSections } from './outline.ts';
import { examplesOf, readCategory, readIntroduction } from './read-mdx.ts';
import { checkCategories, checkDecision, checkGlossary, checkResources } from './rules.ts';
import type { CategoryFrontmatter } from './schemas/category.ts';
import type { Translation } from './translations.ts';
import type { LanguageCode } from '../i18n/languages.ts';
import { decisionSchema, type Decision } from './schemas/decision.ts';
import { glossaryEntrySchema, type GlossaryEntry } from './schemas/glossary.ts';
import { guideSchema, type GuideMeta, type Service } from './schemas/guide.ts';
import { historyEntrySchema, type HistoryEntry } from './schemas/history.ts';
import { resourceSchema, type Resource } from './schemas/resource.ts';
import { guideFiles, readSource, type SourceFile } from './source.ts';
import { parseYaml, validateList, validateRecord } from './yaml.ts';

export type { Block, Side } from './content/document.ts';
export type { Fragment, FragmentHeading, FragmentLink } from './content/fragment.ts';
export type { Service, GuideMeta, Resource, HistoryEntry, Decision, GlossaryEntry };

export interface Category extends CategoryFrontmatter {
  slug: string;
  /** Where the slug came from: the file's name, or an explicit `slug:` in the frontmatter. */
  slugFrom: 'file name' | 'slug';
  /** The file, as an author would type its path. */
  file: string;
  /** The file's absolute path, for the dev overlay; never written into the site. */
  path: string;
  body: Block[];
  /** The comparison's sides, in the order of the guide's services. */
  sides: Side[];
}

export interface Guide {
  /** The files the guide was read from, as shown in messages. */
  files: { guide: string; introduction: string; resources: string; history: string; decision: string | undefined; glossary: string | undefined };
  meta: GuideMeta;
  services: Service[];
  /** In guide order. */
  categories: Category[];
  introduction: Block[];
  resources: Resource[];
  /** Newest first. */
  history: HistoryEntry[];
  decision: Decision | undefined;
  glossary: GlossaryEntry[];
  /** Each MDX file's heading ids in the order they come, by its path from the guide's folder: a translation's headings inherit them. */
  headingIds: Map<string, string[]>;
  /** The guide in other languages (i18n/<code>/); none for a translation itself. */
  translations: Translation[];
}

export interface LoadOptions {
  /**
   * Ids the site's page templates give their own elements (skip link target, dialogs…), which a heading
   * written in content must not take. Category pages also reserve every service id and their field sections' ("summary").
   */
  layoutIds: readonly string[];
  /** Compiled MDX kept between builds; absent for a cold build. */
  cache?: CompileCache | undefined;
  /**
   * In a library of guides, services defined once in site.yaml: a guide's entry for the same id takes the
   * fields it leaves out from there.
   */
  sharedServices?: ReadonlyMap<string, Record<string, unknown>>;
  /**
   * Reading a translation (i18n/<lang>/ of the guide in sourceDir): a file it lacks is read from the source
   * guide, and images are found anywhere in the source guide's folder.
   */
  sourceDir?: string | undefined;
  /** Reading a translation: the source guide's service ids, which the translation must keep (when the source could be read). */
  translating?: { language: LanguageCode; sourceLanguage: LanguageCode; serviceIds: string[]; headingIds: ReadonlyMap<string, readonly string[]> } | undefined;
}

export { ContentError, ContentErrors, closest, listOf, notAService } from './errors.ts';
export { categoryOutline, categorySections, citation, fieldSections, filledSections, serviceName, type OutlineEntry, type SectionField } from './outline.ts';

export function fragmentsOf(block: Block): Fragment[] {
  if (block.kind === 'prose' || block.kind === 'footnotes') return [block.fragment];
  if (block.kind === 'comparison') return block.sides.map((side) => side.fragment);
  return [];
}

/** Reads and validates the guide in `dir`. Throws ContentErrors listing every mistake found. */
export async function loadGuide(dir: string, { layoutIds, sharedServices, cache, sourceDir, translating }: LoadOptions): Promise<Guide> {
  const files = guideFiles(dir, sourceDir);
  // Images and links are resolved within the guide's folder; a translation's is its source guide's.
  const root = sourceDir ?? dir;
  const errors: ContentError[] = [];
  const attempt = <T>(work: () => T): T | undefined => {
    try {
      return work();
    } catch (error) {
      if (!(error instanceof ContentError)) throw error;
      errors.push(error);
      return undefined;
    }
  };
  const attemptAsync = async <T>(work: () => Promise<T>): Promise<T | undefined> => {
    try {
      return await work();
    } catch (error) {
      if (!(error instanceof ContentError)) throw error;
      errors.push(error);
      return undefined;
    }
  };

  const guideFile = attempt(() => files.required('guide.yaml', 'guide.yaml with the title, services and intros of the guide'));
  const meta =
    guideFile &&
    attempt(() =>
      record(guideFile, guideSchema, 'the guide\u2019s title, services and intros (see README.md)', errors, (data) => fillServices(data, sharedServices)),
    );
  // Unknown when guide.yaml itself is wrong: then sides are not checked against services, which would only
  // repeat that one mistake in every category.
  const serviceIds = translationServices(meta, guideFile, translating?.serviceIds, errors);
  const headingIds = new Map<string, string[]>();
  const language = translating?.language ?? meta?.language ?? 'en';
  // A file a translation lacks is the source's, compiled as the source compiles it: in its language (its
  // quotation marks, and its page marks it as such), with its own heading ids; its compile is the source's
  // (the same cache entry).
  const own = (path: string) => !sourceDir || !relative(dir, path).startsWith('..');
  const compiledAs = (path: string) =>
    own(path) ? { language, inherited: translating?.headingIds } : { language: translating?.sourceLanguage ?? language, inherited: undefined };

  const listed = files.categories();
  errors.push(...listed.errors);
  // Categories whose frontmatter could not be read still exist: other files may name them, and saying they
  // do not would bury the real mistake under its echoes.
  const unreadable: string[] = [];
  const categories: Category[] = [];
  const examples = examplesOf(listed.files, serviceIds);
  for (const path of listed.files)
    categories.push(
      ...((await attemptAsync(() =>
        readCategory(readSource(path), {
          dir: root,
          serviceIds,
          layoutIds,
          errors,
          examples,
          unreadable,
          cache,
          headingIds,
          ...compiledAs(path),
        }),
      )) ?? []),
    );
  if (listed.files.length === 0 && !listed.errors.length) {
    errors.push(
      new ContentError(
        { file: guideFile?.shown ?? 'guide.yaml' },
        'categories',
        'the guide has no category files',
        'at least one .mdx file in the categories folder',
      ),
    );
  }

  const introductionFile = attempt(() => files.required('introduction.mdx', 'introduction.mdx with the home page\u2019s introduction'));
  const introduction =
    introductionFile &&
    (await attemptAsync(() =>
      readIntroduction(introductionFile, {
        dir: root,
        serviceIds,
        layoutIds,
        errors,
        examples,
        cache,
        headingIds,
        ...compiledAs(introductionFile.path),
      }),
    ));

  const resourcesFile = attempt(() => files.required('resources.yaml', 'resources.yaml with the getting-started resources'));
  const resources = resourcesFile ? (attempt(() => list(resourcesFile, resourceSchema, 'getting-started resources', errors)) ?? []) : [];
  const historyFile = attempt(() => files.required('history.yaml', 'history.yaml with the document history'));
  const history = historyFile ? (attempt(() => list(historyFile, historyEntrySchema, 'changes to the guide', errors)) ?? []) : [];
  const glossaryFile = files.optional('glossary.yaml');
  const glossary = glossaryFile ? (attempt(() => list(glossaryFile, glossaryEntrySchema, 'glossary terms with their aliases', errors)) ?? []) : [];
  const decisionFile = files.optional('decision.yaml');
  const decisionSource = decisionFile && attempt(() => parseYaml(decisionFile));
  const decision = decisionSource && validateRecord(decisionSource, decisionSchema, 'the questions and rules of the decision helper');
  if (decision) errors.push(...decision.errors);

  if (meta && serviceIds) {
    const claims = categories.map((category) => ({ data: { ...category, slugField: category.slugFrom }, place: { file: category.file }, path: category.path }));
    errors.push(...checkCategories(claims, serviceIds));
    errors.push(...checkResources(resources, serviceIds));
  }
  errors.push(...checkGlossary(glossary));
  if (decision?.data && decisionSource && serviceIds && decisionFile) {
    const lineOf = (path: (string | number)[]) => ({ file: decisionFile.shown, line: decisionSource.lineOf(path) });
    // A category file with a mistake of its own (a misspelled <Side>, say) has sections that cannot be
    // trusted: a rule citing it is not faulted for that mistake, which is reported in the file itself.
    const faulted = new Set(errors.map((error) => error.place.file));
    const sections = new Map<string, string[] | undefined>([
      ...unreadable.map((slug) => [slug, undefined] as const),
      ...categories.map((category) => [category.slug, faulted.has(category.file) ? undefined : categorySections(category)] as const),
    ]);
    errors.push(...checkDecision(decision.data, lineOf, decisionFile.path, { serviceIds, sections }));
  }

  if (errors.length || !meta || !introduction || !guideFile || !introductionFile || !resourcesFile || !historyFile) throw new ContentErrors(errors);
  compileShortFields(categories, decision?.data, cache, dir);
  return {
    files: {
      guide: guideFile.shown,
      introduction: introductionFile.shown,
      resources: resourcesFile.shown,
      history: historyFile.shown,
      decision: decisionFile?.shown,
      glossary: glossaryFile?.shown,
    },
    meta,
    services: meta.services,
    categories: categories.sort((a, b) => a.order - b.order),
    introduction,
    resources: resources.map((resource) => resource.data),
    history: history.map((entry) => entry.data).sort((a, b) => b.date.getTime() - a.date.getTime()),
    decision: decision?.data,
    glossary: glossary.map((entry) => entry.data),
    headingIds,
    translations: [],
  };
}

/**
 * The service ids the guide's files are checked against. A translation keeps its source's services: when
 * its guide.yaml lists others, that is the one mistake reported, and its files are checked against the
 * source's services, so the mistake is not repeated in every category.
 */
function translationServices(
  meta: GuideMeta | undefined,
  file: SourceFile | undefined,
  source: string[] | undefined,
  errors: ContentError[],
): string[] | undefined {
  const ids = meta?.services.map((service) => service.id);
  if (!source || !ids || !file || ids.join(', ') === source.join(', ')) return ids;
  errors.push(
    new ContentError(
      { file: file.shown },
      'services',
      `the services are ${ids.join(', ')}`,
      `the source's services, in its order: ${source.join(', ')} (translate their names and texts, keep their ids)`,
      file.path,
    ),
  );
  return source;
}

/**
 * Short fields written as inline Markdown, compiled once for every page that shows them (inline-store.ts),
 * or taken from the compile cache when an earlier build compiled the same Markdown.
 */
function compileShortFields(categories: Category[], decision: Decision | undefined, cache: CompileCache | undefined, dir: string) {
  const kept = cache?.readShortFields(dir) ?? new Map<string, InlineText>();
  const store = inlineStore();
  const used = new Map<string, InlineText>();
  const compile = (markdown: string) => {
    const known = kept.get(markdown);
    if (known && !store.has(markdown)) store.set(markdown, known);
    used.set(markdown, inlineMarkdown(markdown));
  };
  for (const category of categories) {
    for (const line of Object.values(category.glance)) compile(line);
    for (const { markdown } of filledSections(category)) compile(markdown);
  }
  for (const rule of decision?.rules ?? []) compile(rule.because);
  cache?.writeShortFields(dir, used);
}

function record<T extends Parameters<typeof validateRecord>[1]>(
  file: SourceFile,
  schema: T,
  expected: string,
  errors: ContentError[],
  prepare: (data: unknown) => void = () => {},
) {
  const source = parseYaml(file);
  prepare(source.data);
  const result = validateRecord(source, schema, expected);
  errors.push(...result.errors);
  return result.data;
}

/** Fills a guide's service entries from the library's shared definitions, without overriding what the guide says. */
function fillServices(data: unknown, shared: LoadOptions['sharedServices']) {
  const services = (data as { services?: unknown } | null)?.services;
  if (!shared || !Array.isArray(services)) return;
  services.forEach((entry, index) => {
    const id = (entry as { id?: unknown } | null)?.id;
    const definition = typeof id === 'string' ? shared.get(id) : undefined;
    if (definition && entry && typeof entry === 'object') services[index] = { ...definition, ...entry };
  });
}

function list<T extends Parameters<typeof validateList>[1]>(file: SourceFile, schema: T, expected: string, errors: ContentError[]) {
  const result = validateList(parseYaml(file), schema, expected);
  errors.push(...result.errors);
  return result.items.map((item) => ({ data: item.data, place: { file: file.shown, line: item.line }, path: file.path }));
}
