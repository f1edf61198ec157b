import type { Alternative, QueryPlan } from './query.ts';

/** Where one indexed word occurs on one record, and how well Pagefind scores it there. */
export interface WordMatch {
  score: number;
  positions: number[];
}

/** Record id → the word's match on it. */
export type WordMatches = Map<string, WordMatch>;

export interface RankedRecord {
  id: string;
  score: number;
  /** The share of the query's weight (its concepts, by rarity) the record holds, from 0 to 1. */
  coverage: number;
  /** Holds every concept of the query. */
  full: boolean;
  /** For each concept of the plan, its positions on the record (empty when the record lacks it). */
  positions: number[][];
  /** The indexed words that matched, for highlighting. */
  words: string[];
}

/** How much a synonym counts next to the reader's own word. */
const synonymWeight = 0.8;

/** Words of a phrase stand together when each follows the last, or shares its position (parts of "real-time"). */
const follows = (previous: number, next: number) => next - previous >= 0 && next - previous <= 1;

/** Positions where the words start side by side, in order; empty when they never do. */
export function phraseStarts(positions: number[][]): number[] {
  const [first = [], ...rest] = positions;
  return first.filter((start) => {
    let at = start;
    return rest.every((list) => {
      const next = list.find((position) => follows(at, position));
      if (next === undefined) return false;
      at = next;
      return true;
    });
  });
}

/** One alternative's match on each record: every word must be there; words side by side count double. */
function alternativeMatches(alternative: Alternative, lookup: (word: string) => WordMatches): WordMatches {
  const perWord = alternative.words.map(lookup);
  const result: WordMatches = new Map();
  const [first, ...rest] = perWord;
  for (const [id, match] of first ?? []) {
    const matches = [match, ...rest.map((matches) => matches.get(id))];
    if (matches.some((entry) => !entry)) continue;
    const positions = matches.map((entry) => entry!.positions);
    const together = positions.length > 1 ? phraseStarts(positions).length > 0 : true;
    if (alternative.exact && !together) continue;
    const score = matches.reduce((sum, entry) => sum + entry!.score, 0) * (together && positions.length > 1 ? 3 : 1);
    result.set(id, { score: score * (alternative.via === 'synonym' ? synonymWeight : 1), positions: positions.flat().sort((a, b) => a - b) });
  }
  return result;
}

/** How telling a concept is: rare concepts decide more than ones most records hold (BM25's idf). */
const rarity = (records: number, holding: number) => Math.log(1 + (records - holding + 0.5) / (holding + 0.5));

/** The smallest distance between a position of `a` and one of `b`. */
function gap(a: number[], b: number[]): number {
  let best = Infinity;
  for (let i = 0, j = 0; i < a.length && j < b.length;) {
    best = Math.min(best, Math.abs(a[i]! - b[j]!));
    if (a[i]! < b[j]!) i++;
    else j++;
  }
  return best;
}

/**
 * Ranks records for a plan. A record's score is the sum of its concepts' Pagefind scores, raised when the
 * concepts stand close together, and scaled by how much of the query it covers, each concept counted by
 * its rarity: a record holding every telling word outranks one holding only common ones.
 */
