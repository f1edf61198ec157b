/**
 * MDX has no HTML comments, but authors write them (`<!-- note -->`) out of habit and the README promised
 * they work. Each one is rewritten as the MDX comment `{/* note *\/}` of exactly the same length, so every
 * line and column the parser reports is still the author's own; the comment is then dropped like any other
 * (plugins/remark-drop-comments.ts). Code blocks and `code spans` are left exactly as written.
 */
export function htmlCommentsAsMdx(text: string): string {
  if (!text.includes('<!--')) return text;
  const out: string[] = [];
  let fence: { char: string; length: number } | undefined;
  let inComment = false;
  for (const line of text.split('\n')) {
    const opener = /^ {0,3}(`{3,}|~{3,})/.exec(line);
    if (!inComment && fence) {
      if (opener && opener[1]![0] === fence.char && opener[1]!.length >= fence.length && !line.slice(opener[0].length).trim()) fence = undefined;
      out.push(line);
      continue;
    }
    if (!inComment && opener && !(opener[1]![0] === '`' && line.slice(opener[0].length).includes('`'))) {
      fence = { char: opener[1]![0]!, length: opener[1]!.length };
      out.push(line);
      continue;
    }
    const rewritten = rewriteLine(line, inComment);
    inComment = rewritten.inComment;
    out.push(rewritten.line);
  }
  return out.join('\n');
}

function rewriteLine(line: string, startsInComment: boolean): { line: string; inComment: boolean } {
  let result = '';
  let inComment = startsInComment;
  let index = 0;
  while (index < line.length) {
    if (inComment) {
      const end = line.indexOf('-->', index);
      const body = line.slice(index, end === -1 ? line.length : end);
      // "*/" would end the MDX comment early.
      result += body.replaceAll('*/', '* ');
      if (end === -1) return { line: result, inComment: true };
      result += '*/}';
      index = end + 3;
      inComment = false;
      continue;
    }
    const char = line[index]!;
    if (char === '`') {
      // A code span: copied as it is, up to the closing run of as many backticks.
      const run = /^`+/.exec(line.slice(index))![0];
      const close = line.indexOf(run, index + run.length);
      const end = close === -1 ? index + run.length : close + run.length;
      result += line.slice(index, end);
      index = end;
      continue;
    }
    if (char === '\\') {
      result += line.slice(index, index + 2);
      index += 2;
      continue;
    }
    if (line.startsWith('<!--', index)) {
      result += '{/* ';
      index += 4;
      inComment = true;
      continue;
    }
    result += char;
    index += 1;
  }
  return { line: result, inComment };
}
