// How the tests and the benchmark start a build: with the Node settings of `npm run build`'s own command,
// read from package.json, so what they build and measure is what a user's build does. The .env loader is
// left out: each build is given its settings.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const projectRoot = join(import.meta.dirname, '../..');
const entry = 'src/cli/build.ts';

/** Node's arguments for a build: the options `npm run build` gives Node (without --import), then the build script. */
export function buildArgs(): string[] {
  const script = (JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts['build'] ?? '';
  const command = script.split('&&').find((part) => part.includes(entry));
  if (!command) throw new Error(`package.json: the build script no longer runs ${entry}; tests/support/build-command.ts reads its Node options from there`);
  const words = command.trim().split(/\s+/);
  const options = words.slice(1, words.indexOf(entry)).filter((word, index, all) => word !== '--import' && all[index - 1] !== '--import');
  return [...options, entry];
}
