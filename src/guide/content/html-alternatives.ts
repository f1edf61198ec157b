/** The Markdown that does the job of an HTML tag an author reached for, for messages. */
const alternatives: Record<string, string> = {
  br: 'a line break written as a backslash (\\) at the end of the line, or a blank line for a new paragraph',
  b: '**bold** text',
  strong: '**bold** text',
  i: '_emphasis_',
  em: '_emphasis_',
  a: 'a link written [text](https://…)',
  img: 'an image written ![what it shows](../images/file.svg)',
  code: 'code inside `backticks`',
  pre: 'a code block between lines of three backticks (```)',
  table: 'a Markdown table: a header row, a row of |---|, then one row per line',
  ul: 'a list: one "- item" a line',
  ol: 'a numbered list: one "1. item" a line',
  sup: 'a footnote written [^1], with its text on a line of its own: [^1]: the note',
  del: '~~struck-out~~ text',
  s: '~~struck-out~~ text',
  hr: 'a line with only ---',
  h2: 'a heading written ## Heading',
  h3: 'a heading written ### Heading',
  p: 'a blank line between paragraphs',
  div: 'plain Markdown: no wrapper is needed',
  span: 'plain Markdown: no wrapper is needed',
};

export const htmlAlternative = (name: string) => `Markdown instead: ${alternatives[name.toLowerCase()] ?? '**bold**, _emphasis_, [links](https://…), lists, tables and code blocks'}`;
