/**
 * The guide as data: services, categories in order with their at-a-glance line per service and their
 * sections, resources, history and the decision rules, at /guide.json. Its shape is the zod schema below;
 * the published JSON Schema (/guide.schema.json) is generated from it, so the two cannot drift.
 */
import { z } from 'astro/zod';
import { serviceSchema } from '../guide/schemas/guide.ts';
import { questionSchema } from '../guide/schemas/decision.ts';
import { resourceSchema } from '../guide/schemas/resource.ts';
import { isoDay } from '../site/dates.ts';
import { categoryOutline, fieldSections, filledSections, type SectionField } from '../guide/index.ts';
import type { LanguageCode } from '../i18n/languages.ts';
import type { GuideSite, Site } from '../site/model.ts';
import { ownRoutes } from '../site/routes.ts';
import { ruleAnchor } from '../site/urls.ts';
import { fragmentMarkdown, twinPath } from './twins.ts';

/** Raised when the shape changes in a way a reader of the file must know about. */
export const guideDataVersion = 1;

const address = z.string().describe('An absolute URL when the site\u2019s address is known (SITE_URL), otherwise a path from the site\u2019s root.');
const day = z.iso.date().describe('A calendar day, YYYY-MM-DD.');
const markdown = z.string().describe('Plain Markdown (CommonMark with GFM tables).');

const sectionSchema = z.strictObject({ id: z.string(), title: z.string(), depth: z.number().int().min(2).max(6), url: address });

/** A category's field sections (its summary), as the Markdown written in their fields. */
const fieldSectionsSchema = Object.fromEntries(fieldSections.map((section) => [section.field, z.string().optional()])) as Record<
  SectionField,
  z.ZodOptional<z.ZodString>
>;

const categorySchema = z.strictObject({
  slug: z.string().describe('The category\u2019s stable address segment.'),
  title: z.string(),
  order: z.number().int(),
  group: z.string().optional(),
  url: address,
  markdownUrl: address,
  glance: z.record(z.string(), z.string()).describe('Service id → the category\u2019s one-line difference for that service.'),
  sides: z
    .array(z.strictObject({ service: z.string(), url: address, markdown }))
    .describe('The comparison, one entry per service, in the guide\u2019s order of services.'),
  ...fieldSectionsSchema,
  keywords: z.array(z.string()),
  sections: z.array(sectionSchema).describe('Every section of the category page that a link can point at.'),
});

const ruleSchema = z.strictObject({
  url: address,
  when: z.record(z.string(), z.array(z.string())).describe('Question id → the answer ids that make the rule apply; every entry must hold.'),
  recommend: z.array(z.string()).describe('Service ids; empty for advice that recommends nothing.'),
  because: z.string(),
  cites: z.array(z.strictObject({ category: z.string(), section: z.string().optional(), url: address })),
});

export const guideDataSchema = z.strictObject({
  $schema: z.string(),
  version: z.literal(guideDataVersion).describe('The version of this format.'),
  title: z.string(),
  tagline: z.string(),
  purpose: z.string(),
  vendor: z.string().describe('Who makes the compared services; the guide is independent of them.'),
  lastUpdated: day,
  url: address,
  markdownUrl: address,
  services: z.array(serviceSchema),
  categories: z.array(categorySchema).describe('In the guide\u2019s order.'),
  resources: z.array(resourceSchema),
  history: z.array(z.strictObject({ date: day, change: z.string(), description: z.string(), url: address })).describe('Newest first.'),
  decision: z.strictObject({ title: z.string(), intro: z.string(), url: address, questions: z.array(questionSchema), rules: z.array(ruleSchema) }).optional(),
});

export type GuideData = z.infer<typeof guideDataSchema>;

/** The JSON Schema of guide.json, published beside it. */
export function guideDataJsonSchema(site: Site): Record<string, unknown> {
  const { $schema, ...schema } = z.toJSONSchema(guideDataSchema, { target: 'draft-2020-12' });
  return { $schema, $id: site.urls.absolute(site.urls.link(ownRoutes.dataSchema)), title: 'A Guidepost decision guide as data (guide.json)', ...schema };
}

export function guideData(site: Site, guideSite: GuideSite): GuideData {
  const { guide, urls } = guideSite;
  const { meta, services, categories, decision } = guide;
  const language = guideSite.language.code as LanguageCode;
  const at = (path: string) => site.urls.absolute(path) ?? path;
  const twin = (path: string) => at(site.urls.base + twinPath(path.slice(site.urls.base.length)));
  const data: GuideData = {
    $schema: at(site.urls.link(ownRoutes.dataSchema)),
    version: guideDataVersion,
    title: meta.title,
    tagline: meta.tagline,
    purpose: meta.purpose,
    vendor: meta.vendor,
    lastUpdated: isoDay(meta.lastUpdated),
    url: at(urls.link()),
    markdownUrl: twin(urls.link()),
    services,
    categories: categories.map((category) => ({
      slug: category.slug,
      title: category.title,
      order: category.order,
      ...(category.group ? { group: category.group } : {}),
      url: at(urls.category(category.slug)),
      markdownUrl: twin(urls.category(category.slug)),
      glance: category.glance,
      sides: category.sides.map((side) => ({
        service: side.service,
        url: at(urls.section(category.slug, side.service)),
        markdown: fragmentMarkdown(site, guideSite, side.fragment, `${category.slug}/`),
      })),
      ...Object.fromEntries(filledSections(category).map(({ section, markdown }) => [section.field, markdown])),
      keywords: category.keywords,
      sections: categoryOutline(category, services, language).map(({ id, text, depth }) => ({
        id,
        title: text,
        depth,
        url: at(urls.section(category.slug, id)),
      })),
    })),
    resources: guide.resources,
    history: guide.history.map((entry) => ({
      date: isoDay(entry.date),
      change: entry.change,
      description: entry.description,
      url: at(urls.link(`${ownRoutes.history}#${guideSite.historyAnchor(entry)}`)),
    })),
    ...(decision
      ? {
          decision: {
            title: decision.title,
            intro: decision.intro,
            url: at(urls.link(ownRoutes.decide)),
            questions: decision.questions,
            rules: decision.rules.map((rule, index) => ({
              url: at(urls.link(`${ownRoutes.decide}#${ruleAnchor(index)}`)),
              when: rule.when,
              recommend: rule.recommend,
              because: rule.because,
              cites: rule.cites.map((reference) => {
                const [category = '', section] = reference.split('#');
                return { category, ...(section ? { section } : {}), url: at(section ? urls.section(category, section) : urls.category(category)) };
              }),
            })),
          },
        }
      : {}),
  };
  return data;
}
