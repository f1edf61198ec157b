import type { TermsFile } from '../../search/terms-file.ts';
import { editDistance, searchLanguage, tokenize, type SearchLanguage, type Token } from '../../search/words.ts';

export interface Vocabulary {
  words: Map<string, number>;
  /** Light stem → the indexed words that share it, most frequent first. */
  stems: Map<string, string[]>;
  /** Word sequence (space-joined) → every other way of saying it, each as its words. */
  synonyms: Map<string, string[][]>;
  /** The same, keyed by the words' light stems: "alerted", "cheaply" find the entries for "alert", "cheap". */
  stemSynonyms: Map<string, string[][]>;
  /** The longest glossary entry, in words, so matching stops looking further. */
  longestSynonym: number;
  pages: number;
  services: TermsFile['services'];
  /** The pages' language: its stop words, its stems, how its readers ask to choose. */
  language: SearchLanguage;
  /** What search tells the reader, in the pages' language. */
  messages: TermsFile['messages'];
}

export function vocabulary(file: TermsFile): Vocabulary {
  const language = searchLanguage(file.language);
  const { lightStem } = language;
  const words = new Map(Object.entries(file.words));
  const stems = new Map<string, string[]>();
  for (const word of [...words.keys()].sort((a, b) => words.get(b)! - words.get(a)!)) {
    const stem = lightStem(word);
    stems.set(stem, [...(stems.get(stem) ?? []), word]);
  }
  const synonyms = new Map<string, string[][]>();
  const stemSynonyms = new Map<string, string[][]>();
  let longestSynonym = 1;
  for (const entry of file.glossary) {
    const forms = entry.map((form) => tokenize(form).flatMap((token) => token.parts));
    forms.forEach((form, index) => {
      longestSynonym = Math.max(longestSynonym, form.length);
      const others = forms.filter((_, other) => other !== index);
      synonyms.set(form.join(' '), others);
      // An exact entry wins over a stem that two entries share.
      const stemmed = form.map(lightStem).join(' ');
      if (!stemSynonyms.has(stemmed)) stemSynonyms.set(stemmed, others);
    });
  }
  return { words, stems, synonyms, stemSynonyms, longestSynonym, pages: file.pages, services: file.services, language, messages: file.messages };
}

/** One way of finding a concept: a word, or words that belong together (a phrase). */
export interface Alternative {
  words: string[];
  via: 'typed' | 'synonym' | 'correction' | 'prefix';
  /** The words must stand next to each other, in order (the reader quoted them). */
  exact?: boolean;
}

/** Something the reader asked about, and the ways the index may hold it. */
export interface Concept {
  typed: string;
  alternatives: Alternative[];
  /** A term of the guide's glossary: the author has said readers mean this when they type it. */
  glossary?: boolean;
}

export interface QueryPlan {
  concepts: Concept[];
  /** The reader asks which service to choose ("should I use…", "which one do I need…"): the decision helper answers that. */
  choosing: boolean;
  /** Words of the query that no page holds, in any spelling the search would accept. */
  unknown: string[];
  corrections: { typed: string; shown: string }[];
}

export interface PlanOptions {
  /** The reader is still typing the last word: it may be the start of a longer one. */
  typing?: boolean;
  /** Search the words as typed, without correcting their spelling. */
  asTyped?: boolean;
}

/**
 * Reads a query the way a reader means it: drops words that carry no meaning, finds the glossary's other
 * names for a term, takes each remaining word as the index holds it (inflected, hyphenated or joined),
 * corrects misspellings against the guide's own words, and names the words no page holds.
 */
