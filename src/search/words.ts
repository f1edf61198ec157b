/**
 * How search reads text, shared by the build (which writes the vocabulary of the guide) and the browser
 * (which reads the reader's query), so both cut words the same way.
 */

export { editDistance } from '../text/edit-distance.ts';

/**
 * Words that carry no meaning for matching: a question or sentence still finds its page when they are
 * left out, and a page never fails to match because it lacks "does" or "my". Domain words ("use",
 * "real", "time", "all") are not here: they can be what the reader is looking for.
 */
export const stopWords = new Set(
  (
    'a an the and or but nor so if then than as of at by for with about to from in on into onto over under after before ' +
    'is are was were be been being am do does did doing done have has had having get gets got ' +
    'i me my mine myself we us our ours you your yours he him his she her it its they them their theirs ' +
    'this that these those there here what which who whom whose when where why how ' +
    'can could should would will shall may might must ' +
    'just also very really please any some such much many more most lot lots few up out off ' +
    'want wants wanted need needs needed like know tell show way ways thing things something anything ' +
    'find finding look looking see seeing go goes going went'
  ).split(' '),
);

export interface Token {
  /** Lower-case word as typed, without punctuation; a hyphenated word keeps its hyphens here. */
  text: string;
  /** The parts of a hyphenated word ("real-time" → real, time); one part otherwise. */
  parts: string[];
  /** Which quoted stretch the word is in, counting from 0; absent outside quotes. */
  quote?: number;
}

/** Letters and digits of any script, with the joiners that keep a word together. */
const wordPattern = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?(?:-[\p{L}\p{N}]+)*/gu;

/** The words of a text, lower-cased, with possessives dropped ("CloudTrail's" → cloudtrail). */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  // Quoted stretches alternate with unquoted ones when the text is split on double quotes.
  text
    .normalize('NFKC')
    .toLowerCase()
    .split(/["“”]/)
    .forEach((stretch, index) => {
      for (const [match] of stretch.matchAll(wordPattern)) {
        const word = match.replace(/['’](s|d|ll|re|ve|t|m)$/, '').replace(/['’]/g, '');
        if (!word) continue;
        const parts = word.split('-').filter(Boolean);
        tokens.push(index % 2 === 1 ? { text: word, parts, quote: (index - 1) / 2 } : { text: word, parts });
      }
    });
  return tokens;
}

/**
 * The words the index holds for a text, as Pagefind indexes them: each word; for a hyphenated word its parts
 * and its joined form ("real-time" → real, time, realtime); for a word in camel case its parts as well.
 */
export function indexWords(text: string): string[] {
  // Pagefind also splits words at a change of case ("CloudWatch" is indexed as cloudwatch, cloud and watch).
  const camelParts = [...text.matchAll(/\b[\p{Lu}]?[\p{Ll}]+(?:[\p{Lu}][\p{Ll}]+)+\b/gu)].flatMap(([word]) =>
    word.split(/(?=[\p{Lu}])/u).map((part) => part.toLowerCase()),
  );
  return [...tokenize(text).flatMap((token) => (token.parts.length > 1 ? [...token.parts, token.parts.join('')] : token.parts)), ...camelParts];
}

/**
 * A light, conservative stem for comparing inflections (alarms, alarmed, alarming → alarm; queries → query).
 * Pagefind stems properly when it searches; this only decides which indexed word a reader's word stands for.
 */
export function lightStem(word: string): string {
  if (word.length <= 3) return word;
  const rules: [RegExp, string][] = [
    [/ies$/, 'y'],
    [/(ss|us|is)$/, '$1'],
    [/(x|ch|sh|ss)es$/, '$1'],
    [/s$/, ''],
  ];
  let stem = word;
  for (const [pattern, replacement] of rules) {
    if (pattern.test(stem)) {
      stem = stem.replace(pattern, replacement);
      break;
    }
  }
  for (const suffix of ['ing', 'ed', 'ly']) {
    if (stem.endsWith(suffix) && stem.length - suffix.length >= 3) {
      stem = stem.slice(0, -suffix.length);
      // "stored" → "stor", "deleting" → "delet": the same stem as "store", "delete".
      if (/([^aeiou])\1$/.test(stem) && !/(ll|ss|zz)$/.test(stem)) stem = stem.slice(0, -1);
      break;
    }
  }
  return stem.replace(/e$/, '');
}
