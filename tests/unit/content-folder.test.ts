// A content folder that is not a guide at all (GUIDE_CONTENT misspelled, relative to another folder, or
// naming the project itself) is one line naming the folder, the setting and the fix, not one "file is
// missing" for every file a guide has.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, describe, it } from 'node:test';
import { ContentErrors } from '../../src/guide/index.ts';
import { contentFolderError } from '../../src/site/index.ts';
import { contentCopy } from '../support/content-copy.ts';
import { validate } from '../support/load.ts';

const work = mkdtempSync(join(tmpdir(), 'guidepost-folder-'));
after(() => rmSync(work, { recursive: true, force: true }));

/** The content error `validate` throws for `dir`, which must be one line. */
async function refusal(dir: string): Promise<ContentErrors> {
  try {
    await validate(dir);
  } catch (error) {
    if (!(error instanceof ContentErrors)) throw error;
    assert.doesNotMatch(error.message, /\n/, 'one line');
    assert.equal(error.mistakes.length, 1, 'one mistake');
    return error;
  }
  throw new Error(`expected ${dir} to be refused`);
}

const fix = "Set it to a guide's content folder (one with guide.yaml) or a library's (one with site.yaml), or unset it to build ./content.";

describe('a content folder that is not a guide', () => {
  it('does not exist: one line naming the folder, GUIDE_CONTENT and the fix', async () => {
    const missing = join(work, 'no-such-guide');
    assert.equal((await refusal(missing)).message, `GUIDE_CONTENT points to ${missing}, which does not exist. ${fix}`);
  });

  it('is named relative to the working folder: the line gives the folder it was read as', async () => {
    assert.equal((await refusal('contnet')).message, `GUIDE_CONTENT points to ${resolve('contnet')}, which does not exist. ${fix}`);
  });

  it('exists but holds neither guide.yaml nor site.yaml', async () => {
    const empty = mkdtempSync(join(work, 'empty-'));
    assert.equal(
      (await refusal(empty)).message,
      `GUIDE_CONTENT points to ${empty}, which holds neither guide.yaml (a guide) nor site.yaml (a library of guides). ${fix}`,
    );
  });

  it('is a file', async () => {
    const file = join(work, 'guide.yaml');
    writeFileSync(file, 'title: A guide\n');
    assert.equal((await refusal(file)).message, `GUIDE_CONTENT points to ${file}, which is a file, not a folder. ${fix}`);
  });

  it('is the default folder, GUIDE_CONTENT unset: the line says so', async () => {
    const message = contentFolderError({ contentDir: '/srv/project/content', contentDirSet: false })?.message;
    assert.equal(
      message,
      `GUIDE_CONTENT is not set, so the guide is read from /srv/project/content, which does not exist. Set GUIDE_CONTENT to a guide's content folder (one with guide.yaml) or a library's (one with site.yaml), or write the guide there (see README.md, "Writing the guide").`,
    );
  });

  it('lists its one mistake naming the folder, for the dev server’s overlay and the fuzzer', async () => {
    const missing = join(work, 'gone');
    assert.deepEqual(
      (await refusal(missing)).mistakes.map((error) => error.message),
      [`${missing}: GUIDE_CONTENT: it does not exist. Expected a guide's content folder (one with guide.yaml) or a library's (one with site.yaml).`],
    );
  });
});

describe('a guide folder with a file missing', () => {
  it('is a guide still: its mistakes are listed as before, the folder is not blamed', async () => {
    try {
      await validate(contentCopy((copy) => rmSync(join(copy, 'introduction.mdx'))));
    } catch (error) {
      if (!(error instanceof ContentErrors)) throw error;
      assert.match(error.message, /^The guide's content has a mistake:\n- .*introduction\.mdx: the file is missing\./);
      assert.doesNotMatch(error.message, /GUIDE_CONTENT/);
      return;
    }
    assert.fail('expected the guide to be refused');
  });
});
