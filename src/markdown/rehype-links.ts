import type { Element, Root } from 'hast';
import { h } from 'hastscript';
import { visit } from 'unist-util-visit';

interface Options {
  /** The site's base path, such as `/` or `/guides/cloudtrail/`. */
  base: string;
}

/**
 * Links written in the guide's Markdown, made to behave like the templates' links:
 * - `/log-retention/` is written from the site's root and gets the base path in front, so a guide
 *   served from a sub-folder needs no rewriting by its authors;
 * - links to other sites say that they leave the site, and pass no referrer or opener.
 */
export function rehypeLinks({ base }: Options) {
  const prefix = base.replace(/\/?$/, '/');
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      if (node.tagName !== 'a') return;
      const href = node.properties['href'];
      if (typeof href !== 'string') return;
      if (/^https?:\/\//.test(href)) {
        node.properties['rel'] = ['external', 'noopener', 'noreferrer'];
        node.properties['className'] = ['external'];
        node.children.push(h('span', { className: ['visually-hidden'] }, ' (external site)'));
      } else if (href.startsWith('/') && !href.startsWith('//') && !href.startsWith(prefix)) {
        node.properties['href'] = prefix + href.slice(1);
      }
    });
  };
}