export function planQuery(text: string, vocab: Vocabulary, { typing = false, asTyped = false }: PlanOptions = {}): QueryPlan {
  const tokens = tokenize(text);
  const { stopWords } = vocab.language;
  // A query of nothing but common words ("how do I") still means something: search them as they are.
  const dropStopWords = tokens.some((token) => !token.parts.every((part) => stopWords.has(part)));
  const plan: QueryPlan = { concepts: [], choosing: asksToChoose(tokens, vocab.services, vocab.language), unknown: [], corrections: [] };
  const endsInWord = !/[\s"”]$/.test(text);

  for (let start = 0; start < tokens.length;) {
    const token = tokens[start]!;
    if (token.quote !== undefined) {
      const run = tokens.slice(start).findIndex((next) => next.quote !== token.quote);
      const quoted = tokens.slice(start, run === -1 ? undefined : start + run);
      start += quoted.length;
      plan.concepts.push(...phraseConcept(quoted, vocab, plan));
      continue;
    }
    const synonym = longestSynonym(tokens, start, vocab);
    if (synonym) {
      start += synonym.tokens.length;
      plan.concepts.push(synonym.concept);
      continue;
    }
    start += 1;
    if (dropStopWords && token.parts.every((part) => stopWords.has(part))) continue;
    const isLast = start === tokens.length && endsInWord;
    plan.concepts.push(...wordConcepts(token, vocab, plan, { typing: typing && isLast, asTyped }));
  }
  return plan;
}

/**
 * Whether the query's words (as `tokenize` reads them) ask which service to pick, rather than how one of
 * them does something: "should I use", "which one do I need", "help me choose", "SQS or SNS?", in the words
 * of the pages' language (src/search/languages). The same words also ask about a topic ("should I use FIFO
 * queues", "how do I choose a partition key"), which the topic's page answers; so the question must also be
 * about the services: name two of them, or say "both", "either", "one" or "service", or stop there.
 */
export function asksToChoose(tokens: readonly Token[], services: readonly { id: string; name: string }[], language: SearchLanguage): boolean {
  const { stopWords, choosing } = language;
  const { patterns, aboutTheServices } = choosing;
  const words = tokens.map((token) => token.text).join(' ');
  const names = services.map(serviceWords);
  const named = names.filter((list) => list.some((word) => new RegExp(`\\b${word}\\b`).test(words))).length;
  // "SQS or SNS?": two services and nothing else that means something ("CloudTrail vs CloudWatch" compares them instead).
  const others = words.split(' ').filter((word) => word !== choosing.or && !stopWords.has(word) && !names.some((list) => list.includes(word)));
  if (named >= 2 && choosing.or && new RegExp(`(?<![\\p{L}\\p{N}])${choosing.or}(?![\\p{L}\\p{N}])`, 'u').test(words) && others.length === 0) return true;
  return patterns.some((pattern) => {
    const match = pattern.exec(words);
    if (!match) return false;
    const rest = words.slice(match.index + match[0].length).trim();
    return named >= 2 || aboutTheServices.test(match[0]) || aboutTheServices.test(rest) || rest === '';
  });
}

/** The words that name a service in a query: its id ("sqs", "kinesis-data-streams" as "kinesis") and its name's own words. */
const commonNameWords = new Set(['amazon', 'aws', 'azure', 'google', 'cloud', 'service', 'simple', 'data', 'the']);
const serviceWords = (service: { id: string; name: string }) =>
  [...new Set([service.id, ...service.id.split('-'), ...service.name.toLowerCase().split(/[^\p{L}\p{N}]+/u)])].filter(
    (word) => word.length >= 3 && !commonNameWords.has(word),
  );

/** Words in quotes: found only side by side, in order, each as the index holds it. */
function phraseConcept(tokens: Token[], vocab: Vocabulary, plan: QueryPlan): Concept[] {
  const parts = tokens.flatMap((token) => token.parts);
  const missing = parts.filter((part) => !vocab.words.has(part));
  if (missing.length) {
    plan.unknown.push(...missing);
    return [];
  }
  return [{ typed: `“${parts.join(' ')}”`, alternatives: [{ words: parts, via: 'typed', exact: true }] }];
}

/** The longest run of unquoted tokens from `start` that the glossary knows, as one concept with its other names. */
function longestSynonym(tokens: Token[], start: number, vocab: Vocabulary): { tokens: Token[]; concept: Concept } | undefined {
  const { stopWords, lightStem } = vocab.language;
  const known = (word: string) => vocab.words.has(word);
  for (let length = Math.min(vocab.longestSynonym, tokens.length - start); length >= 1; length--) {
    const run = tokens.slice(start, start + length);
    if (run.some((token) => token.quote !== undefined)) continue;
    const typed = run.flatMap((token) => token.parts);
    const others = vocab.synonyms.get(typed.join(' ')) ?? vocab.stemSynonyms.get(typed.map(lightStem).join(' '));
    if (!others) continue;
    // Common words never go to Pagefind: it matches every word that begins with them ("me" → metrics). A
    // phrase of the glossary that needs one ("on call") cannot be searched faithfully, so only its other
    // names are; the reader's own words are searched without their common ones.
    const alternatives: Alternative[] = [];
    // The reader's own words, each as the index holds it ("cheaply" may be indexed as "cheap").
    const typedWords = typed.filter((word) => !stopWords.has(word)).map((word) => (known(word) ? word : (vocab.stems.get(lightStem(word))?.[0] ?? word)));
    if (typedWords.length && typedWords.every(known)) alternatives.push({ words: typedWords, via: 'typed' });
    for (const words of others) if (words.every((word) => known(word) && !stopWords.has(word))) alternatives.push({ words, via: 'synonym' });
    if (alternatives.length) return { tokens: run, concept: { typed: typed.join(' '), alternatives, glossary: true } };
  }
  return undefined;
}

function wordConcepts(token: Token, vocab: Vocabulary, plan: QueryPlan, options: { typing: boolean; asTyped: boolean }): Concept[] {
  // "real-time" is found as real and time side by side, or as the joined "realtime".
  if (token.parts.length > 1) {
    const joined = token.parts.join('');
    const resolved = token.parts.map((part) => resolveWord(part, vocab, options));
    const alternatives: Alternative[] = [];
    if (resolved.every(Boolean)) alternatives.push({ words: resolved.map((found) => found!.word), via: 'typed', exact: true });
    if (vocab.words.has(joined)) alternatives.push({ words: [joined], via: 'typed' });
    if (alternatives.length) return [{ typed: token.text, alternatives }];
    plan.unknown.push(token.text);
    return [];
  }
  const found = resolveWord(token.text, vocab, options);
  if (found) {
    if (found.via === 'correction') plan.corrections.push({ typed: token.text, shown: found.word });
    return [{ typed: token.text, alternatives: [{ words: [found.word], via: found.via }] }];
  }
  // A compound typed as one word ("loggroup", "realtime") is two indexed words side by side.
  const split = splitCompound(token.text, vocab);
  if (split) return [{ typed: token.text, alternatives: [{ words: split, via: 'typed', exact: true }] }];
  plan.unknown.push(token.text);
  return [];
}

interface Resolved {
  word: string;
  via: Alternative['via'];
}

/** The indexed word a reader's word stands for, or nothing when the guide never uses it. */
function resolveWord(word: string, vocab: Vocabulary, { typing, asTyped }: { typing: boolean; asTyped: boolean }): Resolved | undefined {
  if (vocab.words.has(word)) return { word, via: 'typed' };
  const sameStem = vocab.stems.get(vocab.language.lightStem(word));
  if (sameStem) return { word: sameStem[0]!, via: 'typed' };
  // The start of longer indexed words ("server" of "serverless", or half a word while typing): Pagefind
  // matches every indexed word that begins with it.
  if ((typing ? word.length >= 2 : word.length >= 4) && [...vocab.words.keys()].some((indexed) => indexed.startsWith(word))) return { word, via: 'prefix' };
  if (asTyped) return undefined;
  const corrected = correct(word, vocab);
  return corrected ? { word: corrected, via: 'correction' } : undefined;
}

/**
 * The guide's word closest to a misspelled one: one edit away for short words, two for long ones, the more
 * common word on a tie. Short words are left alone: at four letters too many real words are one edit apart.
 */
function correct(word: string, vocab: Vocabulary): string | undefined {
  if (word.length < 5 || /\d/.test(word)) return undefined;
  const { stopWords, lightStem } = vocab.language;
  const limit = word.length >= 8 ? 2 : 1;
  const stem = lightStem(word);
  let best: { word: string; distance: number; count: number } | undefined;
  for (const [candidate, count] of vocab.words) {
    if (candidate.length < 4 || stopWords.has(candidate)) continue;
    // A word that only adds or drops letters at the end of another ("server", "serve") is a different
    // word, not a typo of it: typing slips fall inside words.
    if (candidate.startsWith(word) || word.startsWith(candidate)) continue;
    const distance = Math.min(editDistance(word, candidate, limit), editDistance(stem, lightStem(candidate), limit));
    if (distance > limit) continue;
    if (!best || distance < best.distance || (distance === best.distance && count > best.count)) best = { word: candidate, distance, count };
  }
  return best?.word;
}

/** "loggroup" → log, group: two indexed words of at least two letters each. */
function splitCompound(word: string, vocab: Vocabulary): string[] | undefined {
  const { stopWords } = vocab.language;
  for (let cut = word.length - 2; cut >= 2; cut--) {
    const head = word.slice(0, cut);
    const tail = word.slice(cut);
    if (vocab.words.has(head) && vocab.words.has(tail) && !stopWords.has(head) && !stopWords.has(tail)) return [head, tail];
  }
  return undefined;
}
