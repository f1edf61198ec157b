import type { Element, Root as HastRoot, RootContent as HastContent } from 'hast';
import type { Root, RootContent } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import type { ListComponent } from './components.ts';
import { makeFragment, type Fragment } from './fragment.ts';

/** One service's side of a comparison. */
export interface Side {
  service: string;
  fragment: Fragment;
  line: number;
}

/**
 * The blocks of a document: prose, the side-by-side comparison, a list the template fills in, and the
 * notes its footnotes point to (shown last, after anything the page adds).
 */
export type Block =
  | { kind: 'prose'; fragment: Fragment }
  | { kind: 'comparison'; sides: Side[]; line: number }
  | { kind: 'component'; name: ListComponent; line: number }
  | { kind: 'footnotes'; fragment: Fragment };

/** A component as either tree has it: remark-rehype passes MDX's elements through unchanged. */
type Component = MdxJsxFlowElement;

const isComponent = (node: { type: string }): node is Component => node.type === 'mdxJsxFlowElement';
const isFootnotes = (node: HastContent): node is Element => node.type === 'element' && node.tagName === 'section' && 'dataFootnotes' in node.properties;
const serviceOf = (side: Component) => side.attributes.find((attribute) => attribute.type === 'mdxJsxAttribute' && attribute.name === 'service')?.value;

/**
 * Cuts a compiled file into its blocks. Both trees have the same components in the same places (the rules
 * in plugins/ have run), so the prose between two components is the same stretch in each; the HTML tree
 * alone has the footnotes, at its end.
 */
export function blocksOf(mdast: Root, hast: HastRoot): Block[] {
  const markdownRuns = runs(mdast.children);
  const htmlRuns = runs(hast.children.filter((node) => !isFootnotes(node)) as (HastContent | Component)[]);
  const blocks: Block[] = [];
  markdownRuns.forEach((run, index) => {
    const html = htmlRuns[index];
    const prose = run.prose as RootContent[];
    const proseHtml = (html?.prose ?? []) as HastContent[];
    if (prose.length || proseHtml.some((node) => node.type !== 'text' || node.value.trim())) blocks.push({ kind: 'prose', fragment: makeFragment(prose, proseHtml) });
    const component = run.component;
    if (!component) return;
    const line = component.position?.start.line ?? 0;
    if (component.name === 'Comparison') {
      const htmlSides = (html?.component?.children ?? []).filter(isComponent);
      const sides = component.children.filter(isComponent).flatMap((side, sideIndex): Side[] => {
        const service = serviceOf(side);
        if (typeof service !== 'string') return [];
        const htmlSide = htmlSides[sideIndex];
        return [{ service, line: side.position?.start.line ?? line, fragment: makeFragment(side.children as RootContent[], (htmlSide?.children ?? []) as unknown as HastContent[]) }];
      });
      blocks.push({ kind: 'comparison', sides, line });
    } else if (component.name) {
      blocks.push({ kind: 'component', name: component.name as ListComponent, line });
    }
  });
  const footnotes = hast.children.find(isFootnotes);
  if (footnotes) blocks.push({ kind: 'footnotes', fragment: makeFragment([], [footnotes]) });
  return blocks;
}

/** The nodes between components: a run of prose, then the component that ends it (none for the last). */
function runs<T extends { type: string }>(nodes: T[]): { prose: T[]; component: Component | undefined }[] {
  const result: { prose: T[]; component: Component | undefined }[] = [];
  let prose: T[] = [];
  for (const node of nodes) {
    if (isComponent(node) && /^[A-Z]/.test(node.name ?? '')) {
      result.push({ prose, component: node });
      prose = [];
    } else {
      prose.push(node);
    }
  }
  result.push({ prose, component: undefined });
  return result;
}
