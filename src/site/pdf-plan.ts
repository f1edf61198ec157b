/** Whether a build prints its guides as PDFs: the policy, apart from the printing (src/forms/pdf.ts). */
import type { Settings } from './settings.ts';

/**
 * Printing costs about 40 ms a category (a 1,000-category guide is a 2,000-page PDF and 40 s), so by default
 * a site is printed only up to this many categories in all; GUIDEPOST_PDF=on prints any size.
 */
export const pdfAutoLimit = 100;

/** Whether this build prints the guides as PDFs, and if not, why not (the build says so). */
export function pdfPlan(settings: Settings, categories: number): { print: boolean; reason: string } {
  if (settings.pdf === 'off') return { print: false, reason: 'GUIDEPOST_PDF=off' };
  if (!settings.chromium)
    return {
      print: false,
      reason: settings.chromiumNamed
        ? `GUIDEPOST_CHROMIUM=${settings.chromiumNamed} does not exist`
        : 'no Chromium found; install one, or set GUIDEPOST_CHROMIUM to its path',
    };
  if (settings.pdf === 'auto' && categories > pdfAutoLimit) {
    return {
      print: false,
      reason: `the site has ${categories} categories, more than the ${pdfAutoLimit} printed by default (about 40 ms a category); GUIDEPOST_PDF=on prints it anyway`,
    };
  }
  return { print: true, reason: '' };
}
