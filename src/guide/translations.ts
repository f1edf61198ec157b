/**
 * A guide's translations: each folder i18n/<code>/ of the guide mirrors the guide's own files, translated.
 * A file it lacks is read from the source (the page then says it is not translated yet), so a partial
 * translation is still a whole guide, validated with the same schemas and rules. Its translation.yaml
 * records which version of each source file it translates (written by `npm run i18n:mark`), so a source
 * file changed since is known: the build lists it and the page says so.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { z } from 'astro/zod';
import { isLanguageCode, languageCodes, languages, type Language } from '../i18n/languages.ts';
import { closest, ContentError, ContentErrors, listOf, loadGuide, type Guide, type LoadOptions } from './index.ts';
import { strictObject } from './schemas/shared.ts';
import { displayPath, listCategoryFiles, readOptional, readSource } from './source.ts';
import { parseYaml, validateRecord } from './yaml.ts';

/** Whether a translation has a source file, and of the source's current version. */
export type TranslationState = 'current' | 'stale' | 'missing';

export interface TranslatedFile {
  /** The source file, from the guide's folder ("categories/log-retention.mdx"). */
  file: string;
  state: TranslationState;
  /** The translation's file, as an author types its path (where it would be, when missing). */
  shown: string;
}

export interface Translation {
  language: Language;
  /** The guide in this language, with the source's files where the translation has none. */
  guide: Guide;
  /** Every source file, by its path from the guide's folder. */
  files: Map<string, TranslatedFile>;
  /** translation.yaml, as shown in messages. */
  record: string;
}

/** The folder of a guide's translations. */
export const translationsFolder = 'i18n';
/** The file in each translation's folder that records the source versions it translates. */
export const translationRecord = 'translation.yaml';

const recordSchema = strictObject({
  sources: z
    .record(z.string(), z.string().regex(/^[0-9a-f]{12}$/, 'expected a version as `npm run i18n:mark` writes it (12 hex digits)'), {
      error: 'expected a map of source files to versions',
    })
    .default({})
    .describe('Each source file this translation follows, and the version it was translated from.'),
});

/** A source file's version: a hash of its text. */
export const sourceVersion = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 12);

/** The files a translation can translate: every content file of the source guide, from its folder. */
export function sourceFiles(dir: string): string[] {
  const fixed = ['guide.yaml', 'introduction.mdx', 'resources.yaml', 'history.yaml', 'decision.yaml', 'glossary.yaml'].filter((name) =>
    existsSync(join(dir, name)),
  );
  return [...fixed, ...listCategoryFiles(dir).files.map((path) => relative(dir, path).split('\\').join('/'))];
}

/** The languages a guide is translated into: its i18n/<code>/ folders. */
export function translationCodes(dir: string): string[] {
  const folder = join(dir, translationsFolder);
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !entry.name.startsWith('.'))
    .map((entry) => entry.name)
    .sort();
}

/**
 * Reads every translation of the guide in `dir`. `source` is the guide itself, when it could be read: then
 * each translation is also checked against it (the same services, the same categories in the same order).
 */
export async function loadTranslations(dir: string, source: Guide | undefined, options: Omit<LoadOptions, 'sourceDir'>): Promise<Translation[]> {
  const errors: ContentError[] = [];
  const translations: Translation[] = [];
  const files = sourceFiles(dir);
  for (const code of translationCodes(dir)) {
    const folder = join(dir, translationsFolder, code);
    if (!isLanguageCode(code)) {
      errors.push(
        new ContentError(
          { file: displayPath(folder) },
          'folder name',
          `"${code}" is not a language Guidepost knows`,
          `a folder named by a language's code: ${listOf(languageCodes.filter((known) => known !== source?.meta.language))} (see src/i18n/languages.ts to add one)${closest(code, languageCodes) ? `; did you mean "${closest(code, languageCodes)}"?` : ''}`,
        ),
      );
      continue;
    }
    if (code === source?.meta.language) {
      errors.push(
        new ContentError(
          { file: displayPath(folder) },
          'folder name',
          `"${code}" is the guide's own language (guide.yaml: language)`,
          'a folder for another language, or no folder',
        ),
      );
      continue;
    }
    const versions = readRecord(folder, files, errors);
    errors.push(...filesWithoutSource(folder, files));
    let guide: Guide;
    try {
      guide = await loadGuide(folder, {
        ...options,
        sourceDir: dir,
        translating: source && {
          language: code,
          sourceLanguage: source.meta.language,
          serviceIds: source.services.map((service) => service.id),
          headingIds: source.headingIds,
        },
      });
    } catch (error) {
      if (!(error instanceof ContentErrors)) throw error;
      // A mistake in a source file the translation lacks is reported once, by the source guide; but one
      // the translation alone causes (a source rule citing a translated section, say) is its own.
      const own = error.mistakes.filter((mistake) => isInside(mistake.place.file, folder));
      errors.push(...(own.length || !source ? own : error.mistakes));
      continue;
    }
    const translatedFiles = fileStates(dir, code, versions);
    errors.push(...languageOf(folder, guide, code));
    if (source) errors.push(...mirrors(folder, guide, source));
    guide.meta.language = code;
    translations.push({ language: languages[code], guide, files: translatedFiles, record: displayPath(join(folder, translationRecord)) });
  }
  if (errors.length) throw new ContentErrors(errors);
  return translations;
}

