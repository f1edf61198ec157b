import { z } from 'astro/zod';
import { strictObject } from './strict.ts';

export const resourceKinds = ['guide', 'tutorial'] as const;

export const resourceSchema = strictObject({
  service: z.string().min(1),
  title: z.string().trim().min(1),
  description: z.string().trim().min(1),
  kind: z.enum(resourceKinds, { error: `expected one of: ${resourceKinds.join(', ')}` }),
  url: z.url({ protocol: /^https?$/, error: 'expected an absolute http(s) URL such as https://docs.aws.amazon.com/…' }),
});

export type Resource = z.infer<typeof resourceSchema>;
