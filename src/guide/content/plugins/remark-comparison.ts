import type { Root, RootContent } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';
import { closest, listOf, notAService } from '../../errors.ts';
import { contextOf, fail, type GuideFileContext } from '../context.ts';
import { componentsFor } from '../components.ts';

/**
 * The guide's components in their places: which ones a file may use, components only at the top of the
 * file (sides only in the comparison), one <Comparison> per category holding exactly one <Side> per service
 * in guide.yaml's order, and attributes as plain text.
 */
export const remarkComparison: Plugin<[], Root> = () => (tree, file) => {
  const context = contextOf(file);
  const allowed: readonly string[] = componentsFor[context.kind];
  // A stray <Side> already explains a missing comparison; saying so twice would bury the cause.
  let straySide = false;
  let comparisons = 0;
  for (const node of tree.children) {
    if (node.type !== 'mdxJsxFlowElement') {
      refuseNested(node, context, allowed);
      continue;
    }
    const name = node.name ?? '';
    if (!/^[A-Z]/.test(name)) continue;
    if (!allowed.includes(name)) {
      fail(context, node, `<${name}>`, unknownComponent(name, context.kind), `one of ${allowed.map((known) => `<${known}>`).join(', ')}`);
    } else if (name === 'Side') {
      straySide = true;
      fail(context, node, '<Side>', 'a <Side> stands outside any <Comparison>', 'every <Side> inside the category’s <Comparison> … </Comparison>');
    } else if (name === 'Comparison') {
      comparisons += 1;
      if (comparisons > 1) fail(context, node, '<Comparison>', 'the category has a second <Comparison>', 'one <Comparison> per category, holding one <Side> per service');
      else checkComparison(node, context);
    } else {
      attributes(node, [], context);
      if (node.children.length) fail(context, node, `<${name}>`, `<${name}> holds content`, `<${name} /> on its own: the list comes from guide.yaml`);
    }
  }
  if (context.kind === 'category' && !straySide && comparisons === 0) {
    fail(context, { position: { start: { line: firstBodyLine(tree), column: 1 } } }, '<Comparison>', 'the category has no comparison', `a <Comparison> holding one <Side service="…"> for each service${context.serviceIds ? `: ${listOf(context.serviceIds)}` : ''}`);
  }
};

/** The first line after the frontmatter, where a missing comparison would begin. */
const firstBodyLine = (tree: Root) => (tree.children.find((node) => node.type !== 'yaml') ?? tree.children.at(-1))?.position?.start.line ?? 1;

function checkComparison(node: MdxJsxFlowElement, context: GuideFileContext) {
  const { serviceIds } = context;
  attributes(node, [], context);
  const found: string[] = [];
  // A side naming an unknown service is most likely the missing one misspelled: say that, not both.
  let misnamed = false;
  for (const child of node.children) {
    if (child.type !== 'mdxJsxFlowElement' || child.name !== 'Side') {
      const what = child.type === 'mdxJsxFlowElement' ? `<${child.name}>` : 'text';
      fail(context, child, '<Comparison>', `${what} stands directly inside <Comparison>`, 'only <Side service="…"> … </Side> elements inside <Comparison>, with the prose inside each side');
      continue;
    }
    const service = attributes(child, ['service'], context)['service'];
    if (service === undefined) {
      fail(context, child, '<Side>', 'the side names no service', `<Side service="…"> with one of the guide's service ids${serviceIds ? ` (${listOf(serviceIds)})` : ''}`);
      continue;
    }
    if (serviceIds && !serviceIds.includes(service)) {
      const place = { file: context.source.shown, line: child.position?.start.line, column: child.position?.start.column };
      context.errors.push(notAService(place, `<Side service="${service}">`, service, serviceIds, context.source.path));
      misnamed = true;
      continue;
    }
    for (const inner of child.children) refuseNested(inner, context, []);
    found.push(service);
  }
  if (!serviceIds || misnamed) return;
  for (const id of serviceIds) {
    const count = found.filter((side) => side === id).length;
    if (count === 0) fail(context, node, '<Comparison>', `no <Side service="${id}"> found (found: ${found.length ? listOf(found) : 'none'})`, `one <Side> for each service: ${listOf(serviceIds)}`);
    if (count > 1) fail(context, node, '<Comparison>', `<Side service="${id}"> appears ${count} times`, `exactly one <Side> for each service: ${listOf(serviceIds)}`);
  }
  const unique = [...new Set(found)];
  if (unique.length === serviceIds.length && unique.join() !== serviceIds.join()) {
    fail(context, node, '<Comparison>', `sides are in the order ${listOf(found)}`, `the order of guide.yaml's services: ${listOf(serviceIds)}`);
  }
}

/** The element's attributes as text; anything not in `known`, or not plain quoted text, is a mistake. */
function attributes(node: MdxJsxFlowElement, known: string[], context: GuideFileContext): Record<string, string> {
  const values: Record<string, string> = {};
  for (const attribute of node.attributes) {
    const at = attribute.position ? attribute : node;
    if (attribute.type !== 'mdxJsxAttribute') {
      fail(context, at, `<${node.name}>`, 'an attribute is a JavaScript expression', 'attributes written as name="text"');
    } else if (!known.includes(attribute.name)) {
      const suggestion = closest(attribute.name, known);
      fail(context, at, `<${node.name}>`, `unknown attribute "${attribute.name}"${suggestion ? ` (did you mean "${suggestion}"?)` : ''}`, known.length ? `only ${listOf(known)}` : 'no attributes');
    } else if (typeof attribute.value !== 'string') {
      fail(context, at, `<${node.name}>`, `${attribute.name} is not plain text`, `${attribute.name}="text"`);
    } else {
      values[attribute.name] = attribute.value;
    }
  }
  return values;
}

/** Components stand only at the top of a file (sides in the comparison); none inside prose. */
function refuseNested(node: RootContent, context: GuideFileContext, allowedAtTop: readonly string[]) {
  visit(node, (inner) => {
    if (inner === node || (inner.type !== 'mdxJsxFlowElement' && inner.type !== 'mdxJsxTextElement')) return;
    const name = (inner as MdxJsxFlowElement | MdxJsxTextElement).name ?? '';
    // HTML is refused by remark-refuse-html.ts.
    if (!/^[A-Z]/.test(name)) return;
    const problem = componentsFor[context.kind].includes(name) ? `<${name}> is nested inside other content` : unknownComponent(name, context.kind);
    fail(context, inner, `<${name}>`, problem, `components only at the top level of the file${allowedAtTop.length ? ` (${allowedAtTop.join(', ')})` : ''}`);
  });
}

function unknownComponent(name: string, kind: GuideFileContext['kind']): string {
  const everything = [...componentsFor.category, ...componentsFor.introduction];
  if (everything.includes(name as never)) return `<${name}> is not available in ${kind === 'category' ? 'a category file' : 'introduction.mdx'}`;
  const suggestion = closest(name, everything);
  return `<${name}> is not a component of Guidepost${suggestion ? ` (did you mean <${suggestion}>?)` : ''}`;
}
