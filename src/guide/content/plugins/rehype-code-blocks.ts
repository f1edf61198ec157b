import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { h } from 'hastscript';
import type { Plugin } from 'unified';
import { SKIP, visit } from 'unist-util-visit';
import { languageName } from '../highlight.ts';
import type { UiStrings } from '../../../i18n/ui/index.ts';

/** The words a code block's header and region say, in the content's language. */
type CodeBlockWords = Pick<UiStrings['content'], 'copyCode' | 'copyCodeLabel' | 'codeRegion'>;

/**
 * A highlighted code block as readers expect one (Starlight's Expressive Code is the reference): a header
 * naming the language, a "Copy" button (written with the page, so nothing moves when the script arrives;
 * hidden where scripts do not run), and the code in its own named, focusable region that scrolls sideways
 * instead of pushing the page wider. Runs after highlighting, on Shiki's <pre>.
 */
export const rehypeCodeBlocks: Plugin<[CodeBlockWords], Root> = (words) => (tree) => {
  let count = 0;
  visit(tree, 'element', (node, index, parent) => {
    if (node.tagName !== 'pre' || !parent || index === undefined || (parent.type === 'element' && isCodeBlock(parent))) return undefined;
    const language = String(node.properties['dataLanguage'] ?? 'plaintext');
    const name = languageName(language);
    // The region around the code scrolls and takes the focus, so Shiki's own tabindex on <pre> goes.
    delete node.properties['tabindex'];
    delete node.properties['tabIndex'];
    const block: Element = h('div', { className: ['code-block'], dataLanguage: language }, [
      h('div', { className: ['code-header'], dataPagefindIgnore: '' }, [
        h('span', { className: ['code-language'] }, name),
        h('button', { type: 'button', className: ['copy-code'], ariaLabel: words.copyCodeLabel(name) }, words.copyCode),
      ]),
      // Named by its language, its number in the file and its first line, so two blocks of one page are told
      // apart (axe: landmark-unique), even two JSON blocks that both begin with "{".
      h('section', { className: ['code-scroll'], ariaLabel: words.codeRegion(name, ++count, firstLine(node)), tabIndex: 0 }, [node]),
    ]);
    parent.children[index] = block;
    return [SKIP, index + 1];
  });
};

function firstLine(pre: Element): string {
  const line = toString(pre).trim().split('\n')[0]!.replace(/\s+/g, ' ').trim();
  return line.length > 48 ? `${line.slice(0, 48).replace(/\s+\S*$/, '')} …` : line;
}

const isCodeBlock = (element: Element) => Array.isArray(element.properties['className']) && element.properties['className'].includes('code-block');
