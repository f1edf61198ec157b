/**
 * A mistake in the guide's content. The message always reads
 * `file: field: what is wrong. what is expected`, so an author knows where to look and what to write.
 */
export class ContentError extends Error {
  constructor(file: string, field: string, problem: string, expected: string) {
    super(`${file}: ${field}: ${problem}. Expected ${expected}.`);
    this.name = 'GuidepostContentError';
  }
}

export const listOf = (values: Iterable<string>) => [...values].map((value) => `"${value}"`).join(', ');
