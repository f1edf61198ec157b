import type { Root, RootContent } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';
import { ContentError, closest, listOf, notAService } from '../errors.ts';
import type { SourceFile } from '../source.ts';
import { compileFragment, type Fragment } from './fragment.ts';
import type GithubSlugger from 'github-slugger';

/** Any node of the tree: where it was written, when the parser knows. */
type Positioned = { position?: { start: { line: number; column: number } } | undefined };

/** One service's side of a comparison. */
export interface Side {
  service: string;
  fragment: Fragment;
  line: number;
}

/** The blocks of a document: prose, the side-by-side comparison, or a list the template fills in. */
export type Block =
  | { kind: 'prose'; fragment: Fragment }
  | { kind: 'comparison'; sides: Side[]; line: number }
  | { kind: 'component'; name: ListComponent; line: number };

/** Lists the introduction may place, filled from guide.yaml. */
export const listComponents = ['ConcernList', 'ServiceList'] as const;
export type ListComponent = (typeof listComponents)[number];

export interface DocumentRules {
  file: SourceFile;
  /** Which components this kind of file may use. */
  kind: 'category' | 'introduction';
  /**
   * The guide's services, in guide.yaml order: a comparison has one side for each, in that order. Unknown
   * when guide.yaml could not be read; sides are then not checked against it.
   */
  serviceIds: string[] | undefined;
  slugger: GithubSlugger;
  /** The shallowest heading allowed in prose outside a comparison. */
  minDepth: number;
  errors: ContentError[];
}

const componentsFor = { category: ['Comparison', 'Side'], introduction: [...listComponents] } as const;

/**
 * Reads a body as the guide's blocks, checking every structural rule with the file and line: which
 * components the file may use, that a comparison holds exactly one side per service in the guide's order,
 * that attributes are plain text, and that the prose carries no code.
 */
export function compileDocument(root: Root, rules: DocumentRules): Block[] {
  const { file, errors } = rules;
  const place = (node: Positioned) => ({ file: file.shown, line: node.position?.start.line, column: node.position?.start.column });
  const fail = (node: Positioned, field: string, problem: string, expected: string) => errors.push(new ContentError(place(node), field, problem, expected, file.path));
  const allowed: readonly string[] = componentsFor[rules.kind];

  refuseCode(root, rules);
  const blocks: Block[] = [];
  // A stray <Side> already explains a missing comparison; saying so twice would bury the cause.
  let straySide = false;
  let prose: RootContent[] = [];
  const flush = () => {
    if (prose.length) blocks.push({ kind: 'prose', fragment: compileFragment(prose, { file, minDepth: rules.minDepth, slugger: rules.slugger, errors }) });
    prose = [];
  };

  for (const node of root.children) {
    if (node.type !== 'mdxJsxFlowElement') {
      refuseNestedComponents(node, rules, allowed);
      prose.push(node);
      continue;
    }
    flush();
    const name = node.name ?? '';
    if (!allowed.includes(name)) {
      fail(node, `<${name}>`, unknownComponent(name, rules.kind), `one of ${allowed.map((known) => `<${known}>`).join(', ')}`);
    } else if (name === 'Side') {
      straySide = true;
      fail(node, '<Side>', 'a <Side> stands outside any <Comparison>', 'every <Side> inside the category’s <Comparison> … </Comparison>');
    } else if (name === 'Comparison') {
      if (blocks.some((block) => block.kind === 'comparison')) fail(node, '<Comparison>', 'the category has a second <Comparison>', 'one <Comparison> per category, holding one <Side> per service');
      else blocks.push(comparison(node, rules));
    } else {
      refuseAttributes(node, [], rules);
      if (node.children.length) fail(node, `<${name}>`, `<${name}> holds content`, `<${name} /> on its own: the list comes from guide.yaml`);
      blocks.push({ kind: 'component', name: name as ListComponent, line: node.position?.start.line ?? 0 });
    }
  }
  flush();
  if (rules.kind === 'category' && !straySide && !blocks.some((block) => block.kind === 'comparison')) {
    errors.push(new ContentError({ file: file.shown, line: root.position?.start.line }, '<Comparison>', 'the category has no comparison', `a <Comparison> holding one <Side service="…"> for each service${rules.serviceIds ? `: ${listOf(rules.serviceIds)}` : ''}`, file.path));
  }
  return blocks;
}

