import { z } from 'astro/zod';
import { strictObject, text } from './shared.ts';

export const resourceKinds = ['guide', 'tutorial'] as const;

export const resourceSchema = strictObject({
  service: text('the id of the service the resource is about'),
  title: text('the resource title'),
  description: text('a sentence on what the resource offers'),
  kind: z.enum(resourceKinds, { error: `expected one of: ${resourceKinds.join(', ')}` }),
  url: z.url({ protocol: /^https?$/, error: 'expected an absolute http(s) URL such as https://docs.aws.amazon.com/…' }),
});

export type Resource = z.infer<typeof resourceSchema>;
