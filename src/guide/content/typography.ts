import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';

/** Characters after which a quote opens rather than closes. */
const opensAfter = /[\s([{\u2014\u2013-]/;

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
    const text = node.value;
    node.value = text
      .replace(/["']/g, (quote, offset: number) => {
        const opens = opensAfter.test(offset ? text[offset - 1]! : previous);
        if (quote === '"') return opens ? '\u201c' : '\u201d';
        return opens ? '\u2018' : '\u2019';
      })
      .replace(/---/g, '\u2014')
      .replace(/--/g, '\u2013')
      .replace(/\.\.\./g, '\u2026');
    previous = text.at(-1) ?? previous;
  });
}
