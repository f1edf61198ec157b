import { editDistance } from '../text/edit-distance.ts';

/** Where in a content file a mistake is. `file` is as an author would type it (see displayPath). */
export interface Place {
  file: string;
  line?: number | undefined;
  column?: number | undefined;
}

/**
 * A mistake in the guide's content. The message always reads `file:line: field: what is wrong. Expected
 * what would be right.`, so an author knows where to look and what to write. `loc` and `hint` are what
 * Astro's dev overlay shows: the content file with the line marked, and the fix.
 */
export class ContentError extends Error {
  readonly place: Place;
  readonly loc: { file: string; line: number; column: number } | undefined;
  readonly hint: string;
  /** The heading of the dev overlay. */
  readonly title = 'A mistake in the guide\u2019s content';

  constructor(place: Place, field: string, problem: string, expected: string, absoluteFile?: string) {
    const where = [place.file, place.line, place.line !== undefined ? place.column : undefined].filter((part) => part !== undefined).join(':');
    super(`${where}: ${field ? `${field}: ` : ''}${problem}. Expected ${expected}.`);
    this.name = 'GuidepostContentError';
    this.stack = this.message;
    this.place = place;
    this.hint = `Expected ${expected}.`;
    this.loc = absoluteFile ? { file: absoluteFile, line: place.line ?? 1, column: place.column ?? 1 } : undefined;
  }
}

/**
 * Every mistake found in one pass over the guide, so an author fixes them all at once. The message lists
 * them in file order, one a line, each once; `loc` points at the first, for the dev overlay. `summary`, when given,
 * is the message instead: for a mistake one line says better than a list (the content folder is not a guide).
 */
export class ContentErrors extends Error {
  /** Each mistake, in file order. */
  readonly mistakes: ContentError[];
  /**
   * For Astro's dev server, which reads an `errors` array as a bundler's list and shows its first entry
   * (and recovers from it when the file is fixed): one entry, carrying every mistake in its message.
   */
  readonly errors: Error[];
  readonly loc: ContentError['loc'];
  readonly hint: string;
  readonly title: string;

  constructor(errors: ContentError[], summary?: string) {
    // One mistake is said once, however many readings found it (a source file every translation shows).
    const distinct = [...new Map(errors.map((error) => [error.message, error])).values()];
    const sorted = distinct.sort((a, b) => a.place.file.localeCompare(b.place.file) || (a.place.line ?? 0) - (b.place.line ?? 0));
    const count = sorted.length === 1 ? 'a mistake' : `${sorted.length} mistakes`;
    super(summary ?? `The guide's content has ${count}:\n${sorted.map((error) => `- ${error.message}`).join('\n')}`);
    this.name = 'GuidepostContentErrors';
    // A content mistake is not a fault of the program: its place in the code would only hide the cause.
    this.stack = this.message;
    this.mistakes = sorted;
    this.loc = sorted[0]?.loc;
    this.hint = sorted[0]?.hint ?? '';
    this.title = sorted.length === 1 ? 'A mistake in the guide\u2019s content' : `${sorted.length} mistakes in the guide\u2019s content`;
    this.errors = [Object.assign(new Error(this.message), { name: this.name, stack: this.message, loc: this.loc, hint: this.hint, title: this.title })];
  }
}

/** `"a", "b", "c"`: how messages list the values that would be right. */
export const listOf = (values: Iterable<string>) => [...values].map((value) => `"${value}"`).join(', ');

/** The one wording of "this id names no service of the guide", wherever a service id is written. */
export function notAService(place: Place, field: string, id: string, serviceIds: string[], absoluteFile?: string): ContentError {
  return new ContentError(place, field, `"${id}" is not a service of this guide`, `one of ${listOf(serviceIds)}`, absoluteFile);
}

/** The one wording of "two entries claim the same thing", naming both files. */
export function claimedTwice(place: Place, field: string, what: string, other: string, expected: string, absoluteFile?: string): ContentError {
  return new ContentError(place, field, `${what} is also claimed by ${other}`, expected, absoluteFile);
}

/** The closest of `candidates` to a misspelled `value`, for "did you mean" hints; nothing when none is close. */
export function closest(value: string, candidates: Iterable<string>): string | undefined {
  let best: { candidate: string; distance: number } | undefined;
  for (const candidate of candidates) {
    const limit = Math.max(1, Math.floor(candidate.length / 3));
    const distance = editDistance(value.toLowerCase(), candidate.toLowerCase(), limit);
    if (distance <= limit && (!best || distance < best.distance)) best = { candidate, distance };
  }
  return best?.candidate;
}
