/**
 * The site model, shared by everything one process builds or serves. It is worked out once, by the build
 * script or by the Astro integration (in Node, before any page renders), and kept on globalThis: Astro runs
 * the pages in the same process but in its own module graph, where a module-level variable would be a
 * second, empty copy.
 */
import { existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ContentError, ContentErrors, loadGuide, type Guide, type LoadOptions } from '../guide/index.ts';
import { loadTranslations } from '../guide/translations.ts';
import { openCompileCache } from '../guide/content/compile-cache.ts';
import { generatorFingerprint } from '../guide/content/generator-fingerprint.ts';
import { isLibrary, loadLibrary, type Library } from '../guide/library.ts';
import { displayPath } from '../guide/source.ts';
import { buildSite, type Site } from './model.ts';
import { toRender } from './page-reuse.ts';
import { layoutIds } from './routes.ts';
import { readSettings, type Settings } from './settings.ts';

export type { Site } from './model.ts';

interface Store {
  key: string;
  site?: Site;
  error?: unknown;
}

const storeKey = Symbol.for('guidepost.site');
const holder = globalThis as { [storeKey]?: Store };

const keyOf = (settings: Settings, projectRoot: string) => JSON.stringify([settings, resolve(projectRoot)]);

/**
 * Reads, validates and models the guide. Throws ContentErrors for content mistakes; in the dev server the
 * error is also kept, so every page shows it until the content is fixed.
 */
export async function loadSite(projectRoot: string, settings: Settings = readSettings()): Promise<Site> {
  const key = keyOf(settings, projectRoot);
  const cached = holder[storeKey];
  if (cached?.key === key && cached.site) return cached.site;
  try {
    const site = buildSite(await loadContent(settings, projectRoot), settings, projectRoot);
    holder[storeKey] = { key, site };
    return site;
  } catch (error) {
    holder[storeKey] = { key, error };
    throw error;
  }
}

/** Stage 1 on the folder the settings name: a library of guides (site.yaml) or a single guide, read and validated. */
export async function loadContent(settings: Settings, projectRoot: string): Promise<Guide | Library> {
  const folderError = contentFolderError(settings);
  if (folderError) throw folderError;
  const cache = settings.cacheDir ? openCompileCache(settings.cacheDir, generatorFingerprint(projectRoot)) : undefined;
  const content = isLibrary(settings.contentDir)
    ? await loadLibrary(settings.contentDir, { layoutIds, cache })
    : await loadTranslatedGuide(settings.contentDir, { layoutIds, cache });
  // Entries of files since edited, renamed or deleted, and of earlier generators, go after a month unused.
  cache?.prune(30);
  return content;
}

/** A single guide with its translations, every mistake of either reported at once. */
async function loadTranslatedGuide(dir: string, options: LoadOptions): Promise<Guide> {
  const errors: ContentError[] = [];
  const collect = (error: unknown) => {
    if (!(error instanceof ContentErrors)) throw error;
    errors.push(...error.mistakes);
    return undefined;
  };
  const guide = await loadGuide(dir, options).catch(collect);
  const translations = await loadTranslations(dir, guide, options).catch(collect);
  if (!guide || !translations) throw new ContentErrors(errors);
  guide.translations = translations;
  return guide;
}

/**
 * The content folder itself is not a guide: it does not exist, is a file, or holds neither guide.yaml nor
 * site.yaml. Read as a guide, it would give one "file is missing" per file of a guide, which hides the one
 * cause (usually GUIDE_CONTENT misspelled, or relative to another folder); this is one line naming the
 * folder, the setting that chose it, and the fix.
 */
export function contentFolderError({ contentDir, contentDirSet }: Pick<Settings, 'contentDir' | 'contentDirSet'>): ContentErrors | undefined {
  const found = statSync(contentDir, { throwIfNoEntry: false });
  const problem = !found
    ? 'does not exist'
    : !found.isDirectory()
      ? 'is a file, not a folder'
      : !existsSync(join(contentDir, 'guide.yaml')) && !isLibrary(contentDir)
        ? 'holds neither guide.yaml (a guide) nor site.yaml (a library of guides)'
        : undefined;
  if (!problem) return undefined;
  const folders = "a guide's content folder (one with guide.yaml) or a library's (one with site.yaml)";
  const line = contentDirSet
    ? `GUIDE_CONTENT points to ${contentDir}, which ${problem}. Set it to ${folders}, or unset it to build ./content.`
    : `GUIDE_CONTENT is not set, so the guide is read from ${contentDir}, which ${problem}. Set GUIDE_CONTENT to ${folders}, or write the guide there (see README.md, "Writing the guide").`;
  // The same as a content error of the usual form, for what lists them (the dev server's overlay, the tests).
  const error = new ContentError({ file: displayPath(contentDir) }, contentDirSet ? 'GUIDE_CONTENT' : 'content folder', `it ${problem}`, folders);
  return new ContentErrors([error], line);
}

/** Forgets the model. */
export function forgetSite(): void {
  delete holder[storeKey];
}

/** Under `npm run dev`: how to read the guide again, whether a content file changed since, and the read under way. */
interface DevState {
  read: () => Promise<Site>;
  stale: boolean;
  /** The latest read, which every page waits for: reads never overlap, and no page sees the model half-replaced. */
  reading: Promise<unknown>;
}

const devKey = Symbol.for('guidepost.dev');
const devHolder = globalThis as { [devKey]?: DevState };

/**
 * Under `npm run dev`: reads the guide afresh, after any read already under way, and keeps the means to do
 * so again, so that a page asked for after a content file changed reads it again rather than showing what
 * the watcher has not caught up with.
 */
export function loadSiteForDev(projectRoot: string, settings: Settings): Promise<Site> {
  const dev = (devHolder[devKey] ??= {
    read: async () => {
      forgetSite();
      return loadSite(projectRoot, settings);
    },
    stale: false,
    reading: Promise.resolve(),
  });
  return readAgain(dev);
}

function readAgain(dev: DevState): Promise<Site> {
  dev.stale = false;
  const next = dev.reading.then(dev.read, dev.read);
  dev.reading = next.catch(() => {});
  return next;
}

/** Under `npm run dev`: a content file changed; the next page reads the guide again. */
export function markContentChanged(): void {
  const dev = devHolder[devKey];
  if (dev) dev.stale = true;
}

/**
 * Under `npm run dev`, awaited before every page (src/middleware.ts): when a content file changed since the
 * guide was read, it is read again first, and a read under way is waited for, so the page never shows what
 * the watcher has not caught up with. A content mistake is kept in the store; getSite() rethrows it for the
 * page, which shows it.
 */
export async function siteReady(): Promise<void> {
  const dev = devHolder[devKey];
  if (!dev) return;
  if (dev.stale) readAgain(dev).catch(() => {});
  await dev.reading;
}

/** The model, for pages and components. Rethrows the content error, if the guide has one. */
export function getSite(): Site {
  const store = holder[storeKey];
  if (store?.site) return store.site;
  if (store?.error) throw store.error;
  throw new Error('Guidepost: the site model was not loaded. Build with `npm run build` or serve with `npm run dev` (the Guidepost integration loads it).');
}

/**
 * The static paths of a page every guide has once (its getting started, history, whole guide…), at the
 * guide's slug; `path` is the page's address from the guide's root. In a rebuild, a guide's page nothing
 * it shows changed in is taken from the published site instead (page-reuse.ts).
 */
export function everyGuidePaths(path: string) {
  const site = getSite();
  return site.guides.filter((guideSite) => toRender(site, guideSite, path)).map((guideSite) => ({ params: { guide: guideSite.slug }, props: { guideSite } }));
}
