import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkLinks, type Page } from '../../src/lib/link-check.ts';

const page = (path: string, body: string, source?: string): Page => ({
  path,
  html: `<html><body><main id="main"${source ? ` data-source="${source}"` : ''}>${body}</main></body></html>`,
});
const check = (pages: Page[], base = '/') => checkLinks(pages, { base, site: 'https://guide.example', files: new Set([`${base}rss.xml`]) });

describe('checkLinks', () => {
  const target = page('/log-retention/', '<h2 id="cloudtrail">CloudTrail</h2>');

  it('accepts links to existing pages, sections, files and the page itself', () => {
    const from = page('/', '<a href="/log-retention/">a</a><a href="/log-retention/#cloudtrail">b</a><a href="/rss.xml">c</a><a href="#main">d</a>');
    assert.deepEqual(check([from, target]).problems, []);
  });
  it('reports a missing page with the page and its source file', () => {
    const { problems } = check([page('/use-cases/', '<a href="/nope/">x</a>', 'content/categories/use-cases.mdx'), target]);
    assert.deepEqual(problems, ['page /use-cases/ (from content/categories/use-cases.mdx) links to "/nope/", but no page exists at /nope/; expected the address of an existing page, ending in "/"']);
  });
  it('reports a missing section id', () => {
    const { problems } = check([page('/', '<a href="/log-retention/#cloudwach">x</a>'), target]);
    assert.match(problems[0] ?? '', /has no section with id "cloudwach"/);
  });
  it('reports two elements with the same id on one page', () => {
    const { problems } = check([page('/', '<h2 id="summary">a</h2><h3 id="summary">b</h3>')]);
    assert.match(problems[0] ?? '', /^page \/ has two elements with id "summary"/);
  });
  it('reports a link that escapes the base path', () => {
    const { problems } = check([page('/guide/', '<a href="/log-retention/">x</a>'), { ...target, path: '/guide/log-retention/' }], '/guide/');
    assert.match(problems[0] ?? '', /outside the site's base path \/guide\//);
  });
  it('lists external links with the pages that use them, without judging them', () => {
    const { problems, external } = check([page('/', '<a href="https://docs.aws.amazon.com/x.html">x</a>'), page('/a/', '<a href="https://docs.aws.amazon.com/x.html">y</a>')]);
    assert.deepEqual(problems, []);
    assert.deepEqual([...(external.get('https://docs.aws.amazon.com/x.html') ?? [])], ['/', '/a/']);
  });
  it('reports a malformed %-escape instead of crashing', () => {
    assert.match(check([page('/', '<a href="/50%-off/">x</a>')]).problems[0] ?? '', /links to "\/50%-off\/", which has a malformed %-escape/);
  });
  it('follows meta-refresh redirects', () => {
    const redirect = { path: '/old/', html: '<meta http-equiv="refresh" content="0; url=/gone/">' };
    assert.match(check([redirect]).problems[0] ?? '', /links to "\/gone\/", but no page exists/);
  });
});
