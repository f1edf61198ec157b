import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decisionMessages, englishDecisionMessages, recommendationHeadline } from '../../src/browser/decision/rules.ts';
import { planQuery, vocabulary } from '../../src/browser/search/query.ts';
import { englishStatusMessages, statusMessages } from '../../src/browser/search/status-messages.ts';
import { fill, plural } from '../../src/i18n/ui/format.ts';
import { uiStrings } from '../../src/i18n/ui/index.ts';
import { searchLanguage } from '../../src/search/words.ts';

describe('search in German', () => {
  const { lightStem, stopWords } = searchLanguage('de');
  const vocab = vocabulary({
    language: 'de',
    messages: uiStrings('de').searchUi,
    words: Object.fromEntries(['protokolle', 'aufbewahrung', 'dienst', 'kosten', 'cloudtrail', 'cloudwatch'].map((word) => [word, 2])),
    glossary: [],
    pages: 5,
    services: [
      { id: 'cloudtrail', name: 'AWS CloudTrail' },
      { id: 'cloudwatch', name: 'Amazon CloudWatch' },
    ],
  });
  const words = (query: string) =>
    planQuery(query, vocab).concepts.map((concept) => concept.alternatives.map((alternative) => alternative.words.join('+')).join('|'));

  it('stems endings lightly, umlauts kept', () => {
    assert.deepEqual(['protokollen', 'protokolls', 'dienstes', 'speichern', 'speicher', 'ereignisse', 'änderungen', 'status', 'daten'].map(lightStem), [
      'protokoll',
      'protokoll',
      'dienst',
      'speich',
      'speich',
      'ereignis',
      'änderung',
      'status',
      'daten',
    ]);
  });
  it('leaves out German words that carry no meaning, and finds inflected ones', () => {
    assert.ok(['der', 'und', 'für', 'über', 'welche'].every((word) => stopWords.has(word)));
    assert.deepEqual(words('was ist mit der Aufbewahrung der Protokollen'), ['aufbewahrung', 'protokolle']);
  });
  it('knows a German question that asks which service to choose', () => {
    assert.equal(planQuery('cloudtrail oder cloudwatch, was brauche ich?', vocab).choosing, true);
    assert.equal(planQuery('kosten von cloudtrail', vocab).choosing, false);
  });
});

describe('what the browser says', () => {
  it('falls back to the English catalogue’s own words when a page carries none', () => {
    assert.deepEqual(englishStatusMessages, statusMessages(uiStrings('en')));
    assert.deepEqual(englishDecisionMessages, decisionMessages(uiStrings('en')));
  });
  it('counts in each language’s plural forms', () => {
    const { results } = uiStrings('en').searchUi;
    assert.equal(plural(results, 1, 'en', { query: '“x”', shown: '' }), '1 result for “x”.');
    assert.equal(
      plural(results, 21, 'en', { query: '“x”', shown: fill(uiStrings('en').searchUi.shown, { count: 20 }) }),
      '21 results for “x” (showing the first 20).',
    );
    assert.equal(plural(uiStrings('ar').searchUi.results, 2, 'ar', { query: '«x»', shown: '' }), 'نتيجتان لـ «x».');
  });
  it('names the services to use in the page’s language', () => {
    const services = ['a', 'b', 'c'].map((id) => ({ id, name: id.toUpperCase() }));
    const rule = { row: undefined as unknown as HTMLTableRowElement, when: {}, recommend: ['a', 'b', 'c'] };
    assert.equal(recommendationHeadline([rule], services, 1), 'Use A, B and C together.');
    assert.equal(recommendationHeadline([rule], services, 1, decisionMessages(uiStrings('de'))), 'Verwenden Sie A, B und C zusammen.');
  });
});
