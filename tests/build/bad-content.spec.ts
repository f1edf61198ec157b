import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { buildCopy } from '../support/build.ts';

/**
 * The catalogue of mistakes an author makes. Each one is a small edit to a copy of the three-service
 * fixture guide, and each must stop the build with a message that names the file, the field (or line)
 * and what would fix it, leaving no site behind.
 */
const fixture = resolve(import.meta.dirname, '../fixtures/three-services');

const edit = (file: string, from: string | RegExp, to: string) => (dir: string) => {
  const path = join(dir, file);
  const before = readFileSync(path, 'utf8');
  const after = before.replace(from, to);
  if (after === before) throw new Error(`fixture edit did not apply to ${file}`);
  writeFileSync(path, after);
};

interface Mistake {
  name: string;
  apply: (dir: string) => void;
  /** Every pattern must appear in the build's output. */
  expect: (string | RegExp)[];
}

const catalogue: Mistake[] = [
  {
    name: 'a missing title',
    apply: edit('categories/storage.mdx', /^title: Storage\n/m, ''),
    expect: ['categories/storage.mdx', /title: expected the category title as text/],
  },
  {
    name: 'a misspelled frontmatter key',
    apply: edit('categories/storage.mdx', /^summary:/m, 'sumary:'),
    expect: ['categories/storage.mdx', 'unknown key "sumary"; the keys allowed here are: title, order, slug, formerSlugs, glance, summary'],
  },
  {
    name: 'an unknown service id in a side',
    apply: edit('categories/speed.mdx', '<Side service="gamma">', '<Side service="gama">'),
    expect: [/categories\/speed\.mdx:\d+: <Side service="gama">: "gama" is not a service of this guide\. Expected one of "alpha", "beta", "gamma"\./],
  },
  {
    name: 'a comparison missing a side',
    apply: edit('categories/speed.mdx', /<Side service="beta">[\s\S]*?<\/Side>\n/, ''),
    expect: [/categories\/speed\.mdx:\d+: <Comparison>: no <Side service="beta"> found \(found: "alpha", "gamma"\)\. Expected one <Side> for each service: "alpha", "beta", "gamma"\./],
  },
  {
    name: 'a side given twice',
    apply: edit('categories/speed.mdx', '<Side service="gamma">', '<Side service="alpha">'),
    expect: [/categories\/speed\.mdx:\d+: <Comparison>: <Side service="alpha"> appears 2 times/],
  },
  {
    name: 'an at-a-glance line missing for one service',
    apply: edit('categories/speed.mdx', /^  beta: Quick\n/m, ''),
    expect: [/categories\/speed\.mdx: glance\.beta: the at-a-glance entry for this service is missing\. Expected one line of text for every service: "alpha", "beta", "gamma"\./],
  },
  {
    name: 'an at-a-glance entry left empty',
    apply: edit('categories/speed.mdx', /^  beta: Quick$/m, '  beta: ""'),
    expect: ['categories/speed.mdx', 'glance.beta: the at-a-glance entry cannot be empty'],
  },
  {
    name: 'two categories with the same slug',
    apply: edit('categories/speed.mdx', /^order: 2$/m, 'order: 2\nslug: storage'),
    expect: [/categories\/(speed|storage)\.mdx: (slug|file name): the address "\/storage\/" is also claimed by .*categories\/(storage|speed)\.mdx\. Expected every category slug and former slug to be unique\./],
  },
  {
    name: 'two categories with the same order',
    apply: edit('categories/speed.mdx', /^order: 2$/m, 'order: 1'),
    expect: [/categories\/(speed|storage)\.mdx: order: 1 is also the order of .*categories\/(storage|speed)\.mdx\. Expected a different whole number for each category\./],
  },
  {
    name: 'a resource with a malformed URL',
    apply: edit('resources.yaml', 'url: https://example.com/beta/tutorial', 'url: example.com/beta/tutorial'),
    expect: ['resources.yaml, item 2', /url: expected an absolute http\(s\) URL/],
  },
  {
    name: 'a history date that is not a date',
    apply: edit('history.yaml', 'date: 2025-01-15', 'date: 15 January 2025'),
    expect: ['history.yaml, item 1', 'date: expected a date written as YYYY-MM-DD, such as 2024-09-20'],
  },
  {
    name: 'an MDX syntax error',
    apply: edit('categories/speed.mdx', '<Side service="beta">', '<Side service="beta"'),
    expect: [/categories\/speed\.mdx:\d+:\d+/, /Unexpected character/],
  },
  {
    name: 'a category slug that takes one of the site’s own addresses',
    apply: edit('categories/speed.mdx', /^order: 2$/m, 'order: 2\nslug: search'),
    expect: [/categories\/speed\.mdx: slug: "search" is an address the site already uses\. Expected a slug other than/],
  },
];

