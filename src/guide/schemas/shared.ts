import { z } from 'astro/zod';
import { slugPattern } from '../source.ts';

/*
 * Every message here is an expectation ("expected …"): the error then says what was found, missing or
 * which value, and what would be right (see issueErrors in ../yaml.ts).
 */

/**
 * An object that rejects keys it does not know, and says which keys it does know: a misspelled key
 * ("tittle") is then reported with the spelling that would have worked.
 */
export function strictObject<Shape extends z.ZodRawShape>(shape: Shape) {
  const known = Object.keys(shape).join(', ');
  return z.strictObject(shape, {
    error: (issue) => (issue.code === 'unrecognized_keys' ? `unknown keys; the keys allowed here are: ${known}` : `expected a group of keys (${known})`),
  });
}

/** One line of text that may not be empty. */
export const text = (what: string) =>
  z
    .string({ error: `expected ${what} as text` })
    .trim()
    .min(1, `expected ${what}; it cannot be empty`);

/** Lowercase words joined by hyphens: the shape of every id and slug that ends up in a URL. */
export const slug = (example: string) =>
  z
    .string({ error: `expected a lowercase id such as "${example}"` })
    .regex(slugPattern, `expected lowercase letters, digits and hyphens, such as "${example}"`);

/** A calendar day written YYYY-MM-DD, read as midnight UTC so it prints the same everywhere. */
export const isoDay = z.iso.date({ error: 'expected a date written as YYYY-MM-DD, such as 2024-09-20' }).transform((day) => new Date(`${day}T00:00:00Z`));

/** A list whose entries must differ, compared without regard to case. */
export function distinctList<T extends z.ZodType<string>>(item: T, what: string) {
  return z.array(item, { error: `expected a list of ${what}, such as [a, b]` }).superRefine((list, ctx) => {
    const seen = new Set<string>();
    list.forEach((entry, index) => {
      const key = entry.toLowerCase();
      if (seen.has(key)) ctx.addIssue({ code: 'custom', path: [index], message: `expected each of the ${what} once; "${entry}" is listed twice` });
      seen.add(key);
    });
  });
}

export { slugPattern };
