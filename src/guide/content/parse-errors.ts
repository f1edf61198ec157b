import { htmlAlternative } from './html-alternatives.ts';

/** The place a parser's reason names, "(3:1-3:13)", for the messages that carry no other. */
export function placeInReason(reason: string): { line: number; column: number } | undefined {
  const match = /\((\d+):(\d+)(?:-\d+:\d+)?\)/.exec(reason);
  return match ? { line: Number(match[1]), column: Number(match[2]) } : undefined;
}

/** A parser's message in words an author reads: what is wrong and what to write instead. */
export interface PlainProblem {
  field: string;
  problem: string;
  expected: string;
}

const braceHelp = 'a brace written \\{ when it is meant as text, code inside `backticks`, or a comment written {/* … */}';
const tagHelp = 'every <Component> written <Name attribute="value"> and closed with </Name> or />, and "<" meant as text written \\< or inside `backticks`';

/**
 * MDX's parser (micromark's MDX extensions and acorn) says what it expected in its own terms; these are the
 * mistakes authors make, said plainly. Anything else keeps the parser's words, without its positions (the
 * message already has the file's line).
 */
export function plainParseError(reason: string): PlainProblem {
  const closing = /Expected a closing tag for `<([^>\s]*)>`/.exec(reason);
  if (closing) {
    const name = closing[1] ?? '';
    if (/^[a-z]/.test(name)) return { field: `<${name}>`, problem: `<${name}> is HTML, which guide content may not contain`, expected: htmlAlternative(name) };
    return { field: `<${name}>`, problem: `<${name}> is opened here and never closed`, expected: `</${name}> after its content (or <${name} /> if it holds nothing)` };
  }
  const unexpectedClose = /Unexpected closing tag `<\/([^>]*)>`, expected corresponding closing tag for `<([^>]*)>`/.exec(reason);
  if (unexpectedClose) {
    return { field: `</${unexpectedClose[1]}>`, problem: `</${unexpectedClose[1]}> closes a tag that is not open here (the open one is <${unexpectedClose[2]}>)`, expected: `</${unexpectedClose[2]}> first, or the tags nested one inside the other` };
  }
  if (/before attribute value/.test(reason)) {
    return { field: 'tag', problem: 'an attribute value is not in quotes', expected: 'attributes written name="value", such as <Side service="…">' };
  }
  if (/(before|after|in) attribute (name|value)|after name|after local name/.test(reason) && /end of the tag/.test(reason)) {
    return { field: 'tag', problem: 'a tag is not finished: it has no closing ">" on its line', expected: 'the tag written whole on one line, such as <Side service="…">' };
  }
  const lonelyClose = /Unexpected closing slash `\/` in tag|Unexpected lazy line|Unexpected closing tag `<\/([^>]*)>`/.exec(reason);
  if (lonelyClose) return { field: 'tag', problem: 'a closing tag has no opening tag', expected: tagHelp };
  if (/Unexpected character `!` \(U\+0021\) before name/.test(reason)) {
    return { field: 'html', problem: '"<!" starts HTML, which guide content may not contain', expected: 'a comment written {/* … */} or <!-- … -->, on lines of its own or inside a paragraph' };
  }
  if (/before name, expected a character that can start a name/.test(reason) || /Unexpected character .* (after|before|in) (name|attribute)/.test(reason)) {
    return { field: 'tag', problem: '"<" starts a tag in MDX, and this one is not a valid tag', expected: tagHelp };
  }
  if (/expression|acorn|closing brace/i.test(reason)) {
    return { field: 'text', problem: '"{" starts an expression in MDX, and guide content runs no code', expected: braceHelp };
  }
  if (/import|export|ESM/i.test(reason)) return { field: 'import', problem: 'guide content cannot import or export code', expected: 'no import or export lines' };
  const words = reason
    .replace(/\s*\(\d+:\d+(?:-\d+:\d+)?\)/g, '')
    .replace(/\s*\(U\+[0-9A-F]+\)/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  return { field: '', problem: `not valid MDX: ${words}`, expected: tagHelp };
}
