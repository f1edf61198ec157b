/**
 * Stage 1 of the pipeline: read a guide's content folder and validate all of it, before anything is
 * rendered. The result is plain data (frontmatter, compiled prose, lists) that every later stage uses;
 * any mistake anywhere comes back at once as ContentErrors naming file, line, field and fix.
 */
import { basename } from 'node:path';
import { ContentError, ContentErrors } from './errors.ts';
import { compileDocument, type Block, type Side } from './content/document.ts';
import { pageSlugger, type Fragment } from './content/fragment.ts';
import { parseBody, splitFrontmatter } from './content/parse.ts';
import { checkCategories, checkDecision, checkGlossary, checkResources } from './rules.ts';
import { categorySchema, type CategoryFrontmatter } from './schemas/category.ts';
import { decisionSchema, type Decision } from './schemas/decision.ts';
import { glossaryEntrySchema, type GlossaryEntry } from './schemas/glossary.ts';
import { guideSchema, type GuideMeta, type Service } from './schemas/guide.ts';
import { historyEntrySchema, type HistoryEntry } from './schemas/history.ts';
import { resourceSchema, type Resource } from './schemas/resource.ts';
import { listCategoryFiles, readOptional, readRequired, readSource, type SourceFile } from './source.ts';
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
}

export interface LoadOptions {
  /**
   * Ids the site's page templates give their own elements (skip link target, dialogs…), which a heading
   * written in content must not take. Category pages also reserve every service id and "summary".
   */
  layoutIds: readonly string[];
  /**
   * In a library of guides, services defined once in site.yaml: a guide's entry for the same id takes the
   * fields it leaves out from there.
   */
  sharedServices?: ReadonlyMap<string, Record<string, unknown>>;
}

export { ContentError, ContentErrors, closest, listOf, notAService } from './errors.ts';

/** A category page's sections, from its content: one per service, the summary, and every prose heading. */
export function categoryAnchors(category: Pick<Category, 'body' | 'sides' | 'summary'>): string[] {
  const headings = category.body.flatMap((block) => fragmentsOf(block).flatMap((fragment) => fragment.headings.map((heading) => heading.id)));
  return [...category.sides.map((side) => side.service), ...(category.summary ? ['summary'] : []), ...headings];
}

export function fragmentsOf(block: Block): Fragment[] {
  if (block.kind === 'prose') return [block.fragment];
  if (block.kind === 'comparison') return block.sides.map((side) => side.fragment);
  return [];
}

/** Reads and validates the guide in `dir`. Throws ContentErrors listing every mistake found. */
export function loadGuide(dir: string, { layoutIds, sharedServices }: LoadOptions): Guide {
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

  const guideFile = attempt(() => readRequired(dir, 'guide.yaml', 'guide.yaml with the title, services and intros of the guide'));
  const meta = guideFile && attempt(() => record(guideFile, guideSchema, 'the guide\u2019s title, services and intros (see README.md)', errors, (data) => fillServices(data, sharedServices)));
  // Unknown when guide.yaml itself is wrong: then sides are not checked against services, which would only
  // repeat that one mistake in every category.
  const serviceIds = meta?.services.map((service) => service.id);

  const listed = listCategoryFiles(dir);
  errors.push(...listed.errors);
  // Categories whose frontmatter could not be read still exist: other files may name them, and saying they
  // do not would bury the real mistake under its echoes.
  const unreadable: string[] = [];
  const categories = listed.files.flatMap((path) => attempt(() => readCategory(readSource(path), serviceIds, layoutIds, errors, unreadable)) ?? []);
  if (listed.files.length === 0 && !listed.errors.length) {
    errors.push(new ContentError({ file: guideFile?.shown ?? 'guide.yaml' }, 'categories', 'the guide has no category files', 'at least one .mdx file in the categories folder'));
  }

  const introductionFile = attempt(() => readRequired(dir, 'introduction.mdx', 'introduction.mdx with the home page\u2019s introduction'));
  const introduction = introductionFile && attempt(() => readDocument(introductionFile, 'introduction', serviceIds, layoutIds, errors));

  const resourcesFile = attempt(() => readRequired(dir, 'resources.yaml', 'resources.yaml with the getting-started resources'));
  const resources = resourcesFile ? (attempt(() => list(resourcesFile, resourceSchema, 'getting-started resources', errors)) ?? []) : [];
  const historyFile = attempt(() => readRequired(dir, 'history.yaml', 'history.yaml with the document history'));
  const history = historyFile ? (attempt(() => list(historyFile, historyEntrySchema, 'changes to the guide', errors)) ?? []) : [];
  const glossaryFile = readOptional(dir, 'glossary.yaml');
  const glossary = glossaryFile ? (attempt(() => list(glossaryFile, glossaryEntrySchema, 'glossary terms with their aliases', errors)) ?? []) : [];
  const decisionFile = readOptional(dir, 'decision.yaml');
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
    const sections = new Map<string, string[] | undefined>([...unreadable.map((slug) => [slug, undefined] as const), ...categories.map((category) => [category.slug, categoryAnchors(category)] as const)]);
    errors.push(...checkDecision(decision.data, lineOf, decisionFile.path, { serviceIds, sections }));
  }

  if (errors.length || !meta || !introduction || !guideFile || !introductionFile || !resourcesFile || !historyFile) throw new ContentErrors(errors);
  return {
    files: { guide: guideFile.shown, introduction: introductionFile.shown, resources: resourcesFile.shown, history: historyFile.shown, decision: decisionFile?.shown, glossary: glossaryFile?.shown },
    meta,
    services: meta.services,
    categories: categories.sort((a, b) => a.order - b.order),
    introduction,
    resources: resources.map((resource) => resource.data),
    history: history.map((entry) => entry.data).sort((a, b) => b.date.getTime() - a.date.getTime()),
    decision: decision?.data,
    glossary: glossary.map((entry) => entry.data),
  };
}

