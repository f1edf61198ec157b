/**
 * Every page renders from content that was validated before rendering began, so an error here is a fault of
 * a template, not of the content. Still, the author must be able to act on it: the error is reported with
 * the page and the content file it was rendering.
 */
import { defineMiddleware } from 'astro:middleware';
import { getSite, siteReady } from './site/index.ts';
import { contentOfPage } from './site/page-sources.ts';
import { languageOfPage } from './site/languages.ts';
import { uiStrings } from './i18n/ui/index.ts';
import type { LanguageCode } from './i18n/languages.ts';

export const onRequest = defineMiddleware(async (context, next) => {
  await siteReady();
  try {
    // Every component reads its words from here: the language is the page's, known from its address.
    const language = languageOfPage(getSite(), context.url.pathname);
    context.locals.language = language;
    context.locals.ui = uiStrings(language.code as LanguageCode);
    return await next();
  } catch (error) {
    const page = context.url.pathname;
    const from = contentOfPage(getSite(), page);
    throw new Error(`${from ? `${from}: ` : ''}rendering ${page} failed: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
});
