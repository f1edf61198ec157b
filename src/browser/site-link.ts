/** A path of the site, under the base path the site was built for (Astro's BASE_URL, always ending in "/"). */
export const siteLink = (path = '') => `${import.meta.env.BASE_URL}${path.replace(/^\//, '')}`;