export function rankRecords(plan: QueryPlan, lookup: (word: string) => WordMatches, records: number, prior: (id: string) => number = () => 1): RankedRecord[] {
  // Per concept and record: the best alternative's score, and the positions of every alternative found
  // there (each is evidence of the concept, for closeness and for finding the right section).
  const perConcept = plan.concepts.map((concept) => {
    const best: Map<string, WordMatch & { words: string[] }> = new Map();
    for (const alternative of concept.alternatives) {
      for (const [id, match] of alternativeMatches(alternative, lookup)) {
        const known = best.get(id);
        const positions = [...new Set([...(known?.positions ?? []), ...match.positions])].sort((a, b) => a - b);
        const words = [...new Set([...(known?.words ?? []), ...alternative.words])];
        best.set(id, { score: Math.max(known?.score ?? 0, match.score), positions, words });
      }
    }
    return best;
  });
  // A glossary term is one the author declared meaningful, so it weighs more than a chance word; a word the
  // guide only holds as the start of longer ones ("server" of "serverless") is weak evidence and weighs less.
  const emphasis = plan.concepts.map((concept) =>
    concept.glossary ? 2 : concept.alternatives.every((alternative) => alternative.via === 'prefix') ? 0.25 : 1,
  );
  const weights = perConcept.map((matches, index) => rarity(records, matches.size) * emphasis[index]!);
  const totalWeight = weights.reduce((sum, weight) => sum + weight, 0);
  const ids = new Set(perConcept.flatMap((matches) => [...matches.keys()]));

  const ranked = [...ids].map((id): RankedRecord => {
    const matches = perConcept.map((matches) => matches.get(id));
    const held = matches.map((match, index) => (match ? weights[index]! : 0)).reduce((sum, weight) => sum + weight, 0);
    const coverage = totalWeight > 0 ? held / totalWeight : 1;
    const base = matches.reduce((sum, match, index) => sum + (match?.score ?? 0) * emphasis[index]!, 0);
    // Neighbouring concepts of the query found near each other: side by side counts most.
    let closeness = 0;
    for (let index = 1; index < matches.length; index++) {
      const [before, after] = [matches[index - 1], matches[index]];
      if (!before || !after) continue;
      const distance = gap(before.positions, after.positions);
      closeness += distance <= 1 ? 2 : distance <= 3 ? 0.5 : distance <= 8 ? 0.2 : 0;
    }
    const pairs = Math.max(1, matches.length - 1);
    return {
      id,
      score: base * (1 + closeness / pairs) * coverage * prior(id),
      coverage,
      full: matches.every(Boolean),
      positions: matches.map((match) => match?.positions ?? []),
      words: [...new Set(matches.flatMap((match) => match?.words ?? []))],
    };
  });
  return ranked.sort((a, b) => b.score - a.score);
}

/**
 * The records worth showing: those that hold a fair share of what the best one holds. A page that only
 * shares the query's most common word ("amazon" of "Amazon Athena") is not an answer, and is left out.
 */
export function worthShowing(ranked: RankedRecord[]): RankedRecord[] {
  const best = ranked[0];
  if (!best) return [];
  return ranked.filter((record) => record.coverage >= best.coverage / 2 && record.score >= best.score / 20);
}

export interface Anchor {
  element: string;
  id: string;
  text: string;
  location: number;
}

export interface RankedSection {
  id: string;
  title: string;
  /** First and last word position of the section. */
  start: number;
  end: number;
  score: number;
}

/**
 * The record's top-level sections (its h2s, with whatever lies beneath them), best match first. What tells
 * sections apart is which concepts each holds that the others do not: a concept found in one section of
 * the page counts more than one found in all of them, and more again in the section's heading. So a
 * question naming a service finds that service's side first, though the page mentions both services.
 */
export function rankSections(anchors: Anchor[], record: RankedRecord, wordCount: number): RankedSection[] {
  const headings = anchors.filter((anchor) => anchor.element === 'h2' && anchor.id);
  const spans = headings.map((anchor, index) => ({
    anchor,
    end: (headings[index + 1]?.location ?? wordCount) - 1,
    headingEnd: anchor.location + anchor.text.split(/\s+/).length - 1,
  }));
  const inside = spans.map(({ anchor, end }) =>
    record.positions.map((positions) => positions.filter((position) => position >= anchor.location && position <= end)),
  );
  const holding = record.positions.map((_, concept) => inside.filter((found) => found[concept]!.length > 0).length);
  const sections = spans.map(({ anchor, end, headingEnd }, index) => {
    let score = 0;
    inside[index]!.forEach((found, concept) => {
      if (!found.length) return;
      const distinct = Math.log(1 + spans.length / holding[concept]!);
      const inHeading = found.some((position) => position <= headingEnd);
      score += distinct * (1 + Math.log(found.length) / 2 + (inHeading ? 1 : 0));
    });
    return { id: anchor.id, title: anchor.text, start: anchor.location, end, score };
  });
  return sections.filter((section) => section.score > 0).sort((a, b) => b.score - a.score || a.start - b.start);
}

/** The window of `length` words holding the most matched positions, between `from` and `to`. */
export function excerptWindow(positions: number[], length: number, from: number, to: number): [number, number] {
  const inside = positions.filter((position) => position >= from && position <= to).sort((a, b) => a - b);
  let bestStart = inside[0] ?? from;
  let bestCount = 0;
  for (let i = 0, j = 0; i < inside.length; i++) {
    while (j < inside.length && inside[j]! < inside[i]! + length) j++;
    if (j - i > bestCount) {
      bestCount = j - i;
      bestStart = inside[i]!;
    }
  }
  // Start a few words before the first match, so it is read in its sentence.
  const start = Math.max(from, Math.min(bestStart - 3, to - length + 1));
  return [start, Math.min(to, start + length - 1)];
}
