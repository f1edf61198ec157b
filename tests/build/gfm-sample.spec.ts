import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import type { Node } from 'unist';
import { type Example, examples, expressible, isGfm, needsIndentedCode, normalise, plainParser } from '../bench/gfm-examples.ts';
import { buildCopy } from '../support/build.ts';
import { threeServices } from '../support/content-copy.ts';
import { serveSite } from '../support/serve.ts';

// A representative sample of the GFM spec's examples (tests/bench/gfm-spec.txt) run through the real build:
// each sits in the alpha side of a category page of its own, and the side's HTML, once what the site adds on
// purpose is taken off, must be the spec's HTML. tests/bench/gfm-spec.ts measures every example against the
// parser configuration alone; this proves the whole pipeline (guide rules, SmartyPants, Shiki, wrappers,
// Astro's MDX rendering) keeps what the parser gives.

// ---- Which examples. Those MDX can express (the bench's filter), less those the guide refuses or changes on
// purpose, or that cannot sit inside a <Side>:
const render = (markdown: string) => normalise(String(plainParser.processSync(markdown)));
/** The addresses of a Markdown tree's links and link reference definitions. */
const urls = (node: Node): string[] => [
  ...((node.type === 'link' || node.type === 'definition') && 'url' in node ? [String(node.url)] : []),
  ...('children' in node && Array.isArray(node.children) ? (node.children as Node[]).flatMap(urls) : []),
];
function leftOut(e: Example): string | undefined {
  // MDX has no indented code (GFM.md, "Decision"): 4+ columns of indentation is not code in a guide.
  if (needsIndentedCode(e)) return 'needs indented code';
  // A side's headings start at h3: h1 is the page's title and h2 the service's name (setext headings are all h1/h2).
  if (/<h[12][\s>]/.test(e.html)) return 'h1 or h2 heading';
  // The image rule: a relative image must name a file of the guide, and every image needs a text alternative.
  if (/<img\s/.test(e.html)) return 'image';
  // The link rule of the build (src/site/model.ts): a link without a scheme must lead to a page of the site,
  // written from its root, and the spec's /url, /uri, relative and #fragment links lead to none. (The bench's
  // compiler measure does not meet this rule: it is checked when the whole site is put together.)
  if (urls(plainParser.parse(e.markdown)).some((url) => url !== '' && !/^[a-z][a-z0-9+.-]*:/i.test(url))) return 'link to no page of the site';
  // An example that runs to the end of the document (an unclosed fence) would take </Side> into itself: the
  // text after it must start a paragraph of its own.
  if (render(`${e.markdown}\nzz\n`) !== normalise(`${render(e.markdown)}<p>zz</p>`)) return 'runs to the end of the document';
  // ftp:// is not an autolink literal in micromark-extension-gfm-autolink-literal: a known difference of the
  // parser itself, measured and explained by the bench (GFM.md), not something the build does.
  if (e.markdown.includes('ftp://')) return 'ftp:// autolink (a parser difference, see GFM.md)';
  return undefined;
}
// Text with straight quotes, -- or ... stays in: SmartyPants' typography is turned back before comparing.
// Indented lines stay in too: inside <Side> they mean what they mean at the top of a document (the sample's
// nested lists 9 and 79, indented with a tab and with spaces, prove it).
const candidates = examples.filter((e) => expressible(e) && !leftOut(e));

// Every GFM extension example, and from each CommonMark section one example per 40 (at least one), evenly
// spaced through the section, so the big sections get a few. Three more, so each kind of markup the site
// changes is met: a heading a side may hold (43, an h3), a fence with a language (112, Shiki's), and an
// inline link (495; the rest of the section's links lead to /url or /uri, and the picks make none).
const sections = Map.groupBy(candidates, (e) => e.section);
const alsoSampled = new Set([43, 112, 495]);
const sample = [...sections.values()].flatMap((group) => {
  if (isGfm(group[0]!)) return group;
  const count = 1 + Math.floor(group.length / 40);
  const spaced = Array.from({ length: count }, (_, j) => group[Math.floor(((j + 0.5) * group.length) / count)]!);
  return group.filter((e) => spaced.includes(e) || alsoSampled.has(e.number));
});

const categoryFile = (e: Example, i: number) => `---
title: GFM example ${e.number}
order: ${100 + i}
glance:
  alpha: Example ${e.number} of the GFM spec
  beta: A plain sentence
  gamma: A plain sentence
---

<Comparison>
<Side service="alpha">

${e.markdown}
</Side>
<Side service="beta">

Beta has nothing to show here.

</Side>
<Side service="gamma">

Gamma has nothing to show here.

</Side>
</Comparison>
`;

/**
 * Both sides normalised as the bench does, then what the site changes on purpose turned back: SmartyPants'
 * typography into what the author typed, and a code block's last line break dropped (Shiki writes the code
 * as lines and keeps no line break after the last, so "```\naaa\n```" and the spec's "aaa\n" compare as "aaa").
 */
const comparable = (html: string) =>
  normalise(html)
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replaceAll('–', '--')
    .replaceAll('—', '---')
    .replaceAll('…', '...')
    .replace(/\n<\/code><\/pre>/g, '</code></pre>');

