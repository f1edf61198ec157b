import { isMap, isScalar, LineCounter, parseDocument, type Node } from 'yaml';
import type { z } from 'astro/zod';
import { ContentError, closest } from './errors.ts';
import type { SourceFile } from './source.ts';

export type PathKey = string | number;

/** Parsed YAML that can say on which line any value (or key) was written. */
export interface YamlSource {
  file: SourceFile;
  data: unknown;
  /** The line of the value at `path`, or of its nearest written ancestor. */
  lineOf(path: readonly PathKey[]): number | undefined;
  /** The line of the key `key` of the mapping at `path`. */
  keyLineOf(path: readonly PathKey[], key: string): number | undefined;
}

/**
 * Parses YAML, reporting a syntax error with its line. `firstLine` is the line of the file the YAML starts
 * on (frontmatter starts below its `---`).
 */
export function parseYaml(file: SourceFile, text = file.text, firstLine = 1): YamlSource {
  const lines = new LineCounter();
  const document = parseDocument(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: false });
  const lineAt = (offset: number) => lines.linePos(offset).line + firstLine - 1;
  const [syntax] = document.errors;
  if (syntax) {
    const at = lines.linePos(syntax.pos[0]);
    const problem =
      syntax.code === 'DUPLICATE_KEY'
        ? 'a key is written twice'
        : `not valid YAML (${syntax.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '')})`;
    throw new ContentError(
      { file: file.shown, line: at.line + firstLine - 1, column: at.col },
      '',
      problem,
      'YAML as in the other content files: "key: value" lines, lists as "- item", and quotes around text that holds a colon followed by a space',
      file.path,
    );
  }
  const nodeAt = (path: readonly PathKey[]): Node | undefined => {
    for (let length = path.length; length >= 0; length--) {
      const node = length === 0 ? document.contents : document.getIn(path.slice(0, length), true);
      if (node && typeof node === 'object' && 'range' in node && node.range) return node as Node;
    }
    return undefined;
  };
  let data: unknown;
  try {
    data = document.toJS({ maxAliasCount: 100 });
  } catch (error) {
    // An alias (*name) to an anchor that is not set, or aliases that would expand beyond reason.
    const alias = /alias/i.test((error as Error).message);
    throw new ContentError(
      { file: file.shown, line: firstLine },
      '',
      alias ? `not valid YAML (${(error as Error).message})` : `not readable as YAML (${(error as Error).message})`,
      'plain YAML: a * starts an alias, so quote text that begins with one ("*bold*")',
      file.path,
    );
  }
  return {
    file,
    data,
    lineOf: (path) => {
      const node = nodeAt(path);
      return node?.range ? lineAt(node.range[0]) : undefined;
    },
    keyLineOf: (path, key) => {
      const parent = nodeAt(path);
      if (isMap(parent)) {
        const pair = parent.items.find((item) => isScalar(item.key) && item.key.value === key);
        const range = pair && isScalar(pair.key) ? pair.key.range : undefined;
        if (range) return lineAt(range[0]);
      }
      return parent?.range ? lineAt(parent.range[0]) : undefined;
    },
  };
}

/** A YAML list, each item checked by `schema`; problems come back as content errors with their lines. */
export function validateList<T extends z.ZodType>(
  source: YamlSource,
  schema: T,
  expected: string,
): { items: { data: z.output<T>; line: number | undefined; index: number }[]; errors: ContentError[] } {
  if (source.data == null) return { items: [], errors: [emptyFile(source, `a YAML list of ${expected}, each entry starting with "- "`)] };
  if (!Array.isArray(source.data)) {
    return {
      items: [],
      errors: [
        new ContentError(
          { file: source.file.shown, line: source.lineOf([]) },
          '',
          'the file holds a single entry, not a list',
          `a YAML list of ${expected}, each entry starting with "- "`,
          source.file.path,
        ),
      ],
    };
  }
  const items: { data: z.output<T>; line: number | undefined; index: number }[] = [];
  const errors: ContentError[] = [];
  source.data.forEach((item, index) => {
    const result = schema.safeParse(item);
    if (result.success) items.push({ data: result.data, line: source.lineOf([index]), index });
    else errors.push(...issueErrors(source, result.error.issues, [index]));
  });
  return { items, errors };
}

