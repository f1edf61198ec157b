import { z } from 'astro/zod';
import { slugPattern } from './guide.ts';
import { strictObject } from './strict.ts';

const id = z.string().regex(slugPattern, 'expected a lowercase id such as "audit" (letters, digits, hyphens)');

export const answerSchema = strictObject({
  id,
  /** Completes "If you need …" in the table of rules, so write it as a need: "a record of who did what". */
  label: z.string().trim().min(1),
});

export const questionSchema = strictObject({
  id,
  text: z.string().trim().min(1),
  answers: z.array(answerSchema).min(2, 'a question needs at least two answers to choose from'),
});

export const ruleSchema = strictObject({
  /** Question id → the answer id (or any of several) that makes the rule apply; every entry must hold. */
  when: z
    .record(z.string(), z.union([z.string(), z.array(z.string()).min(1)]).transform((answers) => [answers].flat()))
    .refine((when) => Object.keys(when).length > 0, 'a rule needs at least one answer under when'),
  /** Service ids this rule recommends; leave out for advice that recommends nothing. */
  recommend: z.array(z.string()).default([]),
  because: z.string().trim().min(1),
  /** Category sections that back the rule: "slug" or "slug#section-id". */
  cites: z.array(z.string().regex(/^[a-z0-9-]+(#[a-z0-9-]+)?$/, 'expected a category slug, optionally with #section-id, such as "log-retention#cloudtrail"')).min(1, 'every rule cites at least one category'),
});

export const decisionSchema = strictObject({
  title: z.string().trim().min(1),
  intro: z.string().trim().min(1),
  questions: z.array(questionSchema).min(1),
  rules: z.array(ruleSchema).min(1),
});

export type Decision = z.infer<typeof decisionSchema>;
