import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { planQuery, vocabulary } from '../../src/browser/search/query.ts';
import { en } from '../../src/i18n/ui/en.ts';
import { editDistance, indexWords, searchLanguage, tokenize } from '../../src/search/words.ts';

const { lightStem } = searchLanguage('en');
const vocab = vocabulary({
  language: 'en',
  messages: en.searchUi,
  words: Object.fromEntries(
    [
      'cloudtrail',
      'cloudwatch',
      'monitoring',
      'retention',
      'logs',
      'log',
      'group',
      'real',
      'time',
      'realtime',
      'cost',
      'alarm',
      'serverless',
      'events',
      'history',
      'days',
      'queries',
      'the',
      'find',
      'look',
    ]
      .map((word) => [word, 3])
      .concat([['alarms', 5]]),
  ),
  glossary: [
    ['cost', 'spend', 'price'],
    ['alarm', 'page me', 'alert'],
  ],
  pages: 10,
  services: [
    { id: 'cloudtrail', name: 'AWS CloudTrail' },
    { id: 'cloudwatch', name: 'Amazon CloudWatch' },
  ],
});
const plan = (query: string, options = {}) => planQuery(query, vocab, options);
const words = (query: string) => plan(query).concepts.map((concept) => concept.alternatives.map((alternative) => alternative.words.join('+')).join('|'));

describe('reading a query', () => {
  it('leaves out words that carry no meaning, and keeps the ones that do', async () => {
    assert.deepEqual(words('how many days of history does CloudTrail show'), ['days', 'history', 'cloudtrail']);
  });
  it('searches a query of common words only as it is', async () => {
    assert.deepEqual(words('the'), ['the']);
  });
  it('finds an inflected word as the index holds it', async () => {
    // alarming → the commonest indexed word of the same stem.
    assert.deepEqual(words('alarming query'), ['alarms', 'queries']);
  });
  it('corrects a misspelled word against the guide’s words, and says so', async () => {
    const result = plan('montoring retension');
    assert.deepEqual(result.corrections, [
      { typed: 'montoring', shown: 'monitoring' },
      { typed: 'retension', shown: 'retention' },
    ]);
    assert.deepEqual(result.unknown, []);
  });
  it('keeps the reader’s spelling when asked to, naming the word no page holds', async () => {
    const result = plan('montoring', { asTyped: true });
    assert.deepEqual([result.concepts, result.unknown], [[], ['montoring']]);
  });
  it('never replaces an unknown word by a shorter one, and names it', async () => {
    const result = plan('azure monitoring');
    assert.deepEqual([result.unknown, words('azure monitoring')], [['azure'], ['monitoring']]);
  });
  it('does not take a different word for a typo of a word it only extends', async () => {
    // "server" is not "serve" misspelled; it begins "serverless", which the index holds.
    assert.deepEqual(plan('server').concepts[0]?.alternatives, [{ words: ['server'], via: 'prefix' }]);
  });
  it('finds the guide’s term for a reader’s word, and the reader’s word itself where the index holds it', async () => {
    assert.deepEqual(words('spend'), ['cost']);
    assert.equal(plan('spend').concepts[0]?.glossary, true);
    assert.deepEqual(words('page me'), [
      'alarm|alert'
        .split('|')
        .filter((word) => vocab.words.has(word))
        .join('|'),
    ]);
  });
  it('finds a glossary entry from an inflected form of its words', async () => {
    // "alerted" is no entry, but "alert" is; "pricing" has the stem of "price".
    assert.deepEqual(words('alerted'), ['alarm']);
    assert.equal(plan('pricing').concepts[0]?.glossary, true);
    assert.deepEqual(words('pricing'), ['cost']);
  });
  it('leaves out the verbs a question is built with', async () => {
    // The guide holds "find" and "look" too, but a reader's "where do I look" asks for nothing by them.
    assert.deepEqual(words('where do I look to find the retention of logs'), ['retention', 'logs']);
  });
  it('reads hyphenated, spaced and joined forms of a compound alike', async () => {
    assert.deepEqual(words('real-time'), ['real+time|realtime']);
    assert.deepEqual(words('loggroup'), ['log+group']);
    assert.deepEqual(words('real time'), ['real', 'time']);
  });
  it('keeps quoted words together', async () => {
    assert.deepEqual(plan('"log group"').concepts, [{ typed: '“log group”', alternatives: [{ words: ['log', 'group'], via: 'typed', exact: true }] }]);
  });
  it('takes two letters as the start of a longer word only while the reader types', async () => {
    assert.deepEqual(words('mo'), []);
    assert.deepEqual(plan('mo', { typing: true }).concepts[0]?.alternatives, [{ words: ['mo'], via: 'prefix' }]);
  });
  it('reads HTML, emoji and punctuation as text, without failing', async () => {
    assert.deepEqual(words('<b>logs</b> 🚀 & "retention'), ['logs', 'retention']);
    assert.deepEqual(plan('🚀🚀').concepts, []);
  });
});

describe('the words of a text', () => {
  it('cuts words as Pagefind indexes them: compounds and camel case also by their parts', async () => {
    assert.deepEqual(indexWords("CloudTrail's real-time"), ['cloudtrail', 'real', 'time', 'realtime', 'cloud', 'trail']);
  });
  it('keeps quoted stretches apart', async () => {
    assert.deepEqual(
      tokenize('a "b c" d').map((token) => token.quote),
      [undefined, 0, 0, undefined],
    );
  });
  it('stems inflections lightly', async () => {
    assert.deepEqual(['alarms', 'alarmed', 'alarming', 'queries', 'stored', 'store', 'access'].map(lightStem), [
      'alarm',
      'alarm',
      'alarm',
      'query',
      'stor',
      'stor',
      'access',
    ]);
  });
  it('counts a swap of two letters as one edit', async () => {
    assert.deepEqual([editDistance('qeury', 'query', 2), editDistance('granulairty', 'granularity', 2), editDistance('azure', 'cost', 1)], [1, 1, 2]);
  });
});

describe('a reader asking which service to choose', () => {
  it('is told apart from a question about a topic', () => {
    for (const query of [
      'should I use CloudTrail or CloudWatch?',
      'CloudTrail or CloudWatch?',
      'Which one do I need for audits and metrics',
      'which do I need',
      'which services do I need',
      'which is better, cloudtrail or cloudwatch',
      'which service should we pick for a small team',
      'help me choose',
      'do I need both?',
      'do I need cloudtrail if I have cloudwatch',
      'choosing between cloudtrail and cloudwatch',
    ])
      assert.equal(plan(query).choosing, true, query);
    for (const query of [
      'which one keeps logs longer',
      'how long are logs kept',
      'cloudtrail vs cloudwatch retention',
      'cloudtrail or cloudwatch retention',
      'what should I log',
      'I need alarms',
      'should I enable log file validation',
      'should I use metric filters',
      'how do I choose a retention period',
      'help me pick a log group name',
      'do I need a trail',
    ])
      assert.equal(plan(query).choosing, false, query);
  });
});
