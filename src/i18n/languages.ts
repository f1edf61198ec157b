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
  /** The quotation marks SmartyPants sets for "…" and '…' (remark-smartypants' openingQuotes/closingQuotes); English's by default. */
  quotes?: { openingQuotes: { double: string; single: string }; closingQuotes: { double: string; single: string } };
}

export const languageCodes = ['en', 'de', 'ar'] as const;

export type LanguageCode = (typeof languageCodes)[number];

export const languages: Record<LanguageCode, Language> = {
  en: { code: 'en', name: 'English', dir: 'ltr' },
  de: {
    code: 'de',
    name: 'Deutsch',
    dir: 'ltr',
    quotes: { openingQuotes: { double: '„', single: '‚' }, closingQuotes: { double: '“', single: '‘' } },
  },
  ar: {
    code: 'ar',
    name: 'العربية',
    dir: 'rtl',
    quotes: { openingQuotes: { double: '«', single: '‹' }, closingQuotes: { double: '»', single: '›' } },
  },
};

export const isLanguageCode = (code: string): code is LanguageCode => (languageCodes as readonly string[]).includes(code);
