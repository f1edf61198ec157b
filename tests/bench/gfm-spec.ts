/**
 * Conformance with the GFM spec's own examples (tests/bench/gfm-spec.txt, vendored from github/cmark-gfm).
 * Two measures, printed as the tables of tests/bench/GFM.md:
 * 1. the parser configuration of processor.ts (remark-mdx + remark-gfm, no guide rules) against the spec's
 *    HTML, after a normalisation in the style of cmark's test/normalize.py;
 * 2. the real guide compiler (compileMdx): whether each example compiles, and if not, which rule refused it.
 * Run: node tests/bench/gfm-spec.ts   (add --verbose to print each failing example's HTML)
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import type { GuideFileContext } from '../../src/guide/content/context.ts';
import { pageSlugger } from '../../src/guide/content/fragment.ts';
import { compileMdx } from '../../src/guide/content/processor.ts';
import { type Example, examples, expressible, isGfm, noIndentedCode, normalise, plainParser } from './gfm-examples.ts';

const verbose = process.argv.includes('--verbose');

// ---- 1. The examples, and 2. what MDX can express: read and filtered in gfm-examples.ts (shared with
// tests/build/gfm-sample.spec.ts), as is the normalisation of step 3.
const kept = examples.filter(expressible);

// ---- 3. The parser configuration against the spec's HTML.
const parser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm).use(remarkRehype).use(rehypeStringify);

// plainParser and noIndentedCode (gfm-examples.ts) explain a failure: if the first passes and the second
// renders as MDX does, indented code alone is the cause.
const INDENTED = 'MDX has no indented code, so 4+ columns of indentation is not code (passes without remark-mdx)';

/** One line on why the rendering differs, for the report's list. */
function reason(e: Example, expected: string, actual: string): string {
  const render = (p: typeof parser) => normalise(String(p.processSync(e.markdown)));
  if (render(plainParser) === expected && render(noIndentedCode) === actual) return INDENTED;
  if (render(plainParser) === expected) return 'passes without remark-mdx (another MDX syntax difference)';
  if (e.markdown.includes('ftp://')) return 'ftp:// is not an autolink literal in micromark-extension-gfm-autolink-literal (http(s)://, www. and e-mail only)';
  if (
    / class="(contains-task-list|task-list-item)"/.test(actual) &&
    normalise(actual.replace(/ class="(contains-task-list|task-list-item)"/g, '')) === expected
  )
    return 'only the task-list classes remark-gfm adds differ';
  let i = 0;
  while (i < expected.length && expected[i] === actual[i]) i++;
  const at = (s: string) => JSON.stringify(s.slice(Math.max(0, i - 25), i + 35));
  return `differs at ${at(expected)} (expected) vs ${at(actual)} (got)`;
}

interface Row {
  examples: number;
  pass: number;
  fail: number;
  parseErrors: number;
}
const rows = new Map<string, Row>();
const failures: string[] = [];
const parseErrors: string[] = [];
for (const e of kept) {
  const group = `${isGfm(e) ? 'GFM' : 'CommonMark'}\t${e.section}`;
  const row = rows.get(group) ?? { examples: 0, pass: 0, fail: 0, parseErrors: 0 };
  rows.set(group, row);
  row.examples++;
  let actual: string;
  try {
    actual = String(parser.processSync(e.markdown));
  } catch (error) {
    row.parseErrors++;
    parseErrors.push(`${e.number} (${e.section}): ${(error as Error).message.split('\n')[0]}`);
    continue;
  }
  const expected = normalise(e.html);
  const got = normalise(actual);
  if (expected === got) row.pass++;
  else {
    row.fail++;
    failures.push(`${e.number} (${e.section}): ${reason(e, expected, got)}`);
    if (verbose) console.error(`--- ${e.number}\n${JSON.stringify(e.markdown)}\nexpected: ${expected}\ngot:      ${got}`);
  }
}

// The spec disables its two task-list examples (cmark-gfm tests them elsewhere): measured apart, not counted.
const disabled = examples
  .filter((e) => e.extension === 'disabled')
  .map((e) => {
    const expected = normalise(e.html),
      got = normalise(String(parser.processSync(e.markdown)));
    return `${e.number} (${e.section}): ${expected === got ? 'pass' : reason(e, expected, got)}`;
  });

