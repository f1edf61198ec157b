/** What `npm run new:category` writes in place of text still to be written. */
export const placeholder = /\bTODO:/;

/** "…" quoting the placeholder's text, cut at a word so the quote reads and its marks balance. */
export function placeholderProblem(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const start = flat.search(placeholder);
  let quoted = flat.slice(start);
  if (quoted.length > 60)
    quoted = `${quoted
      .slice(0, 60)
      .replace(/\s+\S*$/, '')
      .replace(/[\s,;:]+$/, '')}…`;
  return `“${quoted}” is a placeholder left by npm run new:category`;
}
