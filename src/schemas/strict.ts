import { z } from 'astro/zod';

/**
 * An object that rejects keys it does not know, and says which keys it does know: a misspelled
 * frontmatter key ("tittle") is then reported with the spelling that would have worked.
 */
export function strictObject<Shape extends z.ZodRawShape>(shape: Shape) {
  const known = Object.keys(shape).join(', ');
  return z.strictObject(shape, {
    error: (issue) => (issue.code === 'unrecognized_keys' ? `unknown key ${issue.keys.map((key) => `"${key}"`).join(', ')}; the keys allowed here are: ${known}` : undefined),
  });
}
