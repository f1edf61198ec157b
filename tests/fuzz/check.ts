// What every mutated guide must do: validate into a site, or be refused with content errors that each name
// a content file. Anything else (another error, a message naming no file) is a finding.
import { relative, resolve } from 'node:path';
import { ContentErrors } from '../../src/guide/index.ts';
import { validate } from '../support/load.ts';

export type Outcome = { kind: 'valid' } | { kind: 'refused'; messages: string[] } | { kind: 'finding'; problem: string };

export async function check(contentDir: string): Promise<Outcome> {
  try {
    await validate(contentDir);
    return { kind: 'valid' };
  } catch (error) {
    if (!(error instanceof ContentErrors))
      return { kind: 'finding', problem: `not a content error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}` };
    if (error.mistakes.length === 0) return { kind: 'finding', problem: 'refused with no message' };
    for (const problem of error.mistakes) {
      const file = resolve(problem.place.file);
      if (relative(contentDir, file).startsWith('..')) return { kind: 'finding', problem: `a message names no content file: ${problem.message}` };
    }
    return { kind: 'refused', messages: error.mistakes.map((problem) => problem.message) };
  }
}
