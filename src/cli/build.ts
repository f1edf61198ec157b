// Builds the site aside and swaps it into place only when every step succeeded (pages, search index,
// link check), so a failed build never leaves a half-written site where the old one was.
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';

const outDir = resolve(process.env.GUIDEPOST_DIST ?? 'dist');
const partial = `${outDir}.partial`;
const astro = resolve(import.meta.dirname, '../../node_modules/.bin/astro');

rmSync(partial, { recursive: true, force: true });
const result = spawnSync(astro, ['build', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, GUIDEPOST_OUT_DIR: partial, ASTRO_TELEMETRY_DISABLED: '1' },
});

if (result.status !== 0) {
  rmSync(partial, { recursive: true, force: true });
  const kept = existsSync(outDir) ? `${outDir} still holds the previous build` : `nothing was written to ${outDir}`;
  console.error(`\nGuidepost: the build failed, see the message above; ${kept}.`);
  process.exit(result.status ?? 1);
}
rmSync(outDir, { recursive: true, force: true });
renameSync(partial, outDir);
console.log(`Guidepost: site written to ${outDir}`);