test.describe('the catalogue of bad content', () => {
  test('the unedited fixture builds, so each failure below is caused by its one mistake', () => {
    const result = buildCopy(undefined, { source: fixture });
    expect(result.status, result.output).toBe(0);
  });

  for (const mistake of catalogue) {
    test(`${mistake.name} fails the build with a clear message and no site`, () => {
      const result = buildCopy(mistake.apply, { source: fixture });
      expect(result.status).not.toBe(0);
      for (const pattern of mistake.expect) {
        if (typeof pattern === 'string') expect(result.output).toContain(pattern);
        else expect(result.output).toMatch(pattern);
      }
      expect(existsSync(result.dist), 'no site is left behind').toBe(false);
      expect(existsSync(`${result.dist}.partial`), 'no half-built site is left behind').toBe(false);
    });
  }
});

test('a failed build leaves the previous site exactly as it was', () => {
  const good = buildCopy(undefined, { source: fixture });
  expect(good.status, good.output).toBe(0);
  const before = readFileSync(join(good.dist, 'storage/index.html'), 'utf8');
  const bad = buildCopy(catalogue[0]!.apply, { source: fixture, dist: good.dist });
  expect(bad.status).not.toBe(0);
  expect(bad.output).toContain(`${good.dist} still holds the previous build`);
  expect(readFileSync(join(good.dist, 'storage/index.html'), 'utf8')).toBe(before);
  expect(existsSync(`${good.dist}.partial`)).toBe(false);
});

test.describe('the real guide', () => {
  test('a misspelled frontmatter key in a category names the file and the keys that would work', () => {
    const result = buildCopy(edit('categories/log-retention.mdx', /^title:/m, 'tittle:'));
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('categories/log-retention.mdx');
    expect(result.output).toMatch(/unknown key "tittle"; the keys allowed here are: title, order/);
  });

  test('a decision rule citing a category that does not exist names the rule and the fix', () => {
    const result = buildCopy(edit('decision.yaml', 'cites: [log-retention#cloudwatch]', 'cites: [log-retension#cloudwatch]'));
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(/content\/decision\.yaml: rules\[5\]\.cites\[0\]: "log-retension" is not a category\. Expected a category slug such as/);
  });

  test('a decision rule citing a section that does not exist fails the link check, naming decision.yaml', () => {
    const result = buildCopy(edit('decision.yaml', 'cites: [log-retention#cloudwatch]', 'cites: [log-retention#cloudwach]'));
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(/page \/decide\/ \(from .*decision\.yaml\) links to "\/log-retention\/#cloudwach", but \/log-retention\/ has no section with id "cloudwach"/);
  });

  test('a decision rule with an answer its question does not offer names the valid answers', () => {
    const result = buildCopy(edit('decision.yaml', 'when: { accounts: "yes" }', 'when: { accounts: "many" }'));
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(/decision\.yaml: rules\[9\]\.when\.accounts: "many" is not an answer of question "accounts"\. Expected one of "yes", "no"\./);
  });

  test('an unknown service id in a <Side> names file, line and the valid ids', () => {
    const result = buildCopy(edit('categories/integration.mdx', '<Side service="cloudwatch">', '<Side service="cloudwach">'));
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(/categories\/integration\.mdx:\d+: <Side service="cloudwach">: "cloudwach" is not a service of this guide\. Expected one of "cloudtrail", "cloudwatch"/);
  });
});