/** Each source file's state in the translation to `code`, given the versions its translation.yaml records. */
export function fileStates(dir: string, code: string, versions: ReadonlyMap<string, string>): Map<string, TranslatedFile> {
  const folder = join(dir, translationsFolder, code);
  return new Map(
    sourceFiles(dir).map((file) => {
      const path = join(folder, file);
      const state: TranslationState = !existsSync(path)
        ? 'missing'
        : versions.get(file) === sourceVersion(readSource(join(dir, file)).text)
          ? 'current'
          : 'stale';
      return [file, { file, state, shown: displayPath(path) }];
    }),
  );
}

/** The versions a translation's translation.yaml records, for the i18n commands, with what is wrong in it. */
export function recordedVersions(dir: string, code: string): { versions: Map<string, string>; errors: ContentError[] } {
  const errors: ContentError[] = [];
  const folder = join(dir, translationsFolder, code);
  return { versions: readRecord(folder, sourceFiles(dir), errors), errors };
}

/**
 * A file of the translation's folder that translates nothing: the source has no such file (a decision.yaml
 * the source dropped, say), so its page would exist in one language only. Category files are checked as
 * they are listed (guideFiles).
 */
function filesWithoutSource(folder: string, files: string[]): ContentError[] {
  const own = readdirSync(folder, { withFileTypes: true }).filter((entry) => entry.isFile() && !entry.name.startsWith('.') && entry.name !== translationRecord);
  return own
    .filter((entry) => !files.includes(entry.name))
    .map(
      (entry) =>
        new ContentError(
          { file: displayPath(join(folder, entry.name)) },
          'file name',
          `no source file ${entry.name} to translate`,
          `a file the source guide has (${files.filter((file) => !file.includes('/')).join(', ')}), or no file: a translation mirrors its source`,
        ),
    );
}

const isInside = (shown: string, folder: string) => !relative(displayPath(folder), shown).startsWith('..');

function readRecord(folder: string, files: string[], errors: ContentError[]): Map<string, string> {
  const file = readOptional(folder, translationRecord);
  if (!file) return new Map();
  try {
    const yaml = parseYaml(file);
    const result = validateRecord(yaml, recordSchema, 'the source versions this translation follows (written by npm run i18n:mark)');
    errors.push(...result.errors);
    const sources = result.data?.sources ?? {};
    for (const name of Object.keys(sources).filter((name) => !files.includes(name)))
      errors.push(
        new ContentError(
          { file: file.shown, line: yaml.lineOf(['sources', name]) },
          `sources.${name}`,
          'no such source file',
          `one of the source guide's files (${closest(name, files) ?? files[0]}…); \`npm run i18n:mark\` rewrites this file`,
          file.path,
        ),
      );
    return new Map(Object.entries(sources));
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    errors.push(error);
    return new Map();
  }
}

/** A translation's guide.yaml may name its language, which must be the folder's. */
function languageOf(folder: string, guide: Guide, code: string): ContentError[] {
  const written = guide.meta.language;
  const file = join(folder, 'guide.yaml');
  if (!existsSync(file) || written === code || !/^language:/m.test(readSource(file).text)) return [];
  return [
    new ContentError({ file: displayPath(file) }, 'language', `"${written}" differs from the folder's language`, `language: ${code}, or no language line`),
  ];
}

/**
 * A translation tells the same guide: the same categories at the same addresses in the same order (and the
 * same services, checked as it is read). Its words may differ; its structure may not, or the language
 * picker would lead nowhere.
 */
function mirrors(folder: string, translation: Guide, source: Guide): ContentError[] {
  const errors: ContentError[] = [];
  for (const category of translation.categories) {
    if (!isInside(category.file, folder)) continue;
    const original = source.categories.find((candidate) => candidate.file.endsWith(category.file.slice(displayPath(folder).length)));
    if (!original) continue;
    for (const field of ['slug', 'order'] as const)
      if (category[field] !== original[field])
        errors.push(
          new ContentError(
            { file: category.file },
            field,
            `${JSON.stringify(category[field])} differs from the source's ${JSON.stringify(original[field])} (${original.file})`,
            `${field}: ${original[field]}, as in the source: a translated page keeps its address and place`,
            category.path,
          ),
        );
  }
  return errors;
}