function comparison(node: MdxJsxFlowElement, rules: DocumentRules): Block {
  const { file, serviceIds, errors } = rules;
  const line = node.position?.start.line ?? 0;
  const at = { file: file.shown, line };
  refuseAttributes(node, [], rules);
  const sides: Side[] = [];
  // A side naming an unknown service is most likely the missing one misspelled: say that, not both.
  let misnamed = false;
  for (const child of node.children) {
    const childAt = { file: file.shown, line: child.position?.start.line, column: child.position?.start.column };
    if (child.type !== 'mdxJsxFlowElement' || child.name !== 'Side') {
      const what = child.type === 'mdxJsxFlowElement' ? `<${child.name}>` : 'text';
      errors.push(new ContentError(childAt, '<Comparison>', `${what} stands directly inside <Comparison>`, 'only <Side service="…"> … </Side> elements inside <Comparison>, with the prose inside each side', file.path));
      continue;
    }
    const service = refuseAttributes(child, ['service'], rules)['service'];
    const field = `<Side service="${service ?? ''}">`;
    if (service === undefined) {
      errors.push(new ContentError(childAt, '<Side>', 'the side names no service', `<Side service="…"> with one of the guide's service ids${serviceIds ? ` (${listOf(serviceIds)})` : ''}`, file.path));
      continue;
    }
    if (serviceIds && !serviceIds.includes(service)) {
      errors.push(notAService(childAt, field, service, serviceIds, file.path));
      misnamed = true;
      continue;
    }
    refuseNestedComponents(child, rules, []);
    sides.push({ service, line: childAt.line ?? line, fragment: compileFragment(child.children as RootContent[], { file, minDepth: 3, slugger: rules.slugger, errors }) });
  }
  const found = sides.map((side) => side.service);
  if (!serviceIds || misnamed) return { kind: 'comparison', sides, line };
  for (const id of serviceIds) {
    const count = found.filter((side) => side === id).length;
    if (count === 0) errors.push(new ContentError(at, '<Comparison>', `no <Side service="${id}"> found (found: ${found.length ? listOf(found) : 'none'})`, `one <Side> for each service: ${listOf(serviceIds)}`, file.path));
    if (count > 1) errors.push(new ContentError(at, '<Comparison>', `<Side service="${id}"> appears ${count} times`, `exactly one <Side> for each service: ${listOf(serviceIds)}`, file.path));
  }
  const unique = [...new Set(found)];
  if (unique.length === serviceIds.length && unique.join() !== serviceIds.join()) {
    errors.push(new ContentError(at, '<Comparison>', `sides are in the order ${listOf(found)}`, `the order of guide.yaml's services: ${listOf(serviceIds)}`, file.path));
  }
  return { kind: 'comparison', sides, line };
}

/** The element's attributes as text; anything not in `known`, or not plain quoted text, is an error. */
function refuseAttributes(node: MdxJsxFlowElement, known: string[], { file, errors }: DocumentRules): Record<string, string> {
  const values: Record<string, string> = {};
  for (const attribute of node.attributes) {
    const at = { file: file.shown, line: attribute.position?.start.line ?? node.position?.start.line, column: attribute.position?.start.column };
    if (attribute.type !== 'mdxJsxAttribute') {
      errors.push(new ContentError(at, `<${node.name}>`, 'an attribute is a JavaScript expression', 'attributes written as name="text"', file.path));
    } else if (!known.includes(attribute.name)) {
      const suggestion = closest(attribute.name, known);
      errors.push(new ContentError(at, `<${node.name}>`, `unknown attribute "${attribute.name}"${suggestion ? ` (did you mean "${suggestion}"?)` : ''}`, known.length ? `only ${listOf(known)}` : 'no attributes', file.path));
    } else if (typeof attribute.value !== 'string') {
      errors.push(new ContentError(at, `<${node.name}>`, `${attribute.name} is not plain text`, `${attribute.name}="text"`, file.path));
    } else {
      values[attribute.name] = attribute.value;
    }
  }
  return values;
}

