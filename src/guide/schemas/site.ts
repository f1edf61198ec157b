import { z } from 'astro/zod';
import { serviceSchema } from './guide.ts';
import { distinctList, slug, strictObject, text } from './shared.ts';

/** site.yaml: a library of guides built as one site. Only the title and description are needed. */
export const siteSchema = strictObject({
  title: text('the library’s title').describe('The name of the library of guides: the title of its home page.'),
  description: text('a sentence on what the library offers').describe('One or two sentences under the title.'),
  order: distinctList(slug('cloudtrail-or-cloudwatch'), 'guide slugs')
    .optional()
    .describe('The order of the guides on the home page (the rest follow by title).'),
  featured: distinctList(slug('cloudtrail-or-cloudwatch'), 'guide slugs').default([]).describe('Guides shown first, marked as featured.'),
  links: z
    .array(strictObject({ title: text('the link text'), url: z.url({ protocol: /^https?$/, error: 'expected an absolute http(s) URL' }) }), {
      error: 'expected a list of links',
    })
    .default([])
    .describe('Links shown on the home page, such as the organisation’s own documentation.'),
  services: z
    .array(serviceSchema, { error: 'expected a list of services' })
    .default([])
    .describe('Services defined once for every guide: a guide may then list such a service by its id alone.'),
});

export type SiteMeta = z.infer<typeof siteSchema>;
