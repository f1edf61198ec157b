import type { Element, ElementContent, Root, RootContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { toString } from 'hast-util-to-string';
import type { Fragment } from '../../guide/index.ts';
import type { Urls } from '../../site/urls.ts';
import { headingWithAnchor, type SectionLinkLabel } from './heading.ts';
import { guideImage } from './guide-images.ts';

/**
 * Where prose is shown when it is not on its own page: inside the whole guide, a category's sections sit
 * one level lower and their ids gain the category's slug, so "#summary" stays unique there.
 */
export interface Scope {
  prefix: string;
  /** The category's title: the whole guide's scrolling regions say which category they belong to. */
  title?: string | undefined;
}

const headingLevel = /^h([1-6])$/;
const linkedLevels = new Set(['h2', 'h3', 'h4', 'h5']);

/**
 * A fragment's HTML for a page: headings get their self-links, links written from the root get the base
 * path (and in a library the guide's folder, unless they lead to another guide), links to other sites say so and pass no referrer. Rendered from the compiled tree, which is
 * left untouched, so the same prose can be rendered for its own page and for the whole guide.
 */
export function fragmentHtml(fragment: Fragment, urls: Urls, scope?: Scope, label?: SectionLinkLabel): string {
  const cache = scope ? undefined : rendered.get(fragment);
  if (cache?.root === urls.root) return cache.html;
  const root: Root = { type: 'root', children: fragment.hast.children.map((node) => transform(node, urls, scope, label)) };
  const html = toHtml(root);
  if (!scope) rendered.set(fragment, { root: urls.root, html });
  return html;
}

const rendered = new WeakMap<Fragment, { root: string; html: string }>();

/** The id an element gets in `scope`. */
export const scopedId = (id: string, scope?: Scope) => (scope ? `${scope.prefix}-${id}` : id);

/** A heading level in `scope`: one lower inside the whole guide. */
export const scopedLevel = (level: number, scope?: Scope) => Math.min(6, level + (scope ? 1 : 0));

function transform<T extends RootContent | ElementContent>(node: T, urls: Urls, scope: Scope | undefined, label: SectionLinkLabel | undefined): T {
  if (node.type !== 'element') return node;
  const element: Element = { ...node, properties: { ...node.properties }, children: node.children.map((child) => transform(child, urls, scope, label)) };
  const level = headingLevel.exec(element.tagName)?.[1];
  if (level) {
    element.tagName = `h${scopedLevel(Number(level), scope)}`;
    const id = element.properties['id'];
    if (typeof id === 'string') {
      element.properties['id'] = scopedId(id, scope);
      if (linkedLevels.has(node.tagName)) return headingWithAnchor(element, scopedId(id, scope), toString(element), label) as T;
    }
  }
  // Footnotes and their references carry ids and point at each other: inside the whole guide every
  // category's "fn-1" must stay its own.
  if (scope && typeof element.properties['id'] === 'string' && !level) element.properties['id'] = scopedId(element.properties['id'], scope);
  const describedBy = element.properties['ariaDescribedBy'];
  if (scope && Array.isArray(describedBy)) element.properties['ariaDescribedBy'] = describedBy.map((id) => scopedId(String(id), scope));
  // A scrolling region (a named <section>: code blocks, wide tables) is numbered in its own file; where
  // several files meet, it also says which category it belongs to.
  const regionName = element.properties['ariaLabel'];
  if (scope?.title && element.tagName === 'section' && typeof regionName === 'string') element.properties['ariaLabel'] = `${regionName} (${scope.title})`;
  if (element.tagName === 'a') link(element, urls, scope);
  if (element.tagName === 'img') image(element, urls);
  return element as T;
}

/** An image of the guide's folder gets the address and size Astro's asset pipeline gave it; one of public/, the base path. */
function image(element: Element, urls: Urls) {
  const file = element.properties['dataGuideImage'];
  if (typeof file === 'string') {
    delete element.properties['dataGuideImage'];
    const asset = guideImage(file);
    Object.assign(element.properties, { src: asset.src, width: asset.width, height: asset.height, loading: 'lazy', decoding: 'async' });
    if (asset.srcset) element.properties['srcSet'] = asset.srcset;
    return;
  }
  const src = element.properties['src'];
  if (typeof src === 'string' && src.startsWith('/')) element.properties['src'] = urls.link(src);
}

function link(element: Element, urls: Urls, scope: Scope | undefined) {
  const href = element.properties['href'];
  if (typeof href !== 'string') return;
  // Links to other sites were marked when the guide was read (rehype-external-links, in plugins.ts).
  if (href.startsWith('#')) {
    element.properties['href'] = `#${scopedId(href.slice(1), scope)}`;
  } else if (href.startsWith('/')) {
    element.properties['href'] = urls.content(href);
  }
}
