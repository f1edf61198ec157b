/** Dates are calendar days stored as UTC midnight; formatting in UTC keeps the day from shifting. */
const longDates = new Map<string, Intl.DateTimeFormat>();

/**
 * "September 20, 2024", "20. September 2024": the day as a reader of `language` (a BCP 47 code) writes it.
 * One formatter per language for every call: making one per date costs a third of a millisecond.
 */
export function readableDate(date: Date, language = 'en'): string {
  let format = longDates.get(language);
  if (!format) {
    format = new Intl.DateTimeFormat(language === 'en' ? 'en-US' : language, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });
    longDates.set(language, format);
  }
  return format.format(date);
}

/** The day as YYYY-MM-DD. */
export const isoDay = (date: Date) => date.toISOString().slice(0, 10);
