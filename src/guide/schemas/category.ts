import { z } from 'astro/zod';
import { distinctList, slug, strictObject, text } from './shared.ts';

/**
 * Frontmatter of one category file. Which keys `glance` must hold depends on the guide's services, so that
 * check lives with the other cross-file rules (../rules.ts).
 */
export const categorySchema = strictObject({
  title: text('the category title'),
  order: z.number({ error: 'expected a whole number giving the category position in the guide' }).int('expected a whole number').positive('expected a number above 0'),
  slug: slug('log-retention').optional(),
  formerSlugs: distinctList(slug('log-retention'), 'former slugs').default([]),
  /** Navigation groups for large guides; categories of a group are listed together. */
  group: text('the name of the group the category belongs to').optional(),
  /** Words readers use for this category that its text may not: they feed search. */
  keywords: distinctList(text('a keyword'), 'keywords').default([]),
  glance: z.record(z.string(), text('one line of text for the at-a-glance table'), {
    error: 'expected one at-a-glance line per service id, for example "cloudtrail: Tracks API activity"',
  }),
  summary: text('a summary (remove the key if there is none)').optional(),
});

export type CategoryFrontmatter = z.infer<typeof categorySchema>;
