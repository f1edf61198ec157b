/**
 * How search reads text, shared by the build (which writes the vocabulary of the guide) and the browser
 * (which reads the reader's query), so both cut words the same way. What differs by language (stop words,
 * stems, how a reader asks to choose) is in languages/.
 */

export { editDistance } from '../text/edit-distance.ts';
export { searchLanguage, type SearchLanguage } from './languages/index.ts';

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
