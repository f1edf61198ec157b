// Builds a guide from a content folder into a site of its own, the way `npm run build` does, so a test
// can prove what a content folder produces: pages, or a clear error and no site. Builds of different
// tests run side by side: each writes its own folder inside the project (Astro keeps its prerender step
// beside the output, and it must resolve the project's packages from there).
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { contentCopy, realGuide } from './content-copy.ts';
import { buildArgs } from './build-command.ts';

const projectRoot = resolve(import.meta.dirname, '../..');
const buildsDir = join(projectRoot, 'test-results', 'builds');

const sites: string[] = [];
process.on('exit', () => sites.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

export interface BuildResult {
  status: number | null;
  output: string;
  dist: string;
  content: string;
}

interface BuildOptions {
  /** The content folder to copy; the real guide by default. */
  source?: string;
  env?: NodeJS.ProcessEnv;
  /** Where the site goes; a fresh folder by default. */
  dist?: string;
  /** Print the PDF too (a second or two); most tests are about something else. */
  pdf?: boolean;
}

/** A fresh folder for a site, removed when the test process ends. */
export function siteFolder(): string {
  mkdirSync(buildsDir, { recursive: true });
  const dir = mkdtempSync(join(buildsDir, 'site-'));
  sites.push(dir);
  return join(dir, 'dist');
}

/** Copies a content folder, lets `edit` change it, and builds it with `npm run build`'s own script. */
export async function buildCopy(edit: (dir: string) => void = () => {}, { source = realGuide, ...options }: BuildOptions = {}): Promise<BuildResult> {
  return buildContent(contentCopy(edit, source), options);
}

/**
 * Builds the content folder as it is, with `npm run build`'s own script. Each build has a compile cache of
 * its own beside its site (so it starts cold, and builds side by side share nothing), unless `env` names one.
 */
export async function buildContent(content: string, { env = {}, dist = siteFolder(), pdf = false }: Omit<BuildOptions, 'source'> = {}): Promise<BuildResult> {
  const child = spawn(process.execPath, buildArgs(), {
    cwd: projectRoot,
    // A hung build fails its test (status null) instead of holding the run, here or in the global setup.
    timeout: 300_000,
    env: {
      ...process.env,
      ...(pdf ? {} : { GUIDEPOST_PDF: 'off' }),
      GUIDEPOST_CACHE: join(dirname(dist), 'cache'),
      ...env,
      GUIDE_CONTENT: content,
      GUIDEPOST_DIST: dist,
      FORCE_COLOR: '0',
      NO_COLOR: '1',
    },
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk));
  const status = await new Promise<number | null>((done) => child.on('close', done));
  return { status, output, dist, content };
}
