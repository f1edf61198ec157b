import { escapeAttribute, escapeUTF8 } from 'entities';

/**
 * A static stand-in for an HTTP redirect, for hosts that serve files only: a meta refresh for browsers,
 * a canonical link for search engines (when the site's address is known) and a plain link for everyone else.
 */
export function redirectPage(title: string, path: string, canonicalUrl: string | undefined): string {
  const target = escapeAttribute(path);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Moved: ${escapeUTF8(title)}</title>
<meta http-equiv="refresh" content="0; url=${target}">
${canonicalUrl ? `<link rel="canonical" href="${escapeAttribute(canonicalUrl)}">\n` : ''}<meta name="robots" content="noindex">
</head>
<body>
<p>This page has moved to <a href="${target}">${escapeUTF8(title)}</a>.</p>
</body>
</html>
`;
}
