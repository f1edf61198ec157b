// npm run fuzz [-- --seed N --runs M --builds K]: damages copies of the real guide at random (seeded,
// reproducible; see mutate.ts) and checks each outcome (check.ts). Mutants that validate are built for
// real, up to K of them: a guide that validates must build. Prints the findings with their seeds; commit
// each as a regression case in tests/fuzz/regressions.json.
import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { siteFolder } from '../support/build.ts';
import { contentCopy, realGuide } from '../support/content-copy.ts';
import { check } from './check.ts';
import { mutateGuide } from './mutate.ts';

const { values } = parseArgs({
  options: { seed: { type: 'string', default: '1' }, runs: { type: 'string', default: '500' }, builds: { type: 'string', default: '5' } },
});
const first = Number(values.seed);
const runs = Number(values.runs);
let builds = Number(values.builds);
const tally = { valid: 0, refused: 0, findings: 0, built: 0 };

for (let seed = first; seed < first + runs; seed++) {
  let description = '';
  const dir = contentCopy((copy) => {
    description = mutateGuide(copy, seed)
      .map((mutation) => mutation.description)
      .join('; ');
  }, realGuide);
  const outcome = await check(dir);
  if (outcome.kind === 'finding') {
    tally.findings++;
    console.log(`FINDING seed ${seed}: ${description}\n  ${outcome.problem.split('\n').join('\n  ')}`);
    continue;
  }
  tally[outcome.kind]++;
  if (outcome.kind === 'valid' && builds > 0) {
    builds--;
    const build = spawnSync(process.execPath, ['src/cli/build.ts'], {
      env: { ...process.env, GUIDE_CONTENT: dir, GUIDEPOST_DIST: siteFolder(), GUIDEPOST_QUIET: '1' },
      encoding: 'utf8',
    });
    tally.built++;
    if (build.status !== 0) {
      tally.findings++;
      console.log(
        `FINDING seed ${seed}: ${description}\n  validated, but the build failed:\n  ${`${build.stdout}${build.stderr}`.trim().split('\n').join('\n  ')}`,
      );
    }
  }
}
console.log(
  `\n${runs} mutants from seed ${first}: ${tally.valid} valid (${tally.built} of them built), ${tally.refused} refused with named files, ${tally.findings} findings.`,
);
process.exit(tally.findings ? 1 : 0);
