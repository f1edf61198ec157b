// A category's outline is the one list of its sections: the page's contents list, guide.json, the decision
// rules' citations and the link check all read it, so these tests pin what it holds and in which order.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { categoryOutline, categorySections, citation } from '../../src/guide/index.ts';
import { validate } from '../support/load.ts';

const site = await validate('tests/fixtures/messaging');
const { guide } = site.guides[0]!;
const category = guide.categories.find((candidate) => candidate.slug === 'delivery-model')!;

describe('a category outline', () => {
  it('lists each side under its service name, with the headings written inside it', () => {
    const outline = categoryOutline(category, guide.services);
    const sqs = outline.findIndex((entry) => entry.id === 'sqs');
    assert.deepEqual(outline[sqs], { depth: 2, id: 'sqs', text: 'Amazon Simple Queue Service (SQS)' });
    assert.equal(outline[sqs + 1]!.text, 'Pull, with competing consumers');
    assert.equal(outline[sqs + 1]!.depth, 3);
  });

  it('ends with the summary, when the category has one', () => {
    const summarised = guide.categories.find((candidate) => candidate.summary)!;
    const ids = categoryOutline(summarised, guide.services).map((entry) => entry.id);
    assert.equal(ids.filter((id) => id === 'summary').length, 1);
    assert.ok(ids.indexOf('summary') > ids.indexOf(guide.services.at(-1)!.id));
  });

  it('holds every id the page gives a section, and no other', () => {
    const ids = categorySections(category);
    assert.equal(new Set(ids).size, ids.length, 'an id appears twice');
    for (const service of guide.services) assert.ok(ids.includes(service.id), `no section for ${service.id}`);
  });
});

describe('a citation of a section', () => {
  it('is named by the heading the page shows, for a side and for a heading written in prose', () => {
    assert.equal(citation('delivery-model#sqs', guide.categories, guide.services).name, 'Delivery and consumer model: Amazon Simple Queue Service (SQS)');
    const heading = categoryOutline(category, guide.services).find((entry) => entry.depth === 3)!;
    assert.equal(citation(`delivery-model#${heading.id}`, guide.categories, guide.services).name, `Delivery and consumer model: ${heading.text}`);
  });

  it('of a whole category is named by its title', () => {
    assert.deepEqual(citation('delivery-model', guide.categories, guide.services), {
      slug: 'delivery-model',
      section: undefined,
      name: 'Delivery and consumer model',
    });
  });
});
