/** A path of the site, under the base path the site was built for (Astro's BASE_URL, always ending in "/"). */
export const siteLink = (path = '') => `${import.meta.env.BASE_URL}${path.replace(/^\//, '')}`;

/**
 * A path under the root of the page's language: a translation's pages live under /<code>/, its <html lang>
 * (the German site's root is /de/), the source's at the site's root. Each root has its own search files.
 */
export function languageLink(path = ''): string {
  const code = document.documentElement.lang;
  const root = code && location.pathname.startsWith(siteLink(`${code}/`)) ? `${code}/` : '';
  return siteLink(root + path.replace(/^\//, ''));
}
