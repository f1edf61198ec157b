/**
 * The site model, shared by everything one process builds or serves. It is worked out once, by the build
 * script or by the Astro integration (in Node, before any page renders), and kept on globalThis: Astro runs
 * the pages in the same process but in its own module graph, where a module-level variable would be a
 * second, empty copy.
 */
import { resolve } from 'node:path';
import { loadGuide } from '../guide/index.ts';
import { isLibrary, loadLibrary } from '../guide/library.ts';
import { buildSite, type Site } from './model.ts';
import { layoutIds } from './routes.ts';
import { readSettings, type Settings } from './settings.ts';

export type { Site } from './model.ts';

interface Store {
  key: string;
  site?: Site;
  error?: unknown;
  /** In the dev server: reads the guide afresh (see loadSiteForDev). */
  reload?: () => Promise<Site>;
  /** In the dev server: a content file changed since the guide was read. */
  stale?: boolean;
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
    const content = isLibrary(settings.contentDir) ? await loadLibrary(settings.contentDir, { layoutIds }) : await loadGuide(settings.contentDir, { layoutIds });
    const site = buildSite(content, settings, projectRoot);
    holder[storeKey] = { key, site };
    return site;
  } catch (error) {
    holder[storeKey] = { key, error };
    throw error;
  }
}

/** Forgets the model. */
export function forgetSite(): void {
  delete holder[storeKey];
}

/**
 * Under `npm run dev`: reads the guide afresh, and keeps the means to do so again, so that a page asked for
 * after a content file changed reads it again rather than showing what the watcher has not caught up with.
 */
export async function loadSiteForDev(projectRoot: string, settings: Settings): Promise<Site> {
  const reload = async (): Promise<Site> => {
    forgetSite();
    try {
      return await loadSite(projectRoot, settings);
    } finally {
      const store = holder[storeKey];
      if (store) store.reload = reload;
    }
  };
  return reload();
}

/** Under `npm run dev`: a content file changed; the next page reads the guide again. */
export function markContentChanged(): void {
  const store = holder[storeKey];
  if (store) store.stale = true;
}

/**
 * Under `npm run dev`, awaited before every page (src/middleware.ts): when a content file changed since the
 * guide was read, it is read again first, so the page never shows what the watcher has not caught up with.
 */
export async function siteReady(): Promise<void> {
  const store = holder[storeKey];
  if (!store?.reload || !store.stale) return;
  store.stale = false;
  try {
    await store.reload();
  } catch {
    // The error is kept in the store; getSite() rethrows it for the page, which shows it.
  }
}

/** The model, for pages and components. Rethrows the content error, if the guide has one. */
export function getSite(): Site {
  const store = holder[storeKey];
  if (store?.site) return store.site;
  if (store?.error) throw store.error;
  throw new Error('Guidepost: the site model was not loaded. Build with `npm run build` or serve with `npm run dev` (the Guidepost integration loads it).');
}

/** The static paths of a page every guide has once (its getting started, history, whole guide…), at the guide's slug. */
export function everyGuidePaths() {
  return getSite().guides.map((guideSite) => ({ params: { guide: guideSite.slug }, props: { guideSite } }));
}
