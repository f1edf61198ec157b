import type { Root } from 'hast';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';
import type { UiStrings } from '../../../i18n/ui/index.ts';

/**
 * A task list's boxes (remark-gfm writes `<input type="checkbox" disabled>`) say what they are: a form
 * control needs a name (axe: label). The item's own text follows the box, so the name is its state alone.
 */
export const rehypeTaskLists: Plugin<[Pick<UiStrings['content'], 'taskDone' | 'taskNotDone'>], Root> = (words) => (tree) => {
  visit(tree, 'element', (node) => {
    if (node.tagName !== 'input' || node.properties['type'] !== 'checkbox') return;
    node.properties['ariaLabel'] = node.properties['checked'] ? words.taskDone : words.taskNotDone;
  });
};
