// How the tests and the benchmark start a build: with the Node settings of `npm run build`'s own command,
// read from package.json, so what they build and measure is what a user's build does. Whatever loads code or
// settings before the build (--import, --require, --env-file…: the .env loader) is left out, since each
// build is given its settings.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const projectRoot = join(import.meta.dirname, '../..');
const entry = 'src/cli/build.ts';

/** A Node option that only tunes the runtime (`--max-semi-space-size=16`), not one that loads a file. */
const runtimeOption = /^--(?!import|require|env-file|experimental-loader|loader)[a-z][\w-]*(=\S+)?$/;

/** Node's arguments for a build: the runtime options `npm run build` gives Node, then the build script. */
export function buildArgs(): string[] {
  const script = (JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts['build'] ?? '';
  const words = script
    .split('&&')
    .find((part) => part.includes(entry))
    ?.trim()
    .split(/\s+/);
  if (words?.[0] !== 'node' || !words.includes(entry))
    throw new Error(`package.json: the build script should run \`node … ${entry}\`; tests/support/build-command.ts reads its Node options from there`);
  return [...words.slice(1, words.indexOf(entry)).filter((word) => runtimeOption.test(word)), entry];
}
