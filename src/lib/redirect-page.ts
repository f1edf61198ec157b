/** True for a page written by redirectPage(): an old address, not a page of its own. */
export const isRedirectPage = (html: string) => html.includes('<meta http-equiv="refresh"');

/**
 * A static stand-in for an HTTP redirect, for hosts that serve files only: a meta refresh for
 * browsers, a canonical link for search engines and a plain link for everyone else.
 */
export function redirectPage(title: string, path: string, canonicalUrl: string): string {
  const attribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  const escaped = attribute(path);
  const name = attribute(title);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Moved: ${name}</title>
<meta http-equiv="refresh" content="0; url=${escaped}">
<link rel="canonical" href="${attribute(canonicalUrl)}">
<meta name="robots" content="noindex">
</head>
<body>
<p>This page has moved to <a href="${escaped}">${name}</a>.</p>
</body>
</html>
`;
}
