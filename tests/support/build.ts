// Builds a guide from a content folder into a temporary site, the way `npm run build` does, so tests
// can prove what a given content folder produces: pages, or a clear error.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { contentDir } from './guide-content.ts';

const projectRoot = resolve(import.meta.dirname, '../..');

// Every copy and site a test builds is removed when its worker ends.
const workDirs: string[] = [];
process.on('exit', () => workDirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
const lockDir = join(tmpdir(), 'guidepost-build.lock');

export interface BuildResult {
  status: number | null;
  output: string;
  dist: string;
  content: string;
}

/** Astro keeps build state in the project's .astro folder, so builds in parallel workers take turns. */
function withLock<T>(work: () => T): T {
  const deadline = Date.now() + 120_000;
  for (;;) {
    try {
      mkdirSync(lockDir);
      break;
    } catch {
      if (Date.now() > deadline) throw new Error(`gave up waiting for ${lockDir}; remove it if no build is running`);
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 200);
    }
  }
  try {
    return work();
  } finally {
    rmSync(lockDir, { recursive: true, force: true });
  }
}

interface BuildOptions {
  /** The content folder to copy; the real guide by default. */
  source?: string;
  env?: NodeJS.ProcessEnv;
  /** Where the site goes; a fresh temporary folder by default. */
  dist?: string;
}

/** Copies a content folder to a temp folder, lets `edit` change it, and builds it. */
export function buildCopy(edit: (dir: string) => void = () => {}, { source = contentDir, env = {}, dist: distDir }: BuildOptions = {}): BuildResult {
  const work = mkdtempSync(join(tmpdir(), 'guidepost-'));
  workDirs.push(work);
  const content = join(work, 'content');
  cpSync(source, content, { recursive: true });
  edit(content);
  const dist = distDir ?? join(work, 'dist');
  const result = withLock(() =>
    spawnSync(process.execPath, ['src/cli/build.ts'], {
      cwd: projectRoot,
      encoding: 'utf8',
      env: { ...process.env, ...env, GUIDE_CONTENT: content, GUIDEPOST_DIST: dist, FORCE_COLOR: '0', NO_COLOR: '1' },
    }),
  );
  return { status: result.status, output: `${result.stdout}\n${result.stderr}`, dist, content };
}
