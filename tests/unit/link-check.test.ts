import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkLinks } from '../../src/postbuild/link-check.ts';
import { parseForm, parsePage, type BuiltPage } from '../../src/postbuild/output.ts';

const page = (path: string, body: string): BuiltPage => parsePage(path, `<html><body><main id="main">${body}</main></body></html>`);
const check = (pages: BuiltPage[], base = '/') => checkLinks(pages, { base, origin: 'https://guide.example', files: new Set([`${base}rss.xml`]) });

describe('the check of the built output', () => {
  const target = page('/log-retention/', '<h2 id="cloudtrail">CloudTrail</h2>');

  it('accepts links to existing pages, sections, files and the page itself', async () => {
    const from = page('/', '<a href="/log-retention/">a</a><a href="/log-retention/#cloudtrail">b</a><a href="/rss.xml">c</a><a href="#main">d</a>');
    assert.deepEqual(check([from, target]).problems, []);
  });
  it('reports a missing page, naming the page that links to it', async () => {
    assert.deepEqual(check([page('/use-cases/', '<a href="/nope/">x</a>'), target]).problems, [
      'page /use-cases/ links to "/nope/", but no page exists at /nope/',
    ]);
  });
  it('reports a missing id', async () => {
    assert.match(check([page('/', '<a href="/log-retention/#cloudwach">x</a>'), target]).problems[0] ?? '', /has no element with id "cloudwach"/);
  });
  it('reads attributes as a browser does: entities decoded, any attribute order', async () => {
    const tricky = page('/', '<a class="x" href="/log-retention/#cloud&#116;rail">x</a><span data-x="1" id="a&amp;b"></span><a href="#a&amp;b">y</a>');
    assert.deepEqual(check([tricky, target]).problems, []);
  });
  it('reports two elements with the same id on one page', async () => {
    assert.match(check([page('/', '<h2 id="summary">a</h2><h3 id="summary">b</h3>')]).problems[0] ?? '', /^page \/ has two elements with id "summary"/);
  });
  it('reports a link that escapes the base path', async () => {
    const inside = page('/guide/', '<a href="/log-retention/">x</a>');
    assert.match(check([inside, { ...target, path: '/guide/log-retention/' }], '/guide/').problems[0] ?? '', /outside the site's base path \/guide\//);
  });
  it('lists external links with the pages that use them, without judging them', async () => {
    const { problems, external } = check([
      page('/', '<a href="https://docs.aws.amazon.com/x.html">x</a>'),
      page('/a/', '<a href="https://docs.aws.amazon.com/x.html">y</a>'),
    ]);
    assert.deepEqual(problems, []);
    assert.deepEqual([...(external.get('https://docs.aws.amazon.com/x.html') ?? [])], ['/', '/a/']);
  });
  it('reports a malformed %-escape instead of crashing', async () => {
    assert.match(check([page('/', '<a href="/50%-off/">x</a>')]).problems[0] ?? '', /links to "\/50%-off\/", which has a malformed %-escape/);
  });
  it('follows meta-refresh redirects', async () => {
    const redirect = parsePage('/old/', '<meta http-equiv="refresh" content="0; url=/gone/">');
    assert.match(check([redirect]).problems[0] ?? '', /links to "\/gone\/", but no page exists/);
  });

  it('checks the Markdown, llms.txt and JSON forms too, absolute links to the site included', async () => {
    const markdown = parseForm(
      '/log-retention.md',
      '# Log retention\n\nSee [the summary](/log-retention/#sumary) and <https://guide.site/nope/>, not [AWS](https://aws.amazon.com/).\n',
    );
    const json = parseForm(
      '/guide.json',
      JSON.stringify({ url: 'https://guide.site/log-retention/', categories: [{ markdownUrl: '/missing.md', title: '/not-a-link/' }] }),
    );
    const problems = checkLinks([markdown, json, target], {
      base: '/',
      origin: 'https://guide.example',
      siteOrigin: 'https://guide.site',
      files: new Set(),
    }).problems;
    assert.deepEqual(problems, [
      'page /log-retention.md links to "/log-retention/#sumary", but /log-retention/ has no element with id "sumary"',
      'page /log-retention.md links to "https://guide.site/nope/", but no page exists at /nope/',
      'page /guide.json links to "/missing.md", but no page exists at /missing.md',
    ]);
  });
});
