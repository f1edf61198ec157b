import { existsSync, statSync } from 'node:fs';
import { dirname, extname, relative, resolve } from 'node:path';
import type { Root } from 'mdast';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';
import { displayPath } from '../../source.ts';
import { contextOf, fail } from '../context.ts';
import { schemeOf } from '../policy.ts';

/** The image formats Astro's asset pipeline reads. */
export const imageExtensions = ['.png', '.jpg', '.jpeg', '.webp', '.gif', '.avif', '.svg'];

/**
 * An image written relative to the MDX file (`![Flow](../images/flow.svg)`), as Astro's own Markdown does,
 * is a file of the guide: it must exist inside the guide's folder and be an image. Its absolute path rides
 * on the tree (`data-guide-image`) to the page, where Astro's asset pipeline gives it its address and size.
 * Images written from the site root ("/images/x.svg") are files of the site's public/ folder, as before.
 */
export const remarkGuideImages: Plugin<[], Root> = () => (tree, file) => {
  const context = contextOf(file);
  visit(tree, 'image', (node) => {
    const url = node.url;
    // Addresses with a scheme or from the site root are remark-link-policy's to judge.
    if (!url || url.startsWith('/') || url.startsWith('#') || schemeOf(url)) return;
    const path = resolve(dirname(context.source.path), decodeURI(url.split(/[?#]/)[0]!));
    const shown = displayPath(path);
    if (relative(context.guideDir, path).startsWith('..')) {
      fail(context, node, 'image', `"${url}" points outside the guide's folder`, `an image kept inside the guide's folder, such as "${context.kind === 'category' ? '../' : ''}images/diagram.svg"`);
    } else if (!existsSync(path) || !statSync(path).isFile()) {
      fail(context, node, 'image', `"${url}" is not there (looked for ${shown})`, 'the path of an image file, relative to this file');
    } else if (!imageExtensions.includes(extname(path).toLowerCase())) {
      fail(context, node, 'image', `"${url}" is not an image Astro can read`, `a file ending in ${imageExtensions.join(', ')}`);
    } else {
      node.data = { ...node.data, hProperties: { ...node.data?.hProperties, dataGuideImage: path } };
    }
  });
};
