// A short run of the content fuzzer (npm run fuzz runs many more), and every finding it ever made, replayed
// from its seed (tests/fuzz/regressions.json).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { check } from '../fuzz/check.ts';
import { mutateGuide } from '../fuzz/mutate.ts';
import { contentCopy, realGuide } from '../support/content-copy.ts';

const regressions = JSON.parse(readFileSync(join(import.meta.dirname, '../fuzz/regressions.json'), 'utf8')) as { seed: number; found: string }[];
const seeds = [...regressions.map((regression) => regression.seed), ...Array.from({ length: 60 }, (_, index) => 1000 + index)];

describe('damaged guides are valid, or refused with messages that name content files', () => {
  for (const seed of seeds) {
    it(`seed ${seed}`, async () => {
      let description = '';
      const outcome = await check(
        contentCopy(
          (dir) =>
            (description = mutateGuide(dir, seed)
              .map((mutation) => mutation.description)
              .join('; ')),
          realGuide,
        ),
      );
      assert.notEqual(outcome.kind, 'finding', `${description}: ${outcome.kind === 'finding' ? outcome.problem : ''}`);
    });
  }
});
