/**
 * The languages a guide can be written or translated in: one entry each, with what pages, search and the
 * language picker need. A language is added here and with its interface strings (ui/<code>.ts, registered
 * in ui/index.ts); a guide then uses it as `language:` in guide.yaml or as a folder i18n/<code>/.
 */
export interface Language {
  /** BCP 47 code: `<html lang>`, hreflang, the folder name under i18n/ and the address prefix /<code>/. */
  code: string;
  /** The language's name in itself, as the picker shows it. */
  name: string;
  dir: 'ltr' | 'rtl';
}

export const languages = {
  en: { code: 'en', name: 'English', dir: 'ltr' },
  de: { code: 'de', name: 'Deutsch', dir: 'ltr' },
  ar: { code: 'ar', name: 'العربية', dir: 'rtl' },
} as const satisfies Record<string, Language>;

export type LanguageCode = keyof typeof languages;

export const languageCodes = Object.keys(languages) as LanguageCode[];

export const isLanguageCode = (code: string): code is LanguageCode => Object.hasOwn(languages, code);
