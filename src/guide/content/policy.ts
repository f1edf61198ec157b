/**
 * What authors may write in guide content, checked before anything is rendered. The page's
 * Content-Security-Policy stays as a second wall; this is the first: guide content never carries script.
 */

/** The scheme an address starts with ("https", "mailto"), lower-cased; none for a path. */
export const schemeOf = (href: string) => /^([a-z][a-z0-9+.-]*):/i.exec(href)?.[1]?.toLowerCase();

/** Link targets: other sites over http(s), e-mail, and addresses of this site. */
export function linkProblem(href: string): string | undefined {
  const scheme = schemeOf(href);
  if (scheme) return ['http', 'https', 'mailto'].includes(scheme) ? undefined : `a "${scheme}:" link, which a guide may not contain`;
  if (href.startsWith('//')) return 'an address without https:, which would follow whatever protocol the page was loaded with';
  return undefined;
}

/** Images: files of the guide or the site only, so a page asks no other host for anything. */
export function imageProblem(src: string): string | undefined {
  if (schemeOf(src) || src.startsWith('//')) return 'an image from outside the site, which the page may not load';
  return undefined;
}

/** What a link may be, with an address of the author's own guide as the example. */
export const linkExpectation = ({ page, service }: { page: string; service: string | undefined }) => `an https:// address, a mailto: address, or a path of this site such as "${service ? `${page}#${service}` : page}"`;
