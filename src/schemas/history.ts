import { z } from 'astro/zod';
import { strictObject } from './strict.ts';
import { isoDay } from './guide.ts';

export const historyEntrySchema = strictObject({
  change: z.string().trim().min(1),
  description: z.string().trim().min(1),
  date: isoDay,
});

export type HistoryEntry = z.infer<typeof historyEntrySchema>;
