import { z } from 'astro/zod';
import { slug, strictObject, text } from './shared.ts';

export const answerSchema = strictObject({
  id: slug('yes'),
  /** Completes "If you need …" in the table of rules, so write it as a need: "a record of who did what". */
  label: text('the answer, written as a need'),
});

export const questionSchema = strictObject({
  id: slug('audit'),
  text: text('the question'),
  answers: z.array(answerSchema, { error: 'expected a list of answers' }).min(2, 'expected at least two answers to choose from'),
});

export const ruleSchema = strictObject({
  /** Question id → the answer id (or any of several) that makes the rule apply; every entry must hold. */
  when: z
    .record(
      z.string(),
      z.union([z.string(), z.array(z.string()).min(1)], { error: 'expected an answer id or a list of answer ids' }).transform((answers) => [answers].flat()),
      {
        error: 'expected the answers that make the rule apply, such as { audit: "yes" }',
      },
    )
    .refine((when) => Object.keys(when).length > 0, 'expected at least one answer under when'),
  /** Service ids this rule recommends; leave out for advice that recommends nothing. */
  recommend: z.array(z.string(), { error: 'expected a list of service ids' }).default([]),
  because: text('the reason for the rule'),
  /** Category sections that back the rule: "slug" or "slug#section-id". */
  cites: z
    .array(z.string().regex(/^[a-z0-9-]+(#[a-z0-9-]+)?$/, 'expected a category slug, optionally with #section-id, such as "log-retention#cloudtrail"'), {
      error: 'expected a list of category sections',
    })
    .min(1, 'expected at least one cited category'),
});

export const decisionSchema = strictObject({
  title: text('the title of the decision helper'),
  intro: text('a sentence introducing the helper'),
  questions: z.array(questionSchema, { error: 'expected a list of questions' }).min(1, 'expected at least one question'),
  rules: z.array(ruleSchema, { error: 'expected a list of rules' }).min(1, 'expected at least one rule'),
});

export type Decision = z.infer<typeof decisionSchema>;
