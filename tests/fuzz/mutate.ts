// Random, reproducible damage to a copy of a guide: what an author's slip, a bad merge or a hostile
// contributor could do to its files. Every mutation is derived from one seed, so a failure is replayed
// exactly (npm run fuzz -- --seed N).
import { readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** A small seeded generator (mulberry32): the same seed, the same mutations. */
export function random(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
  return { next, int: (below: number) => Math.floor(next() * below), pick: <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]! };
}

type Random = ReturnType<typeof random>;

/** Text an author or an attacker might put anywhere. */
const snippets = [
  '{',
  '}',
  '<',
  '>',
  '"',
  "'",
  ':',
  ': ',
  '- ',
  '#',
  '|',
  '&',
  '\\',
  '*',
  '[',
  '](',
  '\t',
  '\r',
  '\u0000',
  '\uFEFF',
  '\u202E',
  '🚀',
  'é',
  '<script>alert(1)</script>',
  '<Side service="nope">',
  '</Side>',
  '<Comparison>',
  '</Comparison>',
  '<Side service="cloudtrail">',
  '{1 + 1}',
  '[x](javascript:alert(1))',
  '![x](https://example.com/x.png)',
  '<div onload="x">',
  '---',
  "import X from './x.js'",
  '## Heading [#summary]',
  '<ConcernList />',
  '<img src=x onerror=alert(1)>',
  '&#x3C;script&#x3E;',
  '%00',
  '../../etc/passwd',
  'TODO: fill in',
  'order: 1',
  'slug: search',
];

export interface Mutation {
  /** What was done, for the report: "deleted line 4 of categories/x.mdx". */
  description: string;
}

function files(dir: string): string[] {
  return (readdirSync(dir, { recursive: true }) as string[]).filter((file) => statSync(join(dir, file)).isFile()).sort();
}

/** Applies one random mutation to the guide in `dir`. */
export function mutate(dir: string, rng: Random): Mutation {
  const list = files(dir);
  const file = rng.pick(list);
  const path = join(dir, file);
  const text = readFileSync(path, 'utf8');
  const lines = text.split('\n');
  const line = rng.int(lines.length);
  const at = rng.int(text.length + 1);
  const write = (next: string) => writeFileSync(path, next);
  switch (rng.int(9)) {
    case 0:
      write(text.slice(0, at));
      return { description: `cut ${file} after ${at} characters` };
    case 1:
      lines.splice(line, 1);
      write(lines.join('\n'));
      return { description: `deleted line ${line + 1} of ${file}` };
    case 2:
      lines.splice(line, 0, lines[line] ?? '');
      write(lines.join('\n'));
      return { description: `doubled line ${line + 1} of ${file}` };
    case 3: {
      const other = rng.int(lines.length);
      [lines[line], lines[other]] = [lines[other] ?? '', lines[line] ?? ''];
      write(lines.join('\n'));
      return { description: `swapped lines ${line + 1} and ${other + 1} of ${file}` };
    }
    case 4:
    case 5: {
      const snippet = rng.pick(snippets);
      write(text.slice(0, at) + snippet + text.slice(at));
      return { description: `put ${JSON.stringify(snippet)} at character ${at} of ${file}` };
    }
    case 6: {
      const name = rng.pick(['Access Côntrol.mdx', 'search.mdx', 'favicon.mdx', 'notes.txt', '.hidden.mdx', 'UPPER.mdx', 'pagefind.mdx', 'a.mdx']);
      const target = file.startsWith('categories/') ? join(dir, 'categories', name) : join(dir, name);
      renameSync(path, target);
      return { description: `renamed ${file} to ${relative(dir, target)}` };
    }
    case 7:
      rmSync(path);
      return { description: `removed ${file}` };
    default:
      write('');
      return { description: `emptied ${file}` };
  }
}

/** One to three mutations from `seed`. */
export function mutateGuide(dir: string, seed: number): Mutation[] {
  const rng = random(seed);
  return Array.from({ length: 1 + rng.int(3) }, () => mutate(dir, rng));
}
