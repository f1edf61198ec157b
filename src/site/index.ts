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
  /** In the dev server: reads the guide again, for a page asked for while the content had a mistake. */
  retry?: () => Site;
}

const storeKey = Symbol.for('guidepost.site');
const holder = globalThis as { [storeKey]?: Store };

const keyOf = (settings: Settings, projectRoot: string) => JSON.stringify([settings, resolve(projectRoot)]);

/**
 * Reads, validates and models the guide. Throws ContentErrors for content mistakes; in the dev server the
 * error is also kept, so every page shows it until the content is fixed.
 */
export function loadSite(projectRoot: string, settings: Settings = readSettings()): Site {
  const key = keyOf(settings, projectRoot);
  const cached = holder[storeKey];
  if (cached?.key === key && cached.site) return cached.site;
  try {
    const content = isLibrary(settings.contentDir) ? loadLibrary(settings.contentDir, { layoutIds }) : loadGuide(settings.contentDir, { layoutIds });
    const site = buildSite(content, settings, projectRoot);
    holder[storeKey] = { key, site };
    return site;
  } catch (error) {
    holder[storeKey] = { key, error };
    throw error;
  }
}

/** Forgets the model (the dev server calls this when a content file changes). */
export function forgetSite(): void {
  delete holder[storeKey];
}

/**
 * Under `npm run dev`, a page asked for while the content had a mistake reads the guide again rather than
 * showing the old error: the author may have fixed it a moment ago, before the reload that says so.
 */
export function retryOnRequest(projectRoot: string, settings: Settings): void {
  const store = holder[storeKey];
  if (store) store.retry = () => loadSite(projectRoot, settings);
}

/** The model, for pages and components. Rethrows the content error, if the guide has one. */
export function getSite(): Site {
  const store = holder[storeKey];
  if (store?.site) return store.site;
  if (store?.retry) {
    const retry = store.retry;
    try {
      return retry();
    } finally {
      // loadSite replaced the store; keep retrying until the content is right.
      if (holder[storeKey] && !holder[storeKey].site) holder[storeKey].retry = retry;
    }
  }
  if (store?.error) throw store.error;
  throw new Error('Guidepost: the site model was not loaded. Build with `npm run build` or serve with `npm run dev` (the Guidepost integration loads it).');
}
