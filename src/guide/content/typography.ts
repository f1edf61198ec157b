import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';

/**
 * Typographer's quotes and dashes in prose: "text" → “text”, it's → it’s, -- → –, --- → —, ... → …
 * Code is left exactly as written. Text is read in order across inline markup, so a quote right after
 * **bold** text still closes.
 */
export function typeset(tree: Root): void {
  let previous = ' ';
  visit(tree, (node) => {
    if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell' || node.type === 'listItem') previous = ' ';
    if (node.type !== 'text') return;
    let out = '';
    for (const [index, char] of [...node.value].entries()) {
      const before = index === 0 ? previous : (out.at(-1) ?? ' ');
      const opens = /[\s([{\u2014\u2013-]/.test(before);
      if (char === '"') out += opens ? '\u201c' : '\u201d';
      else if (char === "'") out += opens ? '\u2018' : '\u2019';
      else out += char;
    }
    node.value = out.replace(/---/g, '\u2014').replace(/--/g, '\u2013').replace(/\.\.\./g, '\u2026');
    previous = node.value.at(-1) ?? previous;
  });
}
