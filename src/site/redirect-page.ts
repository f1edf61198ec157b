import { escapeAttribute, escapeUTF8 } from 'entities';
import { languages, type Language, type LanguageCode } from '../i18n/languages.ts';
import { uiStrings } from '../i18n/ui/index.ts';

/**
 * A static stand-in for an HTTP redirect, for hosts that serve files only: a meta refresh for browsers,
 * a canonical link for search engines (when the site's address is known) and a plain link for everyone else,
 * in the language of the guide site the page belongs to.
 */
export function redirectPage(title: string, path: string, canonicalUrl: string | undefined, language: Language = languages.en): string {
  const target = escapeAttribute(path);
  const { forms } = uiStrings(language.code as LanguageCode);
  const anchor = { html: `<a href="${target}">${escapeUTF8(title)}</a>` };
  const moved = forms
    .movedTo(anchor)
    .map((part) => (typeof part === 'string' ? escapeUTF8(part) : part.html))
    .join('');
  return `<!doctype html>
<html lang="${escapeAttribute(language.code)}"${language.dir === 'rtl' ? ' dir="rtl"' : ''}>
<head>
<meta charset="utf-8">
<title>${escapeUTF8(forms.moved(title))}</title>
<meta http-equiv="refresh" content="0; url=${target}">
${canonicalUrl ? `<link rel="canonical" href="${escapeAttribute(canonicalUrl)}">\n` : ''}<meta name="robots" content="noindex">
</head>
<body>
<p>${moved}</p>
</body>
</html>
`;
}
