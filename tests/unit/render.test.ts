import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fragmentHtml } from '../../src/components/content/render.ts';
import { makeUrls } from '../../src/site/urls.ts';
import { appendTo, contentCopy } from '../support/content-copy.ts';
import { validate } from '../support/load.ts';

// Prose is compiled once (src/guide) and turned into HTML per page; these are the rules of that last step.
const prose = async (markdown: string) => {
  const site = await validate(contentCopy(appendTo('categories/speed.mdx', markdown)));
  const speed = site.guides[0]!.guide.categories.find((category) => category.slug === 'speed')!;
  return speed.body.at(-1)!.kind === 'prose'
    ? (speed.body.at(-1) as { fragment: Parameters<typeof fragmentHtml>[0] }).fragment
    : assert.fail('no prose after the comparison');
};

describe('prose on a page', () => {
  it('keeps an explicit heading id however the heading is worded, with a self-link beside it', async () => {
    const html = fragmentHtml(await prose('### A reworded heading [#stable-id]\n\nText.'), makeUrls('/', undefined));
    assert.match(html, /<div class="heading heading-h3"><h3 id="stable-id">A reworded heading<\/h3><a class="anchor" href="#stable-id"/);
  });
  it('puts the base path before links written from the site root, and marks links that leave the site', async () => {
    const html = fragmentHtml(await prose('See [storage](/storage/#beta) and [docs](https://example.com/a).'), makeUrls('/guides/x/', undefined));
    assert.match(html, /<a href="\/guides\/x\/storage\/#beta">storage<\/a>/);
    assert.match(
      html,
      /<a href="https:\/\/example\.com\/a" class="external" rel="external noopener noreferrer">docs<span class="visually-hidden"> \(external site\)<\/span><\/a>/,
    );
  });
  it('inside the whole guide, lowers headings one level and gives ids and in-page links the category’s prefix', async () => {
    const html = fragmentHtml(await prose('### Detail [#detail]\n\nBack to [detail](#detail).'), makeUrls('/', undefined), { prefix: 'speed' });
    assert.match(html, /<h4 id="speed-detail">Detail<\/h4>/);
    assert.match(html, /<a href="#speed-detail">detail<\/a>/);
  });
  it('sets quotes and dashes as a typographer would, and leaves code alone', async () => {
    const html = fragmentHtml(await prose('"Never Expire" -- it\'s `"raw"`.'), makeUrls('/', undefined));
    assert.match(html, /“Never Expire” – it’s <code>"raw"<\/code>\./);
  });
  it('escapes text, so & and < in content read as written', async () => {
    assert.match(fragmentHtml(await prose('Tom &amp; Jerry use a \\< b.'), makeUrls('/', undefined)), /Tom &#x26; Jerry use a &#x3C; b\./);
  });
});
