/**
 * A library of guides: a content folder with site.yaml and guides/<slug>/, each a guide folder as a single
 * guide is. Each guide is read and validated as on its own; then what only a library has is checked: the
 * guides' folder names, the order of site.yaml, and that a service shared by id is one service everywhere.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ContentError, ContentErrors, listOf } from './errors.ts';
import { loadGuide, type Guide, type LoadOptions, type Service } from './index.ts';
import { siteSchema, type SiteMeta } from './schemas/site.ts';
import { displayPath, notAnAddress, readSource, slugPattern } from './source.ts';
import { parseYaml, validateRecord } from './yaml.ts';

export interface LibraryGuide {
  /** The guide's folder name: its address under the site, /<slug>/. */
  slug: string;
  guide: Guide;
}

export interface Library {
  file: string;
  meta: SiteMeta;
  /** In the order of site.yaml, then by title. */
  guides: LibraryGuide[];
}

export const isLibrary = (dir: string) => existsSync(join(dir, 'site.yaml'));

export async function loadLibrary(dir: string, { layoutIds, cache }: Pick<LoadOptions, 'layoutIds' | 'cache'>): Promise<Library> {
  const errors: ContentError[] = [];
  const siteFile = readSource(join(dir, 'site.yaml'));
  const siteYaml = (() => {
    try {
      return parseYaml(siteFile);
    } catch (error) {
      if (!(error instanceof ContentError)) throw error;
      errors.push(error);
      return undefined;
    }
  })();
  const site = siteYaml && validateRecord(siteYaml, siteSchema, 'the library’s title and description');
  errors.push(...(site?.errors ?? []));
  const shared = new Map((site?.data?.services ?? []).map((service) => [service.id, service as Record<string, unknown>]));

  const folder = join(dir, 'guides');
  const entries = existsSync(folder)
    ? readdirSync(folder, { withFileTypes: true }).filter((entry) => (entry.isDirectory() || entry.isSymbolicLink()) && !entry.name.startsWith('.'))
    : [];
  if (entries.length === 0)
    errors.push(
      new ContentError(
        { file: displayPath(folder) },
        '',
        'the library has no guides',
        'a folder guides/ with one folder per guide, each holding a guide.yaml',
        siteFile.path,
      ),
    );
  const guides: LibraryGuide[] = [];
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    const guideDir = join(folder, entry.name);
    if (!slugPattern.test(entry.name)) {
      errors.push(notAnAddress(guideDir, 'folder', entry.name));
      continue;
    }
    try {
      guides.push({ slug: entry.name, guide: await loadGuide(guideDir, { layoutIds, sharedServices: shared, cache }) });
    } catch (error) {
      if (!(error instanceof ContentErrors)) throw error;
      errors.push(...error.mistakes);
    }
  }

  const meta = site?.data;
  if (meta && siteYaml) {
    const slugs = guides.map((entry) => entry.slug);
    for (const field of ['order', 'featured'] as const) {
      (meta[field] ?? []).forEach((slug, index) => {
        if (!slugs.includes(slug) && existsSync(join(folder, slug)) === false) {
          errors.push(
            new ContentError(
              { file: siteFile.shown, line: siteYaml.lineOf([field, index]) },
              `${field}[${index}]`,
              `"${slug}" is not a guide of the library`,
              `one of ${listOf(slugs)}`,
              siteFile.path,
            ),
          );
        }
      });
    }
  }
  errors.push(...checkSharedServices(guides, meta?.services ?? [], siteFile.shown));
  errors.push(...checkOneLanguage(guides));
  if (errors.length || !meta) throw new ContentErrors(errors);

  const position = (slug: string) => {
    const index = meta.order?.indexOf(slug) ?? -1;
    return index === -1 ? Number.MAX_SAFE_INTEGER : index;
  };
  guides.sort((a, b) => position(a.slug) - position(b.slug) || a.guide.meta.title.localeCompare(b.guide.meta.title));
  return { file: siteFile.shown, meta, guides };
}

/** The fields that make two services the same service: a reader follows one name, one docs link. */
const identity = ['name', 'shortName', 'docs'] as const;

/** A service id shared by guides is one service: its name, short name and docs link must agree. */
function checkSharedServices(guides: LibraryGuide[], siteServices: Service[], siteFile: string): ContentError[] {
  const errors: ContentError[] = [];
  const first = new Map<string, { service: Service; file: string }>(siteServices.map((service) => [service.id, { service, file: siteFile }]));
  for (const { guide } of guides) {
    for (const service of guide.services) {
      const known = first.get(service.id);
      if (!known) {
        first.set(service.id, { service, file: guide.files.guide });
        continue;
      }
      for (const field of identity) {
        if (known.service[field] !== service[field]) {
          errors.push(
            new ContentError(
              { file: guide.files.guide },
              `services.${service.id}.${field}`,
              `"${service[field]}" differs from "${known.service[field]}" in ${known.file}, for the same service id`,
              `one ${field} for "${service.id}" in every guide (or define the service once in site.yaml and list it by id)`,
            ),
          );
        }
      }
    }
  }
  return errors;
}

/**
 * A library is one site in one language: its home, its service pages and its one search read in it. (A
 * guide's translations, i18n/<code>/, are built for a single guide only.)
 */
function checkOneLanguage(guides: LibraryGuide[]): ContentError[] {
  const [first] = guides;
  if (!first) return [];
  return guides
    .filter(({ guide }) => guide.meta.language !== first.guide.meta.language)
    .map(
      ({ guide }) =>
        new ContentError(
          { file: guide.files.guide },
          'language',
          `"${guide.meta.language}" differs from the library's language, "${first.guide.meta.language}" (${first.guide.files.guide})`,
          `language: ${first.guide.meta.language}, as in every guide of the library, or this guide built on its own, where it can also be translated`,
        ),
    );
}
