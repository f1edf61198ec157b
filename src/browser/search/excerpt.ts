/**
 * Excerpts of a result's text: the words of a window, the matched ones marked. Pure functions, so the
 * unit tests run them without a browser or an index.
 */

/** Excerpt text, split where the matched words start and end. */
export type Excerpt = { text: string; mark: boolean }[];

// The letters and digits of a word, between whatever punctuation clings to it ("(retention," → "retention").
const wordCore = /^([^\p{L}\p{N}]*)(.*?)([^\p{L}\p{N}]*)$/su;

/**
 * The words `start` to `end` of `words`, with those at `positions` marked. Only a matched word's letters are
 * marked, not the comma or bracket the text has around it: "retention," marks "retention".
 */
export function markWords(words: string[], positions: number[], [start, end]: [number, number]): Excerpt {
  const matched = new Set(positions);
  const parts: Excerpt = [];
  const plain = (text: string) => {
    if (!text) return;
    const last = parts.at(-1);
    if (last && !last.mark) last.text += text;
    else parts.push({ text, mark: false });
  };
  for (let index = start; index <= end && index < words.length; index++) {
    const word = words[index]!;
    if (index > start) plain(' ');
    const [, before = '', core = '', after = ''] = wordCore.exec(word) ?? [];
    if (!matched.has(index) || !core) {
      plain(word);
      continue;
    }
    plain(before);
    parts.push({ text: core, mark: true });
    plain(after);
  }
  return parts;
}

/**
 * Whether a section's excerpt would repeat the page's: the two windows share more than half their words.
 * A page whose best passage lies in its first section would otherwise show the same lines twice.
 */
export function repeats(page: [number, number], section: [number, number]): boolean {
  const shared = Math.min(page[1], section[1]) - Math.max(page[0], section[0]) + 1;
  const shorter = Math.min(page[1] - page[0], section[1] - section[0]) + 1;
  return shared > shorter / 2;
}