function record<T extends Parameters<typeof validateRecord>[1]>(file: SourceFile, schema: T, expected: string, errors: ContentError[], prepare: (data: unknown) => void = () => {}) {
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

/** What `npm run new:category` writes in place of text still to be written. */
const placeholder = /\bTODO:/;

/**
 * A line of the author's file, short enough for a message: cut at a word boundary, with an ellipsis, and
 * the double quotes it opened closed again, so the message's own quotes around it still pair up.
 */
export function quotedLine(line: string, max = 60): string {
  let text = line.trim();
  if (text.length > max) {
    const cut = text.slice(0, max + 1);
    const space = cut.lastIndexOf(' ');
    text = `${(space > max / 2 ? cut.slice(0, space) : text.slice(0, max)).replace(/[\s,;:]+$/, '')}\u2026`;
    if ((text.match(/"/g) ?? []).length % 2 === 1) text += '"';
  }
  return `"${text}"`;
}

function readCategory(file: SourceFile, serviceIds: string[] | undefined, layoutIds: readonly string[], errors: ContentError[], unreadable: string[]): Category[] {
  file.text.split('\n').forEach((line, index) => {
    if (placeholder.test(line)) errors.push(new ContentError({ file: file.shown, line: index + 1 }, 'placeholder', `${quotedLine(line)} is a placeholder left by npm run new:category`, 'the category\u2019s own text in its place', file.path));
  });
  const mdx = splitFrontmatter(file);
  if (!mdx.frontmatter) {
    unreadable.push(basename(file.path, '.mdx'));
    errors.push(new ContentError({ file: file.shown, line: 1 }, 'frontmatter', 'the file has no frontmatter', 'the file to start with ---, the category\u2019s title, order and glance lines, and another ---', file.path));
    return [];
  }
  const front = validateRecord(mdx.frontmatter, categorySchema, 'the category\u2019s title, order and at-a-glance lines');
  errors.push(...front.errors);
  // Reserve the ids of the page's structure first, so a heading in prose never takes "cloudtrail" or "summary".
  const slugger = pageSlugger([...layoutIds, ...(serviceIds ?? []), 'summary']);
  const body = compileDocument(parseBody(mdx), { file, kind: 'category', serviceIds, slugger, minDepth: 2, errors });
  if (!front.data) {
    const written = (mdx.frontmatter.data as { slug?: unknown } | null)?.slug;
    unreadable.push(typeof written === 'string' ? written : basename(file.path, '.mdx'));
    return [];
  }
  const slug = front.data.slug ?? basename(file.path, '.mdx');
  const sides = body.flatMap((block) => (block.kind === 'comparison' ? block.sides : []));
  return [{ ...front.data, slug, slugFrom: front.data.slug === undefined ? 'file name' : 'slug', file: file.shown, path: file.path, body, sides }];
}

function readDocument(file: SourceFile, kind: 'introduction', serviceIds: string[] | undefined, layoutIds: readonly string[], errors: ContentError[]): Block[] {
  const mdx = splitFrontmatter(file);
  if (mdx.frontmatter) errors.push(new ContentError({ file: file.shown, line: 1 }, 'frontmatter', `${basename(file.path)} takes no frontmatter`, 'the introduction\u2019s Markdown from the first line', file.path));
  // The introduction sits under the home page's "Introduction" heading (h2), so its own headings start at h3.
  return compileDocument(parseBody(mdx), { file, kind, serviceIds, slugger: pageSlugger(layoutIds), minDepth: 3, errors });
}