// ---- 4. The real guide compiler: compiles, or which of the guide's rules refused the example.
const guideDir = mkdtempSync(join(tmpdir(), 'gfm-spec-'));
const refusals = new Map<string, number[]>();
let compiled = 0;
for (const e of kept) {
  const context: GuideFileContext = {
    source: { path: join(guideDir, 'introduction.mdx'), shown: 'introduction.mdx', text: e.markdown },
    language: 'en',
    kind: 'introduction',
    serviceIds: undefined,
    slugger: pageSlugger([]),
    minDepth: 1,
    guideDir,
    examples: { page: '/x/', service: undefined },
    errors: [],
  };
  let messages: string[];
  try {
    await compileMdx(context);
    messages = context.errors.map((error) => error.message);
  } catch (error) {
    messages = [`(thrown) ${(error as Error).message}`];
  }
  if (messages.length === 0) compiled++;
  // The category is the message without its place and quoted specifics, so alike refusals group together.
  for (const category of new Set(
    messages.map((m) =>
      m
        .replace(/^introduction\.mdx(:\d+)*: /, '')
        .replace(/(["“‘`]).*?(["”’`])/g, '…')
        .replace(/\. Expected.*/s, '')
        .replace(/ \(looked for [^)]*\)/, '')
        .slice(0, 140),
    ),
  )) {
    refusals.set(category, [...(refusals.get(category) ?? []), e.number]);
  }
}
rmSync(guideDir, { recursive: true, force: true });

// ---- 5. The report, as Markdown for GFM.md.
const pct = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(1)}%` : '–');
const sum = (kind: string) =>
  [...rows]
    .filter(([k]) => k.startsWith(kind))
    .reduce((t, [, r]) => ({ examples: t.examples + r.examples, pass: t.pass + r.pass, fail: t.fail + r.fail, parseErrors: t.parseErrors + r.parseErrors }), {
      examples: 0,
      pass: 0,
      fail: 0,
      parseErrors: 0,
    });
const cm = sum('CommonMark'),
  gfm = sum('GFM');
const out: string[] = [];
out.push(
  `Examples in the spec: ${examples.length} (${examples.filter((e) => e.extension === 'disabled').length} disabled); MDX-expressible by the filter: ${kept.length} (CommonMark ${cm.examples}, GFM extensions ${gfm.examples}).`,
  '',
);
out.push('| | examples | pass | fail | parse error | pass rate | target |', '| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
out.push(`| CommonMark | ${cm.examples} | ${cm.pass} | ${cm.fail} | ${cm.parseErrors} | ${pct(cm.pass, cm.examples)} | ≥ 99% |`);
const indented = failures.filter((f) => f.endsWith(INDENTED)).length;
out.push(
  `| CommonMark, leaving out the ${indented} examples that need indented code | ${cm.examples - indented} | ${cm.pass} | ${cm.fail - indented} | ${cm.parseErrors} | ${pct(cm.pass, cm.examples - indented)} | |`,
);
out.push(`| GFM extensions | ${gfm.examples} | ${gfm.pass} | ${gfm.fail} | ${gfm.parseErrors} | ${pct(gfm.pass, gfm.examples)} | ≥ 95% |`, '');
out.push('| kind | section | examples | pass | fail | parse error |', '| --- | --- | ---: | ---: | ---: | ---: |');
for (const [key, r] of rows) out.push(`| ${key.split('\t').join(' | ')} | ${r.examples} | ${r.pass} | ${r.fail} | ${r.parseErrors} |`);
out.push('', `Failing examples (${failures.length}):`, ...failures.map((f) => `- ${f}`));
out.push('', `Parse errors with remark-mdx (${parseErrors.length}):`, ...parseErrors.map((f) => `- ${f}`));
out.push('', 'Disabled examples, not counted:', ...disabled.map((f) => `- ${f}`));
out.push(
  '',
  `Real compiler: ${compiled} of ${kept.length} compile with no error (${pct(compiled, kept.length)}). Refusals by reason:`,
  '',
  '| reason | examples |',
  '| --- | --- |',
);
for (const [category, numbers] of [...refusals].sort((a, b) => b[1].length - a[1].length))
  out.push(`| ${category.replaceAll('|', '\\|')} | ${numbers.length}: ${numbers.join(', ')} |`);
console.log(out.join('\n'));
