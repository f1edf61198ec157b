// Runs the pipeline's validation stages (load the guide, build the site model) on a content folder, the
// way every build starts, without rendering anything.
import { resolve } from 'node:path';
import { ContentErrors } from '../../src/guide/index.ts';
import { loadContent } from '../../src/site/index.ts';
import { buildSite, type Site } from '../../src/site/model.ts';
import { readSettings } from '../../src/site/settings.ts';

export const projectRoot = resolve(import.meta.dirname, '../..');

export async function validate(contentDir: string, env: NodeJS.ProcessEnv = {}): Promise<Site> {
  // Cold, unless a test asks for the cache: what a test sees must not depend on what ran before it.
  const settings = readSettings({ GUIDE_CONTENT: contentDir, GUIDEPOST_CACHE: 'off', ...env });
  return buildSite(await loadContent(settings, projectRoot), settings, projectRoot);
}

/** The messages of the content errors `validate` throws, or a failure if it throws none. */
export async function mistakesIn(contentDir: string): Promise<string[]> {
  try {
    await validate(contentDir);
  } catch (error) {
    if (error instanceof ContentErrors) return error.mistakes.map((problem) => problem.message);
    throw error;
  }
  throw new Error(`expected ${contentDir} to have content errors, but it validated`);
}
