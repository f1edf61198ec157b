/**
 * The registry of interface catalogues, one per language of src/i18n/languages.ts. Pages read theirs as
 * `Astro.locals.ui` (set by src/middleware.ts from the page's address); build code asks `uiStrings(code)`.
 */
import type { LanguageCode } from '../languages.ts';
import { ar } from './ar.ts';
import { de } from './de.ts';
import { en, type UiStrings } from './en.ts';

export type { UiStrings };

const catalogues: Record<LanguageCode, UiStrings> = { en, de, ar };

export const uiStrings = (code: LanguageCode): UiStrings => catalogues[code];

/** "A", "A or B", "A, B or C", in the catalogue's words. */
export const orList = (ui: UiStrings, names: string[]) =>
  names.length > 1 ? `${names.slice(0, -1).join(', ')} ${ui.frame.or} ${names.at(-1)}` : (names[0] ?? '');