// Differences the sample finds that the site does not mean, each with its cause. The test fails when one of
// these starts to match (take it off the list) as when any other example differs.
const knownDifferences = new Map<number, string>([
  [
    330,
    'the language of "``` f&ouml;&ouml;" is "föö", and Astro\'s rehypeShiki (@astrojs/markdown-remark, highlight.js) reads it from the class with /\\blanguage-(\\S+)\\b/, which stops at the first non-ASCII letter: the block is labelled "f"',
  ],
]);

test('the sample takes every GFM extension example and every CommonMark section the guide can hold', () => {
  const all = examples.filter(expressible);
  expect(new Set(sample.map((e) => e.section))).toEqual(new Set(candidates.map((e) => e.section)));
  expect(sample.filter(isGfm).map((e) => e.number)).toEqual(all.filter((e) => isGfm(e) && !e.markdown.includes('ftp://')).map((e) => e.number));
  expect(sample.map((e) => e.number)).toEqual(expect.arrayContaining([...alsoSampled]));
  for (const markup of [/<h[3-6]>/, /<code class="language-/, /<table>/, /<a href="">/, /<a href="http/, /<a href="mailto:/]) {
    expect(
      sample.some((e) => markup.test(e.html)),
      `an example with ${markup}`,
    ).toBe(true);
  }
  expect(sample.length).toBeGreaterThanOrEqual(40);
});

// One build for the sample (its own describe, so the check above, which needs none, does not start one).
test.describe('built', () => {
  let site: { url: string; close: () => void } | undefined;
  test.beforeAll(async () => {
    test.setTimeout(240_000);
    const result = await buildCopy((dir) => sample.forEach((e, i) => writeFileSync(join(dir, 'categories', `gfm-${e.number}.mdx`), categoryFile(e, i))), {
      source: threeServices,
    });
    expect(result.status, result.output).toBe(0);
    site = await serveSite(result.dist);
  });
  test.afterAll(() => site?.close());

  test('a sample of the GFM spec examples renders in a built side as the spec says', async ({ page }) => {
    const problems: string[] = [];
    for (const e of sample) {
      await page.goto(`${site!.url}gfm-${e.number}/`);
      // The side's HTML without what the site adds on purpose.
      const html = await page.locator('section.side[data-service="alpha"]').evaluate((side) => {
        const copy = side.cloneNode(true) as HTMLElement;
        // The side's own heading block: the service's name, its self-link and copy button.
        if (copy.firstElementChild?.classList.contains('heading')) copy.firstElementChild.remove();
        // Headings: the .heading wrapper with its self-link and copy button, and the heading's id.
        for (const wrapper of copy.querySelectorAll('.heading')) {
          const heading = wrapper.querySelector('h1, h2, h3, h4, h5, h6');
          if (heading) wrapper.replaceWith(heading);
          else wrapper.remove();
        }
        for (const heading of copy.querySelectorAll('h1, h2, h3, h4, h5, h6')) heading.removeAttribute('id');
        // Self-links, and the code colours' stylesheet a side with code links.
        copy.querySelectorAll('a.anchor, link[rel="stylesheet"]').forEach((node) => node.remove());
        // Code blocks: the header and Shiki's markup go; the code's text and language stay.
        for (const block of copy.querySelectorAll('.code-block')) {
          const shiki = block.querySelector('pre');
          const language = shiki?.getAttribute('data-language') ?? block.getAttribute('data-language');
          const pre = document.createElement('pre');
          const code = pre.appendChild(document.createElement('code'));
          if (language && language !== 'plaintext') code.className = `language-${language}`;
          code.textContent = shiki?.textContent ?? '';
          block.replaceWith(pre);
        }
        // Tables' scroll regions.
        copy.querySelectorAll('.table-scroll').forEach((region) => region.replaceWith(...region.childNodes));
        // External links' marks: the class, rel, and the words said to screen readers.
        for (const link of copy.querySelectorAll('a.external')) {
          link.classList.remove('external');
          if (link.classList.length === 0) link.removeAttribute('class');
          link.removeAttribute('rel');
          link.querySelectorAll(':scope > .visually-hidden').forEach((node) => node.remove());
        }
        // Task lists' classes, as remark-gfm adds them.
        for (const node of copy.querySelectorAll('.contains-task-list, .task-list-item')) {
          node.classList.remove('contains-task-list', 'task-list-item');
          if (node.classList.length === 0) node.removeAttribute('class');
        }
        return copy.innerHTML;
      });
      const expected = comparable(e.html);
      const got = comparable(html);
      if (got === expected) {
        if (knownDifferences.has(e.number)) problems.push(`${e.number} (${e.section}): now renders as the spec says; take it off knownDifferences`);
        continue;
      }
      if (knownDifferences.has(e.number)) continue;
      let i = 0;
      while (i < expected.length && expected[i] === got[i]) i++;
      const at = (s: string) => JSON.stringify(s.slice(Math.max(0, i - 30), i + 40));
      problems.push(`${e.number} (${e.section}): expected ${at(expected)}, got ${at(got)}`);
    }
    expect(problems, `examples ${sample.map((e) => e.number).join(', ')}`).toEqual([]);
  });
});
