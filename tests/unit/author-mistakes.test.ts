// The catalogue of mistakes an author makes. Each is a small edit to a copy of a guide, and each must be
// refused before anything renders, with a message naming the file, the line or field, and the fix. These
// run the validation stages only (src/guide, src/site), so the whole catalogue takes a second;
// tests/build/ proves that a refused guide leaves no site behind.
import assert from 'node:assert/strict';
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { appendTo, contentCopy, realGuide, replaceIn } from '../support/content-copy.ts';
import { mistakesIn, validate } from '../support/load.ts';

interface Mistake {
  name: string;
  apply: (dir: string) => void;
  /** Every pattern must match one of the messages. */
  expect: (string | RegExp)[];
  /** Patterns no message may match: the cause must come first, not a knock-on error. */
  not?: RegExp[];
  source?: string;
}

const catalogue: Mistake[] = [
  {
    name: 'a category left out of the groups the others are in',
    apply: replaceIn('categories/storage.mdx', /^title: Storage$/m, 'title: Storage\ngroup: Basics'),
    expect: [
      /categories\/speed\.mdx: group: the category has no group, while .*storage\.mdx has one\. Expected a "group:" for every category \(the guide's groups so far: "Basics"\)/,
    ],
  },
  {
    name: 'a missing title',
    apply: replaceIn('categories/storage.mdx', /^title: Storage\n/m, ''),
    expect: [/categories\/storage\.mdx:\d+: title: missing\. Expected the category title as text\./],
  },
  {
    name: 'a misspelled frontmatter key',
    apply: replaceIn('categories/storage.mdx', /^summary:/m, 'sumary:'),
    expect: [
      /categories\/storage\.mdx:\d+: sumary: unknown key "sumary" \(did you mean "summary"\?\); the keys allowed here are: title, order, slug, formerSlugs, group, keywords, glance, summary/,
    ],
  },
  {
    name: 'an unknown service id in a side',
    apply: replaceIn('categories/speed.mdx', '<Side service="gamma">', '<Side service="gama">'),
    expect: [/categories\/speed\.mdx:\d+:\d+: <Side service="gama">: "gama" is not a service of this guide\. Expected one of "alpha", "beta", "gamma"\./],
  },
  {
    name: 'a comparison missing a side',
    apply: replaceIn('categories/speed.mdx', /<Side service="beta">[\s\S]*?<\/Side>\n/, ''),
    expect: [
      /categories\/speed\.mdx:\d+:\d+: <Comparison>: no <Side service="beta"> found \(found: "alpha", "gamma"\)\. Expected one <Side> for each service: "alpha", "beta", "gamma"\./,
    ],
  },
  {
    name: 'a side given twice',
    apply: replaceIn('categories/speed.mdx', '<Side service="gamma">', '<Side service="alpha">'),
    expect: [/categories\/speed\.mdx:\d+:\d+: <Comparison>: <Side service="alpha"> appears 2 times/],
  },
  {
    name: 'sides out of the order of the services',
    apply: (dir) => {
      replaceIn('categories/speed.mdx', '<Side service="alpha">', '<Side service="swap">')(dir);
      replaceIn('categories/speed.mdx', '<Side service="beta">', '<Side service="alpha">')(dir);
      replaceIn('categories/speed.mdx', '<Side service="swap">', '<Side service="beta">')(dir);
    },
    expect: [/<Comparison>: sides are in the order "beta", "alpha", "gamma"\. Expected the order of guide\.yaml's services/],
  },
  {
    name: 'a category with no comparison at all',
    apply: replaceIn('categories/speed.mdx', /<Comparison>[\s\S]*<\/Comparison>/, 'Only prose.'),
    expect: [
      /categories\/speed\.mdx:\d+:\d+: <Comparison>: the category has no comparison\. Expected a <Comparison> holding one <Side service="…"> for each service/,
    ],
  },
  {
    name: 'an at-a-glance line missing for one service',
    apply: replaceIn('categories/speed.mdx', /^ {2}beta: Quick\n/m, ''),
    expect: [
      /categories\/speed\.mdx: glance\.beta: the at-a-glance entry for this service is missing\. Expected one line of text for every service: "alpha", "beta", "gamma"\./,
    ],
  },
  {
    name: 'an at-a-glance entry left empty',
    apply: replaceIn('categories/speed.mdx', /^ {2}beta: Quick$/m, '  beta: ""'),
    expect: [/categories\/speed\.mdx:\d+: glance\.beta: found empty text\. Expected one line of text for the at-a-glance table; it cannot be empty\./],
  },
  {
    name: 'two categories with the same slug',
    apply: replaceIn('categories/speed.mdx', /^order: 2$/m, 'order: 2\nslug: storage'),
    expect: [
      /categories\/(speed|storage)\.mdx: (slug|file name): the address "\/storage\/" is also claimed by .*categories\/(storage|speed)\.mdx\. Expected every category slug and former slug to be unique\./,
    ],
  },
  {
    name: 'two categories with the same order',
    apply: replaceIn('categories/speed.mdx', /^order: 2$/m, 'order: 1'),
    expect: [
      /categories\/(speed|storage)\.mdx: order: 1 is also the order of .*categories\/(storage|speed)\.mdx\. Expected a different whole number for each category\./,
    ],
  },
  {
    name: 'a category listing its own slug as a former one',
    apply: replaceIn('categories/speed.mdx', /^order: 2$/m, 'order: 2\nformerSlugs: [speed]'),
    expect: [/categories\/speed\.mdx: formerSlugs\[0\]: "speed" is the category's current slug/],
    not: [/also claimed by/],
  },
  {
    name: 'a resource with a malformed URL',
    apply: replaceIn('resources.yaml', 'url: https://example.com/beta/tutorial', 'url: example.com/beta/tutorial'),
    expect: [/resources\.yaml:\d+: item 2\.url: found "example\.com\/beta\/tutorial"\. Expected an absolute http\(s\) URL/],
  },
  {
    name: 'a resource for an unknown service',
    apply: replaceIn('resources.yaml', 'service: beta', 'service: betta'),
    expect: [/resources\.yaml:\d+: service: "betta" is not a service of this guide\. Expected one of "alpha", "beta", "gamma"\./],
  },
  {
    name: 'a history date that is not a date',
    apply: replaceIn('history.yaml', 'date: 2025-01-15', 'date: 15 January 2025'),
    expect: [/history\.yaml:\d+: item 1\.date: found "15 January 2025"\. Expected a date written as YYYY-MM-DD, such as 2024-09-20\./],
  },
  {
    name: 'an MDX syntax error',
    apply: replaceIn('categories/speed.mdx', '<Side service="beta">', '<Side service="beta"'),
    expect: [/categories\/speed\.mdx:16:1: tag: a tag is not finished: it has no closing ">" on its line\. Expected the tag written whole on one line/],
  },
  {
    name: 'a category slug that takes one of the site’s own addresses',
    apply: replaceIn('categories/speed.mdx', /^order: 2$/m, 'order: 2\nslug: search'),
    expect: [/categories\/speed\.mdx: slug: "search" is an address the site already uses \(the page src\/pages\/\[\.\.\.guide\]\/search\.astro\)/],
  },
  {
    name: 'a category file whose name is taken by a file of public/',
    apply: (dir) => renameSync(join(dir, 'categories/speed.mdx'), join(dir, 'categories/favicon.mdx')),
    expect: [/categories\/favicon\.mdx: file name: "favicon" is an address the site already uses \(the file public\/favicon\.svg\)/],
  },
  {
    name: 'a category file whose name has spaces, capitals and accents',
    apply: (dir) => renameSync(join(dir, 'categories/speed.mdx'), join(dir, 'categories/Access Côntrol.mdx')),
    expect: [
      /categories\/Access Côntrol\.mdx: file name: "Access Côntrol" cannot be a web address\. Expected lowercase letters, digits and hyphens, such as "access-control\.mdx" \(rename the file\)\./,
    ],
  },
  {
    name: 'an unclosed frontmatter block',
    apply: replaceIn('categories/speed.mdx', /^---\n\n<Comparison>/m, '\n<Comparison>'),
    expect: [/categories\/speed\.mdx:1: frontmatter: the frontmatter block opened on line 1 is never closed/],
    not: [/missing/],
  },
  {
    name: 'an empty list file',
    apply: (dir) => writeFileSync(join(dir, 'history.yaml'), ''),
    expect: [/history\.yaml:1: the file is empty\. Expected a YAML list of changes to the guide/],
  },
  {
    name: 'a YAML syntax error',
    apply: replaceIn('guide.yaml', 'tagline:', 'tagline: : :\n  - bad'),
    expect: [/guide\.yaml:\d+(:\d+)?: not valid YAML/],
  },
  {
    name: 'a <Side> outside its <Comparison>',
    apply: replaceIn('categories/speed.mdx', '</Comparison>', '</Comparison>\n\n<Side service="alpha">\n\nStray.\n\n</Side>'),
    expect: [/categories\/speed\.mdx:\d+:\d+: <Side>: a <Side> stands outside any <Comparison>/],
    not: [/two elements with id/],
  },
  {
    name: 'a misspelled component',
    apply: replaceIn('categories/speed.mdx', '<Comparison>', '<Comparision>'),
    expect: [/categories\/speed\.mdx:\d+(:\d+)?: /],
    not: [/Expected component/],
  },
  {
    name: 'an unknown component, with the likely one named',
    apply: appendTo('categories/speed.mdx', '<Sied service="alpha" />'),
    expect: [/categories\/speed\.mdx:\d+:\d+: <Sied>: <Sied> is not a component of Guidepost \(did you mean <Side>\?\)/],
  },
  {
    name: 'a component used where it is not available',
    apply: appendTo('categories/speed.mdx', '<ConcernList />'),
    expect: [/categories\/speed\.mdx:\d+:\d+: <ConcernList>: <ConcernList> is not available in a category file\. Expected one of <Comparison>, <Side>\./],
  },
  {
    name: 'a list component inside prose of the introduction, where it is available only on its own line',
    apply: appendTo('introduction.mdx', '- First point\n\n  <ConcernList />'),
    expect: [/introduction\.mdx:\d+:\d+: <ConcernList>: <ConcernList> is nested inside other content\. Expected components only at the top level of the file/],
    not: [/not available/],
  },
  {
    name: 'a JavaScript expression',
    apply: appendTo('categories/speed.mdx', 'Two is {1 + 1}.'),
    expect: [
      /categories\/speed\.mdx:\d+:\d+: text: "\{1 \+ 1\}" is an expression, and guide content runs no code\. Expected a brace written \\\{ when it is meant as text/,
    ],
  },
  {
    name: 'an import line',
    apply: (dir) => replaceIn('categories/speed.mdx', /^---\n\n/m, "---\n\nimport X from './x.js';\n\n")(dir),
    expect: [/categories\/speed\.mdx:\d+:\d+: import: guide content cannot import or export code/],
  },
  {
    name: 'a script element',
    apply: appendTo('categories/speed.mdx', '<script>alert(1)</script>'),
    expect: [/categories\/speed\.mdx:\d+:\d+: <script>: <script> is HTML, which guide content may not contain/],
  },
  {
    name: 'an event-handler attribute',
    apply: replaceIn('categories/speed.mdx', '<Side service="alpha">', '<Side service="alpha" onload="alert(1)">'),
    expect: [/categories\/speed\.mdx:\d+(:\d+)?: <Side>: unknown attribute "onload"\. Expected only "service"\./],
  },
  {
    name: 'a javascript: link',
    apply: appendTo('categories/speed.mdx', '[Click](javascript:alert(1))'),
    expect: [/categories\/speed\.mdx:\d+:\d+: link: "javascript:alert\(1\)" is a "javascript:" link, which a guide may not contain/],
  },
  {
    name: 'a data: image',
    apply: appendTo('categories/speed.mdx', '![x](data:image/svg+xml;base64,PHN2Zz4=)'),
    expect: [/categories\/speed\.mdx:\d+:\d+: image: "data:image\/svg\+xml;base64,PHN2Zz4=" is an image from outside the site/],
  },
  {
    name: 'a link to a page that does not exist',
    apply: appendTo('categories/speed.mdx', 'See [the old page](/no-such-page/).'),
    // Line 28 column 5: the appended line, after the fixture's 26 lines and a blank one; the link opens after "See ".
    expect: [/categories\/speed\.mdx:28:5: link: "\/no-such-page\/" leads to no page of the site\. Expected the address of an existing page/],
  },
  {
    name: 'a link to a section that does not exist, with the likely one named',
    apply: appendTo('categories/speed.mdx', 'See [storage](/storage/#gama).'),
    expect: [/categories\/speed\.mdx:\d+:\d+: link: "\/storage\/#gama" names a section \/storage\/ does not have \(did you mean "#gamma"\?\)/],
  },
  {
    name: 'a relative link',
    apply: appendTo('categories/speed.mdx', 'See [storage](../storage/).'),
    expect: [/link: "\.\.\/storage\/" is a relative address/],
  },
  {
    name: 'a heading that would rank with the page’s own sections',
    apply: replaceIn('categories/speed.mdx', 'Alpha takes a day', '## Inside\n\nAlpha takes a day'),
    expect: [
      /categories\/speed\.mdx:\d+:\d+: heading: a level-2 heading \(##\) here would rank with the page's own sections\. Expected a heading of level 3 or deeper/,
    ],
  },
  {
    name: 'a placeholder from new:category left in place',
    apply: replaceIn('categories/speed.mdx', 'Alpha takes a day to find a pebble.', 'TODO: how Fixture Alpha handles speed.'),
    expect: [/categories\/speed\.mdx:\d+:\d+: placeholder: “TODO: how Fixture Alpha handles speed\.” is a placeholder left by npm run new:category/],
  },
  {
    name: 'a long placeholder in quotes, shown cut at a word with its quotes paired',
    apply: replaceIn(
      'categories/speed.mdx',
      'Alpha takes a day to find a pebble.',
      'Speed: "TODO: one line on how Fixture Alpha handles speed, throughput and latency under load"',
    ),
    expect: [/categories\/speed\.mdx:\d+:\d+: placeholder: “TODO: one line on how Fixture Alpha handles speed…” is a placeholder/],
  },
  {
    name: 'a glossary alias listed under two terms',
    apply: (dir) => writeFileSync(join(dir, 'glossary.yaml'), '- term: pebble\n  aliases: [stone]\n- term: polish\n  aliases: [Stone, shine]\n'),
    expect: [/glossary\.yaml:\d+: aliases: "Stone" is already listed for "pebble"/],
  },
  {
    name: 'a keyword given twice',
    apply: replaceIn('categories/speed.mdx', /^order: 2$/m, 'order: 2\nkeywords: [fast, Fast]'),
    expect: [/categories\/speed\.mdx:\d+: keywords\[1\]: .*"Fast" is listed twice/],
  },
  {
    name: 'an HTML line break',
    apply: replaceIn('categories/speed.mdx', 'Alpha takes a day to find a pebble.', 'Alpha takes a day<br>to find a pebble.'),
    expect: [
      /categories\/speed\.mdx:13:\d+: <br>: <br> is HTML, which guide content may not contain\. Expected Markdown instead: a line break written as a backslash/,
    ],
    not: [/parse|micromark|acorn|end of `paragraph`/],
  },
  {
    name: 'a comparison left open at the end of the file',
    apply: replaceIn('categories/speed.mdx', '</Comparison>', ''),
    expect: [/categories\/speed\.mdx:10:1: <Comparison>: <Comparison> is opened here and never closed\. Expected <\/Comparison> after its content/],
  },
  {
    name: 'an attribute value without quotes, on a line after a long frontmatter',
    apply: replaceIn('categories/speed.mdx', '<Side service="beta">', '<Side service=beta>'),
    expect: [/categories\/speed\.mdx:16:1: tag: an attribute value is not in quotes\. Expected attributes written name="value"/],
  },
  {
    name: 'an image that is not in the guide’s folder',
    apply: appendTo('categories/speed.mdx', '![The pebble flow](../images/missing.svg)'),
    expect: [
      /categories\/speed\.mdx:\d+:\d+: image: "\.\.\/images\/missing\.svg" is not there \(looked for .*images\/missing\.svg\)\. Expected the path of an image file, relative to this file/,
    ],
  },
  {
    name: 'an image outside the guide’s folder',
    apply: appendTo('categories/speed.mdx', '![Secrets](../../../etc/passwd.svg)'),
    expect: [/categories\/speed\.mdx:\d+:\d+: image: "\.\.\/\.\.\/\.\.\/etc\/passwd\.svg" points outside the guide's folder/],
  },
  {
    name: 'a link example taken from the author’s own guide',
    apply: appendTo('categories/speed.mdx', 'See [storage](javascript:alert(1)).'),
    expect: [
      /categories\/speed\.mdx:\d+:\d+: link: "javascript:alert\(1\)" is a "javascript:" link, which a guide may not contain\. Expected .*such as "\/speed\/#alpha"/,
    ],
    not: [/log-retention|cloudtrail/],
  },
];

describe('what authors write that is not a mistake', () => {
  const valid = async (apply: (dir: string) => void) =>
    (await validate(contentCopy(apply))).guides[0]!.guide.categories.find((category) => category.slug === 'speed')!;
  it('comments, in MDX’s form and HTML’s, are dropped, and a TODO: in them is the author’s own business', async () => {
    const speed = await valid(
      replaceIn(
        'categories/speed.mdx',
        'Alpha takes a day to find a pebble.',
        '{/* TODO: check the figure */}\nAlpha takes a day <!-- about --> to find a pebble.\n\n<!--\nTODO: a longer note\n-->',
      ),
    );
    const text = speed.sides[0]!.fragment.text;
    assert.equal(text, 'Alpha takes a day to find a pebble.');
  });
  it('a brace escaped as \\{ is text, and comment-like text inside code stays as written', async () => {
    const speed = await valid(replaceIn('categories/speed.mdx', 'Alpha takes a day to find a pebble.', 'Write \\{ and `<!-- x -->` as they are.'));
    assert.equal(speed.sides[0]!.fragment.text, 'Write { and <!-- x --> as they are.');
  });
  it('GFM: autolinks, task lists, strikethrough, footnotes and tables are compiled, in a side too', async () => {
    const speed = await valid(
      replaceIn(
        'categories/speed.mdx',
        'Alpha takes a day to find a pebble.',
        'See www.example.com and ~~old~~ news.[^1]\n\n- [x] done\n- [ ] to do\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n[^1]: A note.',
      ),
    );
    const html = JSON.stringify(speed.sides[0]!.fragment.hast);
    for (const part of ['"href":"http://www.example.com"', '"tagName":"del"', '"type":"checkbox"', '"tagName":"table"', '"dataFootnoteRef"'])
      assert.ok(html.includes(part), part);
    assert.ok(
      speed.body.some((block) => block.kind === 'footnotes'),
      'the notes end the page',
    );
  });
  it('one file that cannot be parsed gets one message: the decision rules citing it are not blamed', async () => {
    const messages = await mistakesIn(
      contentCopy(replaceIn('categories/log-retention.mdx', '<Side service="cloudwatch">', '<Side service="cloudwatch"'), realGuide),
    );
    assert.equal(messages.length, 1, messages.join('\n'));
    assert.match(messages[0]!, /log-retention\.mdx:\d+:1: tag: a tag is not finished/);
  });
});

describe('the catalogue of author mistakes', () => {
  it('the unedited guides validate, so each failure below is caused by its one mistake', async () => {
    assert.equal((await validate(contentCopy())).guides[0]!.guide.categories.length, 2);
    assert.equal((await validate(realGuide)).guides[0]!.guide.categories.length, 13);
  });

  for (const mistake of catalogue) {
    it(`${mistake.name} is refused, naming file, place and fix`, async () => {
      const messages = await mistakesIn(contentCopy(mistake.apply, mistake.source));
      for (const pattern of mistake.expect) {
        assert.ok(
          messages.some((message) => (typeof pattern === 'string' ? message.includes(pattern) : pattern.test(message))),
          `no message matches ${pattern}:\n${messages.join('\n')}`,
        );
      }
      // A place is a real line: line 0 would send the author to no line at all.
      for (const message of messages) assert.doesNotMatch(message, /^[^:]+:0(:|\b)/, 'a message gives line 0');
      for (const pattern of mistake.not ?? [])
        assert.ok(!messages.some((message) => pattern.test(message)), `a message matches ${pattern}:\n${messages.join('\n')}`);
    });
  }
});

describe('the real guide', () => {
  const real = (apply: (dir: string) => void) => mistakesIn(contentCopy(apply, realGuide));
  it('a misspelled frontmatter key names the file, the line and the keys that would work', async () => {
    assert.ok(
      (await real(replaceIn('categories/log-retention.mdx', /^title:/m, 'tittle:'))).some((message) =>
        /^content\/categories\/log-retention\.mdx:2: tittle: unknown key "tittle" \(did you mean "title"\?\)/.test(message.replace(/^.*content\//, 'content/')),
      ),
    );
  });
  it('a decision rule citing a category that does not exist names the rule and its line', async () => {
    const messages = await real(replaceIn('decision.yaml', 'cites: [log-retention#cloudwatch]', 'cites: [log-retension#cloudwatch]'));
    assert.ok(
      messages.some((message) =>
        /decision\.yaml:\d+: rules\[5\]\.cites\[0\]: "log-retension" is not a category\. Expected a category slug such as/.test(message),
      ),
      messages.join('\n'),
    );
  });
  it('a decision rule citing a section that does not exist lists the sections there are', async () => {
    const messages = await real(replaceIn('decision.yaml', 'cites: [log-retention#cloudwatch]', 'cites: [log-retention#cloudwach]'));
    assert.ok(
      messages.some((message) =>
        /decision\.yaml:\d+: rules\[5\]\.cites\[0\]: the category "log-retention" has no section "cloudwach"\. Expected one of its sections: "cloudtrail", "cloudwatch"/.test(
          message,
        ),
      ),
      messages.join('\n'),
    );
  });
  it('a decision rule with an answer its question does not offer names the valid answers', async () => {
    const messages = await real(replaceIn('decision.yaml', 'when: { accounts: "yes" }', 'when: { accounts: "many" }'));
    assert.ok(
      messages.some((message) =>
        /decision\.yaml:\d+: rules\[9\]\.when\.accounts: "many" is not an answer of question "accounts"\. Expected one of "yes", "no"\./.test(message),
      ),
      messages.join('\n'),
    );
  });
  it('several mistakes are all reported at once', async () => {
    const messages = await real((dir) => {
      replaceIn('categories/integration.mdx', '<Side service="cloudwatch">', '<Side service="cloudwach">')(dir);
      replaceIn('categories/log-retention.mdx', /^order: 5$/m, 'order: 4')(dir);
    });
    assert.ok(
      messages.some((message) => message.includes('"cloudwach" is not a service of this guide')),
      messages.join('\n'),
    );
    assert.ok(
      messages.some((message) => message.includes('order: 4 is also the order of')),
      messages.join('\n'),
    );
  });
});

describe('encodings', () => {
  it('a byte-order mark and Windows line ends are accepted in every kind of content file', async () => {
    const dir = contentCopy((copy) => {
      for (const file of ['guide.yaml', 'resources.yaml', 'history.yaml', 'introduction.mdx', 'categories/speed.mdx']) {
        replaceIn(file, /^/, '\uFEFF')(copy);
        replaceIn(file, /\n/g, '\r\n')(copy);
      }
    });
    const site = await validate(dir);
    assert.equal(site.guides[0]!.guide.resources.length, 3);
    assert.equal(site.guides[0]!.guide.categories.find((category) => category.slug === 'speed')?.sides.length, 3);
  });
  it('a content folder with a stray sub-folder or hidden file in categories is read as before', async () => {
    const dir = contentCopy((copy) => {
      mkdirSync(join(copy, 'categories/drafts'));
      writeFileSync(join(copy, 'categories/.DS_Store'), '');
    });
    assert.equal((await validate(dir)).guides[0]!.guide.categories.length, 2);
  });
  it('a missing required file names the file and what it holds', async () => {
    const messages = await mistakesIn(contentCopy((copy) => rmSync(join(copy, 'resources.yaml'))));
    assert.ok(
      messages.some((message) => /resources\.yaml: the file is missing\. Expected resources\.yaml with the getting-started resources/.test(message)),
      messages.join('\n'),
    );
  });
});

describe('the cause comes first, without its echoes', () => {
  it('a misspelled key is reported once, as the misspelling, and files that name the category say nothing', async () => {
    const messages = await mistakesIn(contentCopy(replaceIn('categories/log-retention.mdx', /^title:/m, 'tittle:'), realGuide));
    assert.deepEqual(
      messages.map((message) => message.replace(/^.*content\//, 'content/')),
      [
        'content/categories/log-retention.mdx:2: tittle: unknown key "tittle" (did you mean "title"?); the keys allowed here are: title, order, slug, formerSlugs, group, keywords, glance, summary. Expected only the keys listed.',
      ],
    );
  });

  it('a misspelled side is reported in its file, and the decision rules that cite that side say nothing', async () => {
    const messages = await mistakesIn(
      contentCopy(replaceIn('categories/cost-considerations.mdx', '<Side service="cloudwatch">', '<Side service="cloudwach">'), realGuide),
    );
    assert.deepEqual(
      messages.map((message) => message.replace(/^.*content\//, 'content/')),
      [
        'content/categories/cost-considerations.mdx:16:1: <Side service="cloudwach">: "cloudwach" is not a service of this guide. Expected one of "cloudtrail", "cloudwatch".',
      ],
    );
  });
});
