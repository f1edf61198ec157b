import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { assembleGuide } from '../../src/lib/assemble.ts';
import { categorySchema } from '../../src/schemas/category.ts';

const meta = {
  title: 't', tagline: 't', purpose: 'p', lastUpdated: new Date('2024-09-20'), concerns: [], glanceIntro: '', categoriesIntro: '',
  gettingStartedIntro: '', historyIntro: '', vendor: 'v',
  services: ['cloudtrail', 'cloudwatch'].map((id) => ({ id, name: id, shortName: id, summary: '', docs: 'https://example.com', features: [] })),
};
const category = (file: string, data: Record<string, unknown> = {}) => ({
  file,
  entry: null,
  data: categorySchema.parse({ title: file, order: 1, glance: { cloudtrail: 'a', cloudwatch: 'b' }, ...data }),
});
const assemble = (categories: ReturnType<typeof category>[], resources: { file: string; data: { service: string } }[] = []) =>
  assembleGuide({ meta, metaFile: 'content/guide.yaml', categories, history: [], resources: resources as never });

describe('assembleGuide', () => {
  it('orders categories and derives slugs from file names', () => {
    const guide = assemble([category('content/categories/b.mdx', { order: 2 }), category('content/categories/a.mdx', { order: 1, slug: 'first' })]);
    assert.deepEqual(guide.categories.map((c) => c.slug), ['first', 'b']);
  });
  it('rejects an at-a-glance key that is not a service', () => {
    assert.throws(() => assemble([category('x.mdx', { glance: { cloudtrail: 'a', cloudwatch: 'b', cloudwach: 'c' } })]), {
      message: 'x.mdx: glance.cloudwach: "cloudwach" is not a service of this guide. Expected one of "cloudtrail", "cloudwatch".',
    });
  });
  it('rejects a category missing one side of the table', () => {
    assert.throws(() => assemble([category('x.mdx', { glance: { cloudtrail: 'a' } })]), {
      message: /^x\.mdx: glance\.cloudwatch: the at-a-glance entry for this service is missing/,
    });
  });
  it('rejects two categories with the same slug, naming both files', () => {
    assert.throws(() => assemble([category('a.mdx', { slug: 'same' }), category('b.mdx', { slug: 'same', order: 2 })]), {
      message: /^b\.mdx: slug: the address "\/same\/" is also claimed by a\.mdx/,
    });
  });
  it('rejects two categories with the same order', () => {
    assert.throws(() => assemble([category('a.mdx'), category('b.mdx')]), { message: /^b\.mdx: order: 1 is also the order of a\.mdx/ });
  });
  it('rejects a slug the site already uses for its own pages', () => {
    assert.throws(() => assemble([category('content/categories/search.mdx')]), { message: /search\.mdx: file name: "search" is an address the site already uses/ });
  });
  it('rejects a former slug that takes one of the site’s own addresses', () => {
    assert.throws(() => assemble([category('a.mdx', { formerSlugs: ['decide'] })]), { message: /^a\.mdx: formerSlugs: "decide" is an address the site already uses/ });
  });
  it('rejects a resource for an unknown service', () => {
    assert.throws(() => assemble([category('a.mdx')], [{ file: 'resources.yaml, item 2', data: { service: 'xray' } }]), {
      message: /^resources\.yaml, item 2: service: "xray" is not a service of this guide/,
    });
  });
});
