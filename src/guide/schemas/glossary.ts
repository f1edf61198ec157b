import { z } from 'astro/zod';
import { distinctList, strictObject, text } from './shared.ts';

/**
 * One term of the search glossary and the other words readers use for it. Search finds the term when a
 * reader types an alias, and the other way round.
 */
export const glossaryEntrySchema = strictObject({
  term: text('the term as the guide writes it'),
  aliases: distinctList(text('an alias'), 'aliases').refine((aliases) => aliases.length > 0, 'expected at least one alias'),
});

export type GlossaryEntry = z.infer<typeof glossaryEntrySchema>;