/** Components may only stand at the top of a body (or as sides of a comparison); none inside prose. */
function refuseNestedComponents(node: RootContent | MdxJsxFlowElement, { file, errors }: DocumentRules, allowedAtTop: readonly string[]) {
  const top = node;
  visit(node, (inner) => {
    if (inner === top || (inner.type !== 'mdxJsxFlowElement' && inner.type !== 'mdxJsxTextElement')) return;
    const name = inner.name ?? '';
    const at = { file: file.shown, line: inner.position?.start.line, column: inner.position?.start.column };
    const html = /^[a-z]/.test(name);
    const problem = html
      ? `<${name}> is HTML, which guide content may not contain`
      : name === 'Side' || name === 'Comparison'
        ? `<${name}> is nested inside other content`
        : unknownComponent(name, 'category');
    const expected = html ? 'Markdown instead: **bold**, _emphasis_, [links](https://…), lists and tables' : `components only at the top level of the file${allowedAtTop.length ? ` (${allowedAtTop.join(', ')})` : ''}`;
    errors.push(new ContentError(at, `<${name}>`, problem, expected, file.path));
  });
}

function unknownComponent(name: string, kind: DocumentRules['kind']): string {
  if (/^[a-z]/.test(name)) return `<${name}> is HTML, which guide content may not contain`;
  const everything = [...componentsFor.category, ...componentsFor.introduction];
  const suggestion = closest(name, everything);
  if (everything.includes(name as never)) return `<${name}> is not available in ${kind === 'category' ? 'a category file' : 'introduction.mdx'}`;
  return `<${name}> is not a component of Guidepost${suggestion ? ` (did you mean <${suggestion}>?)` : ''}`;
}

/**
 * Guide content is data, not a program: MDX's expressions and imports are not run, and would otherwise
 * appear as stray text, so they are refused with their line.
 */
function refuseCode(root: Root, { file, errors }: DocumentRules) {
  visit(root, (node, index, parent) => {
    if (node.type === 'html') {
      // A comment is for the author alone and is dropped; any other markup is refused.
      if (/^<!--[\s\S]*-->$/.test(node.value.trim()) && parent && index !== undefined) {
        parent.children.splice(index, 1);
        return index;
      }
      const tag = /^<\/?([a-z][\w-]*)/i.exec(node.value.trim())?.[1];
      errors.push(
        new ContentError(
          { file: file.shown, line: node.position?.start.line, column: node.position?.start.column },
          tag ? `<${tag}>` : 'html',
          `${tag ? `<${tag}>` : 'this markup'} is HTML, which guide content may not contain`,
          'Markdown instead: **bold**, _emphasis_, [links](https://…), lists and tables',
          file.path,
        ),
      );
      return undefined;
    }
    if (node.type === 'paragraph' && node.children[0]?.type === 'text' && /^(import|export)\s/.test(node.children[0].value)) {
      errors.push(new ContentError({ file: file.shown, line: node.position?.start.line }, 'import', 'guide content cannot import or export code', 'no import lines: <Comparison>, <Side> and the lists need none', file.path));
    }
    if (node.type === 'text' && /[{}]/.test(node.value)) {
      errors.push(
        new ContentError(
          { file: file.shown, line: node.position?.start.line, column: node.position?.start.column },
          'text',
          'curly braces start a JavaScript expression in MDX, and guide content runs no code',
          'text without { or }, or the code inside `backticks`',
          file.path,
        ),
      );
    }
    return undefined;
  });
}
