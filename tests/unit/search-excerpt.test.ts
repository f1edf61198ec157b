import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { markWords, repeats, type Excerpt } from '../../src/browser/search/excerpt.ts';
import { searchDocuments, sentence } from '../../src/search/documents.ts';
import { realGuide } from '../support/content-copy.ts';
import { validate } from '../support/load.ts';

const marked = (excerpt: Excerpt) => excerpt.filter((part) => part.mark).map((part) => part.text);
const text = (excerpt: Excerpt) => excerpt.map((part) => part.text).join('');

describe('search excerpts', () => {
  it('marks a matched word’s letters, not the punctuation around it', () => {
    const words = 'Set the (retention, period) of “retention.”'.split(' ');
    const excerpt = markWords(words, [2, 5], [0, words.length - 1]);
    assert.deepEqual(marked(excerpt), ['retention', 'retention']);
    assert.equal(text(excerpt), words.join(' '));
  });
  it('keeps a word that is all punctuation unmarked and the text whole', () => {
    const excerpt = markWords(['a', '—', 'b'], [1], [0, 2]);
    assert.deepEqual(marked(excerpt), []);
    assert.equal(text(excerpt), 'a — b');
  });
  it('knows when a section’s passage is the page’s own, so it is not shown twice', () => {
    assert.equal(repeats([40, 63], [40, 63]), true);
    assert.equal(repeats([40, 63], [50, 73]), true);
    assert.equal(repeats([0, 23], [60, 83]), false);
  });
});

const documents = searchDocuments(await validate(realGuide));

describe('search documents', () => {
  it('end each line of data as a sentence', () => {
    assert.equal(sentence('Retention set per log group'), 'Retention set per log group.');
    assert.equal(sentence('Keeps 90 days.'), 'Keeps 90 days.');
  });
  it('never glue a label to the text after it (“CloudTrail:Charges”)', () => {
    for (const document of documents) {
      const glued = document.html.match(/<\/(?:dt|dd|p|li|h\d)><(?:dt|dd)>/);
      assert.equal(glued, null, `${document.url}: ${glued?.[0]}`);
      // A label ends a paragraph ("… kann CloudWatch:" before a list) or is followed by a space, never by text.
      assert.doesNotMatch(document.html, /\b(?:CloudTrail|CloudWatch):[^\s<]/, document.url);
    }
  });
  it('write a category’s at-a-glance lines as sentences naming their service', () => {
    const category = documents.find((document) => document.url === '/log-retention/')!;
    assert.match(category.html, /<p>CloudWatch: [^<]+\.<\/p>/);
  });
});
