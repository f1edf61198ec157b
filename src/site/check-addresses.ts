import { ContentError, listOf } from '../guide/index.ts';
import type { Site } from './model.ts';
import type { Reserved } from './routes.ts';

/**
 * Addresses may not meet: a guide's slug may not take one of the site's own addresses; a category's slug may
 * not take one of its guide's pages (nor, for a single guide, the site's), nor, in a library, another guide's
 * slug (a link written /<slug>/ would be ambiguous).
 */
export function checkAddresses(site: Site, reserved: Reserved): ContentError[] {
  const errors: ContentError[] = [];
  const forCategories = site.library ? reserved.guide : new Map([...reserved.site, ...reserved.guide]);
  for (const { slug, guide } of site.guides) {
    if (slug && reserved.site.has(slug)) {
      errors.push(
        new ContentError(
          { file: guide.files.guide.replace(/guide\.yaml$/, '') },
          'folder name',
          `"${slug}" is an address the site already uses (${reserved.site.get(slug)})`,
          `a guide folder named other than ${listOf([...reserved.site.keys()].sort())}`,
        ),
      );
    }
    for (const category of guide.categories) {
      [category.slug, ...category.formerSlugs].forEach((address, index) => {
        const field = index > 0 ? 'formerSlugs' : category.slugFrom;
        const owner = forCategories.get(address);
        if (owner)
          errors.push(
            new ContentError(
              { file: category.file },
              field,
              `"${address}" is an address the site already uses (${owner})`,
              `a slug other than ${listOf([...forCategories.keys()].sort())}`,
              category.path,
            ),
          );
        const guideSlug = site.guides.find((other) => other.slug === address);
        if (guideSlug)
          errors.push(
            new ContentError(
              { file: category.file },
              field,
              `"${address}" is also the slug of the guide ${guideSlug.guide.files.guide}, so a link /${address}/ would be ambiguous`,
              'a category slug that no guide of the library has',
              category.path,
            ),
          );
      });
    }
  }
  return errors;
}
