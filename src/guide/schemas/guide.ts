import { z } from 'astro/zod';
import { languageCodes } from '../../i18n/languages.ts';
import { isoDay, slug, strictObject, text } from './shared.ts';

export const serviceSchema = strictObject({
  id: slug('cloudtrail'),
  name: text('the service name'),
  shortName: text('a short name for table headings'),
  summary: text('one or two sentences on what the service is'),
  docs: z.url({ protocol: /^https$/, error: 'expected an https:// documentation URL' }),
  features: z.array(text('a key feature'), { error: 'expected a list of key features' }).min(1, 'expected at least one key feature'),
});

export const concernSchema = strictObject({
  name: text('the concern'),
  description: text('a sentence describing the concern'),
});

export const guideSchema = strictObject({
  title: text('the guide title'),
  tagline: text('a one-line tagline'),
  purpose: text('the purpose of the guide'),
  lastUpdated: isoDay,
  language: z
    .enum(languageCodes, { error: `expected the code of a language Guidepost knows: ${languageCodes.join(', ')}` })
    .default('en')
    .describe('The language the guide is written in (a translation in i18n/<code>/ gives its code here too). Default: en.'),
  services: z
    .array(serviceSchema, { error: 'expected the list of services compared' })
    .min(2, 'expected at least two services: a decision guide compares services'),
  concerns: z.array(concernSchema, { error: 'expected the list of concerns of the introduction' }).min(1, 'expected at least one concern'),
  glanceIntro: text('a sentence introducing the at-a-glance table'),
  categoriesIntro: text('a sentence introducing the categories'),
  gettingStartedIntro: text('a sentence introducing the getting-started resources'),
  historyIntro: text('a sentence introducing the document history'),
  /** Who makes the compared services; the footer says the guide is independent of them. */
  vendor: text('the company whose services are compared'),
}).superRefine((guide, ctx) => {
  const seen = new Set<string>();
  guide.services.forEach((service, index) => {
    if (seen.has(service.id))
      ctx.addIssue({ code: 'custom', path: ['services', index, 'id'], message: `expected a different id for each service; "${service.id}" is used twice` });
    seen.add(service.id);
  });
});

export type Service = z.infer<typeof serviceSchema>;
export type GuideMeta = z.infer<typeof guideSchema>;
