/** Dates are calendar days stored as UTC midnight; formatting in UTC keeps the day from shifting. */
export const readableDate = (date: Date) => date.toLocaleDateString('en-US', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });

/** The day as YYYY-MM-DD. */
export const isoDay = (date: Date) => date.toISOString().slice(0, 10);
