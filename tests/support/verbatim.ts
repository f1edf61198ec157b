// Runs the source guide's verbatim check over the built site when the shared tools sit beside the
// project (as they do for the guide's authors and in CI); elsewhere there is no source to compare with.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

const tool = resolve(import.meta.dirname, '../../../shared/tools/verbatim-check.mjs');
if (!existsSync(tool)) {
  console.log(`verbatim check skipped: ${tool} not found`);
  process.exit(0);
}
const result = spawnSync(process.execPath, [tool, process.env.GUIDEPOST_DIST ?? 'dist'], { stdio: 'inherit' });
process.exit(result.status ?? 1);