/** A YAML mapping checked by `schema`. */
export function validateRecord<T extends z.ZodType>(
  source: YamlSource,
  schema: T,
  expected: string,
): { data: z.output<T> | undefined; errors: ContentError[] } {
  if (source.data == null) return { data: undefined, errors: [emptyFile(source, expected)] };
  const result = schema.safeParse(source.data);
  return result.success ? { data: result.data, errors: [] } : { data: undefined, errors: issueErrors(source, result.error.issues, []) };
}

function emptyFile(source: YamlSource, expected: string): ContentError {
  return new ContentError({ file: source.file.shown, line: 1 }, '', 'the file is empty', expected, source.file.path);
}

/**
 * `rules[5].cites[0]`: a path as an author finds it in the file. An entry of a file that is a list is
 * counted from 1, as an author counts them: `item 2.url`.
 */
export function fieldNameOf(path: readonly PathKey[], isList = false): string {
  const [first, ...rest] = path;
  if (isList && typeof first === 'number') return `item ${first + 1}${rest.length ? `.${fieldNameOf(rest)}` : ''}`;
  return path.map((key, index) => (typeof key === 'number' ? `[${key}]` : `${index ? '.' : ''}${key}`)).join('');
}

/**
 * Zod's findings as content errors. Every schema message is written as an expectation ("expected …"), so
 * the error says what was found (missing, or the value) and then what was expected.
 */
export function issueErrors(source: YamlSource, issues: readonly z.core.$ZodIssue[], prefix: PathKey[]): ContentError[] {
  const isList = Array.isArray(source.data);
  const fieldName = (path: readonly PathKey[]) => fieldNameOf(path, isList);
  // A misspelled key ("tittle") also leaves the key it meant missing; the misspelling is the cause, so the
  // missing key is not reported again.
  const meant = new Set(
    issues.flatMap((issue) =>
      issue.code === 'unrecognized_keys'
        ? issue.keys
            .map((key) => closest(key, /the keys allowed here are: (.*)$/.exec(issue.message)?.[1]?.split(', ') ?? []))
            .filter(Boolean)
            .map((key) => JSON.stringify([...prefix, ...issue.path, key]))
        : [],
    ),
  );
  return issues.flatMap((issue) => {
    if (
      issue.code !== 'unrecognized_keys' &&
      meant.has(JSON.stringify([...prefix, ...issue.path])) &&
      valueAt(source.data, [...prefix, ...(issue.path as PathKey[])]) === undefined
    )
      return [];
    const path = [...prefix, ...(issue.path as PathKey[])];
    const at = (line: number | undefined) => ({ file: source.file.shown, line });
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => {
        const allowed = /the keys allowed here are: (.*)$/.exec(issue.message)?.[1] ?? '';
        const suggestion = closest(key, allowed.split(', '));
        return new ContentError(
          at(source.keyLineOf(path, key)),
          fieldName([...path, key]),
          `unknown key "${key}"${suggestion ? ` (did you mean "${suggestion}"?)` : ''}; the keys allowed here are: ${allowed}`,
          'only the keys listed',
          source.file.path,
        );
      });
    }
    const value = valueAt(source.data, path);
    const expectation = /^expected (.*)$/is.exec(issue.message)?.[1];
    const [problem, expected] = expectation
      ? [value === undefined ? 'missing' : `found ${preview(value)}`, expectation]
      : [issue.message, 'a value as README.md, "Writing the guide", describes'];
    return [new ContentError(at(source.lineOf(path)), fieldName(path), problem, expected, source.file.path)];
  });
}

function valueAt(data: unknown, path: readonly PathKey[]): unknown {
  let value = data;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PathKey, unknown>)[key];
  }
  return value;
}

function preview(value: unknown): string {
  if (typeof value === 'string') return value.trim() === '' ? 'empty text' : JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}…` : value);
  if (Array.isArray(value)) return value.length ? 'a list' : 'an empty list';
  if (value === null) return 'nothing (null)';
  if (typeof value === 'object') return 'a group of keys';
  return JSON.stringify(value);
}
