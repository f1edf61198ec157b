import { z } from 'astro/zod';
import { strictObject } from './strict.ts';
import { slugPattern } from './guide.ts';

/**
 * Frontmatter of one category file. Which keys `glance` must hold depends on the guide's services,
 * so that cross-check lives in `src/lib/guide.ts`, where both are known.
 */
export const categorySchema = strictObject({
  title: z.string({ error: 'expected the category title as text' }).trim().min(1, 'the title cannot be empty'),
  order: z.number({ error: 'expected a whole number giving the category position in the guide' }).int().positive(),
  slug: z.string().regex(slugPattern, 'expected lowercase words joined by hyphens, such as "log-retention"').optional(),
  formerSlugs: z.array(z.string().regex(slugPattern, 'expected lowercase words joined by hyphens')).default([]),
  glance: z.record(
    z.string(),
    z.string({ error: 'expected one line of text for the at-a-glance table' }).trim().min(1, 'the at-a-glance entry cannot be empty'),
    { error: 'expected one at-a-glance line per service id, for example "cloudtrail: Tracks API activity"' },
  ),
  summary: z.string().trim().min(1, 'the summary cannot be empty; remove the key if there is no summary').optional(),
});

export type CategoryFrontmatter = z.infer<typeof categorySchema>;
