import type { Root } from 'mdast';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';
import { contextOf, fail } from '../context.ts';
import { imageProblem, linkExpectation, linkProblem } from '../policy.ts';

/** Links and images as the guide allows them (policy.ts): never script, never another site's image. */
export const remarkLinkPolicy: Plugin<[], Root> = () => (tree, file) => {
  const context = contextOf(file);
  visit(tree, (node) => {
    if (node.type === 'link' || node.type === 'definition') {
      const problem = linkProblem(node.url);
      if (problem) fail(context, node, 'link', `"${node.url}" is ${problem}`, linkExpectation(context.examples));
    }
    if (node.type === 'image') {
      const problem = imageProblem(node.url);
      if (problem) fail(context, node, 'image', `"${node.url}" is ${problem}`, `an image file kept in the guide's folder, written relative to this file, such as "${context.kind === 'category' ? '../' : ''}images/diagram.svg"`);
      if (!node.alt?.trim()) fail(context, node, 'image', 'the image has no text alternative', `a description in the brackets: ![what the image shows](${node.url || 'images/file.svg'})`);
    }
  });
};
