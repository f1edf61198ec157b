import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { outDirProblem } from '../../src/cli/publish.ts';

describe('the output folder', () => {
  it('may be inside the project, or anywhere outside it', async () => {
    assert.equal(outDirProblem('/work/guides', '/work/guides/dist'), undefined);
    assert.equal(outDirProblem('/work/guides', '/srv/site'), undefined);
    assert.equal(outDirProblem('/work/guides', '/work/site'), undefined);
  });

  it('is refused, with the way out, beside the project under a name that begins with the project’s', async () => {
    const message = outDirProblem('/work/guides', '/work/guides-site');
    assert.match(message ?? '', /GUIDEPOST_DIST "\/work\/guides-site" is outside the project, but its path begins with the project's \(\/work\/guides\)/);
    assert.match(message ?? '', /Expected a folder inside the project \(such as dist\) or one elsewhere/);
  });
});
