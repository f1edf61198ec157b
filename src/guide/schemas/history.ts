import { z } from 'astro/zod';
import { isoDay, strictObject, text } from './shared.ts';

export const historyEntrySchema = strictObject({
  change: text('a short name for the change'),
  description: text('a sentence describing the change'),
  date: isoDay,
});

export type HistoryEntry = z.infer<typeof historyEntrySchema>;
