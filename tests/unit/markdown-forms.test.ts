import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fragmentsOf } from '../../src/guide/index.ts';
import { hasCodeOrNotes, prose, shiftHeadings, toMarkdownText } from '../../src/forms/markdown.ts';
import { appendTo, contentCopy, realGuide, replaceIn, threeServices } from '../support/content-copy.ts';
import { validate } from '../support/load.ts';

// The whole guide reuses each category's Markdown a heading level lower by renumbering its headings in the
// text rather than writing it again. That must give exactly what writing it again gives.
describe('the Markdown forms', () => {
  const tricky = contentCopy((dir) => {
    // Prose that can be renumbered in the text: lines that start with "#" without being headings.
    replaceIn(
      'categories/storage.mdx',
      '<Comparison>',
      '## Before the comparison\n\n\\# not a heading, escaped\n#hashtag and `# code` inline, and a line\n\\#### that is not one either.\n\n### Deeper\n\nText.\n\n<Comparison>',
    )(dir);
    // Prose that cannot, and is written again: a heading inside a list, a code block.
    appendTo('categories/storage.mdx', '\n## After the comparison\n\n- a list\n- ### a heading in a list\n\n```\n# code, not a heading\n```\n')(dir);
  }, threeServices);
  for (const [name, dir] of [
    ['the real guide', realGuide],
    ['the three-service fixture', threeServices],
    ['prose with headings in odd places', tricky],
  ] as const) {
    it(`renumbers headings as writing them again would, in ${name}`, async () => {
      const site = await validate(dir);
      let checked = 0;
      for (const category of site.guides[0]!.guide.categories) {
        for (const fragment of category.body.flatMap(fragmentsOf)) {
          const resolve = (href: string) => href;
          const renumberable =
            !hasCodeOrNotes(fragment.mdast) && fragment.headings.length === fragment.mdast.children.filter((node) => node.type === 'heading').length;
          if (!renumberable) continue;
          assert.equal(shiftHeadings(toMarkdownText(prose(fragment, { resolve })), 1), toMarkdownText(prose(fragment, { shift: 1, resolve })));
          checked++;
        }
      }
      assert.ok(checked > 0);
    });
  }
});
