import { z } from 'astro/zod';
import { distinctList, slug, strictObject, text } from './shared.ts';

/**
 * Frontmatter of one category file. Which keys `glance` must hold depends on the guide's services, so that
 * check lives with the other cross-file rules (../rules.ts).
 */
export const categorySchema = strictObject({
  title: text('the category title').describe('The category’s name: its page title and its row in the at-a-glance table.'),
  order: z
    .number({ error: 'expected a whole number giving the category position in the guide' })
    .int('expected a whole number')
    .positive('expected a number above 0')
    .describe('Position in the guide, unique among categories.'),
  slug: slug('log-retention').optional().describe('The page’s address, /<slug>/. Defaults to the file name.'),
  formerSlugs: distinctList(slug('log-retention'), 'former slugs').default([]).describe('Old addresses of the category, kept alive as redirects.'),
  /** Navigation groups for large guides; categories of a group are listed together. */
  group: text('the name of the group the category belongs to')
    .optional()
    .describe('The group the category is listed under in navigation, for guides with many categories.'),
  /** Words readers use for this category that its text may not: they feed search. */
  keywords: distinctList(text('a keyword'), 'keywords').default([]).describe('Words readers use for this category that its text may not; they feed search.'),
  glance: z
    .record(z.string(), text('one line of text for the at-a-glance table'), {
      error: 'expected one at-a-glance line per service id, for example "cloudtrail: Tracks API activity"',
    })
    .describe('One line per service id, for the at-a-glance table and the top of the page.'),
  summary: text('a summary (remove the key if there is none)').optional().describe('A closing summary shown under the comparison.'),
});

export type CategoryFrontmatter = z.infer<typeof categorySchema>;
