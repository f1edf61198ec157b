import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { categorySchema } from '../../src/guide/schemas/category.ts';
import { guideSchema } from '../../src/guide/schemas/guide.ts';
import { historyEntrySchema } from '../../src/guide/schemas/history.ts';
import { resourceSchema } from '../../src/guide/schemas/resource.ts';

// Every schema message is an expectation ("expected …"): the content error turns it into "found X. Expected …".
const messages = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  (result.error?.issues ?? []).map((issue) => `${issue.path.join('.')}: ${issue.message}`);

const category = { title: 'Log retention', order: 5, glance: { cloudtrail: 'a', cloudwatch: 'b' } };

describe('category frontmatter', () => {
  it('accepts a well-formed category and defaults the lists', async () => {
    const parsed = categorySchema.parse(category);
    assert.deepEqual([parsed.formerSlugs, parsed.keywords], [[], []]);
  });
  it('names a misspelled key and lists the keys that would work', async () => {
    const { title, ...rest } = category;
    const errors = messages(categorySchema.safeParse({ ...rest, tittle: title }));
    assert.ok(errors.includes('title: expected the category title as text'), errors.join('\n'));
    assert.ok(
      errors.some((line) => line.includes('the keys allowed here are: title, order, slug')),
      errors.join('\n'),
    );
  });
  it('rejects an empty at-a-glance entry', async () => {
    assert.deepEqual(messages(categorySchema.safeParse({ ...category, glance: { cloudtrail: '  ', cloudwatch: 'b' } })), [
      'glance.cloudtrail: expected one line of text for the at-a-glance table; it cannot be empty',
    ]);
  });
  it('rejects an order that is not a whole number', async () => {
    assert.deepEqual(messages(categorySchema.safeParse({ ...category, order: 1.5 })), ['order: expected a whole number']);
  });
  it('rejects a slug with capitals or spaces', async () => {
    assert.match(messages(categorySchema.safeParse({ ...category, slug: 'Log Retention' }))[0] ?? '', /^slug: expected lowercase letters, digits and hyphens/);
  });
  it('rejects a keyword listed twice, whatever its case', async () => {
    assert.match(
      messages(categorySchema.safeParse({ ...category, keywords: ['bill', 'Bill'] }))[0] ?? '',
      /^keywords\.1: expected each of the keywords once; "Bill" is listed twice/,
    );
  });
});

describe('guide metadata', () => {
  const service = (id: string) => ({ id, name: id, shortName: id, summary: 's', docs: 'https://example.com', features: ['f'] });
  const guide = {
    title: 't',
    tagline: 't',
    purpose: 'p',
    lastUpdated: '2024-09-20',
    services: [service('a'), service('b')],
    concerns: [{ name: 'n', description: 'd' }],
    glanceIntro: 'g',
    categoriesIntro: 'c',
    gettingStartedIntro: 'g',
    historyIntro: 'h',
    vendor: 'v',
  };
  it('reads the last-updated day as UTC midnight', async () => {
    assert.equal(guideSchema.parse(guide).lastUpdated.toISOString(), '2024-09-20T00:00:00.000Z');
  });
  it('rejects two services with the same id', async () => {
    assert.deepEqual(messages(guideSchema.safeParse({ ...guide, services: [service('a'), service('a')] })), [
      'services.1.id: expected a different id for each service; "a" is used twice',
    ]);
  });
  it('needs at least two services to compare', async () => {
    assert.deepEqual(messages(guideSchema.safeParse({ ...guide, services: [service('a')] })), [
      'services: expected at least two services: a decision guide compares services',
    ]);
  });
});

describe('resources and history', () => {
  const resource = { service: 'cloudtrail', title: 't', description: 'd', kind: 'guide', url: 'https://docs.aws.amazon.com/x.html' };
  it('rejects a malformed URL', async () => {
    assert.match(messages(resourceSchema.safeParse({ ...resource, url: 'docs.aws.amazon.com/x' }))[0] ?? '', /^url: expected an absolute http\(s\) URL/);
  });
  it('rejects an unknown kind, naming the allowed ones', async () => {
    assert.deepEqual(messages(resourceSchema.safeParse({ ...resource, kind: 'video' })), ['kind: expected one of: guide, tutorial']);
  });
  it('rejects a history date that is not a date', async () => {
    assert.deepEqual(messages(historyEntrySchema.safeParse({ change: 'c', description: 'd', date: 'last Tuesday' })), [
      'date: expected a date written as YYYY-MM-DD, such as 2024-09-20',
    ]);
  });
});
