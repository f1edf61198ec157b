import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { QueryPlan } from '../../src/browser/search/query.ts';
import { excerptWindow, phraseStarts, rankRecords, rankSections, worthShowing, type WordMatches } from '../../src/browser/search/rank.ts';

/** Word → record → [score, positions]. */
const index =
  (table: Record<string, Record<string, [number, number[]]>>) =>
  (word: string): WordMatches =>
    new Map(Object.entries(table[word] ?? {}).map(([id, [score, positions]]) => [id, { score, positions }]));
const concepts = (...list: string[][]): QueryPlan => ({
  concepts: list.map((words) => ({ typed: words.join(' '), alternatives: [{ words, via: 'typed' as const }] })),
  choosing: false,
  unknown: [],
  corrections: [],
});
const ids = (ranked: { id: string }[]) => ranked.map((record) => record.id);

describe('ranking records', () => {
  it('ranks a record holding the words side by side above one holding them apart', async () => {
    const lookup = index({ data: { a: [1, [10]], b: [1, [10]] }, events: { a: [1, [11]], b: [1, [40]] } });
    assert.deepEqual(ids(rankRecords(concepts(['data'], ['events']), lookup, 10)), ['a', 'b']);
  });
  it('ranks a record holding every telling word above one holding only common ones', async () => {
    const lookup = index({ lambda: { a: [1, [3]] }, function: { a: [1, [9]], b: [3, [1, 2, 3]], c: [3, [1]], d: [3, [1]] } });
    const ranked = rankRecords(concepts(['lambda'], ['function']), lookup, 4);
    assert.deepEqual([ids(ranked)[0], ranked[0]?.full, ranked[1]?.full], ['a', true, false]);
  });
  it('leaves out records that share only the query’s commonest word', async () => {
    const lookup = index({ amazon: { a: [1, [1]], b: [1, [1]], c: [1, [1]] }, athena: { a: [2, [2]] } });
    assert.deepEqual(ids(worthShowing(rankRecords(concepts(['amazon'], ['athena']), lookup, 3))), ['a']);
  });
  it('weighs a page that sums up the guide below the page that treats the topic', async () => {
    const lookup = index({ retention: { home: [2, [1]], category: [2, [1]] } });
    assert.deepEqual(ids(rankRecords(concepts(['retention']), lookup, 5, (id) => (id === 'home' ? 0.8 : 1))), ['category', 'home']);
  });
  it('finds a phrase whose words share a position (the parts of "real-time") or follow each other', async () => {
    assert.deepEqual(
      phraseStarts([
        [4, 20],
        [4, 30],
      ]),
      [4],
    );
    assert.deepEqual(phraseStarts([[4, 20], [21]]), [20]);
    assert.deepEqual(phraseStarts([[4], [9]]), []);
  });
});

describe('ranking sections', () => {
  const anchors = [
    { element: 'h1', id: '', text: 'Log retention', location: 0 },
    { element: 'h2', id: 'cloudtrail', text: 'AWS CloudTrail', location: 2 },
    { element: 'h2', id: 'cloudwatch', text: 'Amazon CloudWatch', location: 30 },
  ];
  it('puts first the section that holds what the others do not, a service named in its heading most of all', async () => {
    // "logs" is in both sections; "cloudwatch" is in the CloudWatch heading and once in the CloudTrail text.
    const record = {
      id: 'p',
      score: 1,
      coverage: 1,
      full: true,
      words: [],
      positions: [
        [5, 35, 40],
        [20, 31],
      ],
    };
    assert.deepEqual(
      rankSections(anchors, record, 60).map((section) => section.id),
      ['cloudwatch', 'cloudtrail'],
    );
  });
  it('lists only sections that hold a match', async () => {
    const record = { id: 'p', score: 1, coverage: 1, full: true, words: [], positions: [[5]] };
    assert.deepEqual(
      rankSections(anchors, record, 60).map((section) => section.id),
      ['cloudtrail'],
    );
  });
});

describe('excerpts', () => {
  it('shows the stretch with the most matches, starting a little before the first', async () => {
    assert.deepEqual(excerptWindow([50, 52, 54, 90], 10, 0, 100), [47, 56]);
  });
  it('stays inside its section', async () => {
    assert.deepEqual(excerptWindow([5], 10, 0, 8), [0, 8]);
  });
});
