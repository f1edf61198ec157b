import { z } from 'astro/zod';
import { strictObject } from './strict.ts';

/** A calendar day written YYYY-MM-DD, read as midnight UTC so it prints the same everywhere. */
export const isoDay = z.iso
  .date({ error: 'expected a date written as YYYY-MM-DD, such as 2024-09-20' })
  .transform((day) => new Date(`${day}T00:00:00Z`));

/** Lowercase words joined by hyphens: the shape of every id and slug that ends up in a URL. */
export const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const serviceSchema = strictObject({
  id: z.string().regex(slugPattern, 'expected a lowercase id such as "cloudtrail" (letters, digits, hyphens)'),
  name: z.string().trim().min(1),
  shortName: z.string().trim().min(1),
  summary: z.string().trim().min(1),
  docs: z.url({ protocol: /^https$/, error: 'expected an https:// documentation URL' }),
  features: z.array(z.string().trim().min(1)).min(1),
});

export const concernSchema = strictObject({
  name: z.string().trim().min(1),
  description: z.string().trim().min(1),
});

export const guideSchema = strictObject({
  title: z.string().trim().min(1),
  tagline: z.string().trim().min(1),
  purpose: z.string().trim().min(1),
  lastUpdated: isoDay,
  services: z.array(serviceSchema).min(2, 'a decision guide compares at least two services'),
  concerns: z.array(concernSchema).min(1),
  glanceIntro: z.string().trim().min(1),
  categoriesIntro: z.string().trim().min(1),
  gettingStartedIntro: z.string().trim().min(1),
  historyIntro: z.string().trim().min(1),
  /** Who makes the compared services; the footer says the guide is independent of them. */
  vendor: z.string().trim().min(1),
})
  .superRefine((guide, ctx) => {
    const seen = new Set<string>();
    guide.services.forEach((service, index) => {
      if (seen.has(service.id)) {
        ctx.addIssue({ code: 'custom', path: ['services', index, 'id'], message: `service id "${service.id}" is listed twice; each service needs its own id` });
      }
      seen.add(service.id);
    });
  });

export type Service = z.infer<typeof serviceSchema>;
export type GuideMeta = z.infer<typeof guideSchema>;
