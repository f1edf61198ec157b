/** English, for search (see index.ts). */
import type { SearchLanguage } from './index.ts';

const stopWords = new Set(
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

/** alarms, alarmed, alarming → alarm; queries → query. */
function lightStem(word: string): string {
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

/**
 * "should I use", "which one do I need", "help me choose", "SQS or SNS?". The same words also ask about a
 * topic ("should I use FIFO queues", "how do I choose a partition key"), which the topic's page answers; so
 * the question must also be about the services (see asksToChoose).
 */
const choosing = {
  or: 'or',
  patterns: [
    /\bshould (i|we) (use|pick|choose|go with|adopt|enable)\b/,
    /\bwhich (one|service|services|of them|of the two|of these)? ?(do|should) (i|we) (need|use|pick|choose|go with)\b/,
    /\bwhich (one|service|services) (to|for me|is (right|best|better))\b/,
    /\bwhich is (right|best|better)\b/,
    /\b(help me|how (do|to|can|should) (i|we)?) ?(choose|decide|pick)\b/,
    /\bdo (i|we) need\b/,
    /\b(choose|choosing|pick|picking|decide|deciding) between\b/,
  ],
  aboutTheServices: /\b(both|either|one|ones|services?|them|which)\b/,
};

export const english: SearchLanguage = { code: 'en', stopWords, lightStem, choosing };
