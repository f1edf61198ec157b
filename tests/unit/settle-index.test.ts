import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { scratchFolder, settleIndex, writeIndex } from '../../src/search/settle-index.ts';

// A rebuild's search index reaches the build as the published index's files where they are the same
// (src/search/settle-index.ts), as copies where they are not.
const scratch = mkdtempSync(join(tmpdir(), 'guidepost-settle-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

function write(root: string, files: Record<string, string>) {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
}

describe('settling a rebuilt search index', () => {
  it('links the files Pagefind names by content that are unchanged, and copies the rest', () => {
    const published = join(scratch, 'published');
    const written = join(scratch, 'written');
    const staging = join(scratch, 'staging');
    write(join(published, 'pagefind'), { 'fragment/en_a.pf_fragment': 'same', 'fragment/en_b.pf_fragment': 'old', 'pagefind.js': 'same' });
    write(written, { 'fragment/en_a.pf_fragment': 'same', 'fragment/en_b.pf_fragment': 'new', 'fragment/en_c.pf_fragment': 'added', 'pagefind.js': 'same' });
    settleIndex(written, staging, published);
    const inode = (root: string, path: string) => statSync(join(root, path)).ino;
    assert.equal(inode(staging, 'fragment/en_a.pf_fragment'), inode(join(published, 'pagefind'), 'fragment/en_a.pf_fragment'));
    assert.notEqual(inode(staging, 'fragment/en_b.pf_fragment'), inode(join(published, 'pagefind'), 'fragment/en_b.pf_fragment'));
    assert.equal(readFileSync(join(staging, 'fragment/en_b.pf_fragment'), 'utf8'), 'new');
    assert.equal(readFileSync(join(staging, 'fragment/en_c.pf_fragment'), 'utf8'), 'added');
    // Scripts are copied even when the same: an integration could rewrite the published ones in place.
    assert.notEqual(inode(staging, 'pagefind.js'), inode(join(published, 'pagefind'), 'pagefind.js'));
    assert.equal(existsSync(written), false, 'the scratch folder is removed');
  });

  it('writes into memory only for a rebuild, and removes what killed builds left there', { skip: !existsSync('/dev/shm') && 'no /dev/shm here' }, () => {
    const published = join(scratch, 'published-site');
    write(join(published, 'pagefind'), { 'pagefind.js': 'index' });
    assert.equal(scratchFolder(undefined), undefined, 'a cold build writes into its staging folder');
    assert.equal(scratchFolder(join(scratch, 'no-site')), undefined, 'so does a build whose published site has no index');
    const gone = spawnSync(process.execPath, ['-e', '']).pid!;
    const leftover = mkdtempSync(`/dev/shm/guidepost-index-${gone}-`);
    const folder = scratchFolder(published);
    try {
      assert.ok(folder?.startsWith(`/dev/shm/guidepost-index-${process.pid}-`), folder);
      assert.equal(existsSync(leftover), false, 'the folder of a build no longer running is removed');
    } finally {
      rmSync(folder!, { recursive: true, force: true });
      rmSync(leftover, { recursive: true, force: true });
    }
  });

  it('writes through memory for a rebuild, and straight to the staging folder when that fails', async () => {
    const published = join(scratch, 'published-for-write');
    write(join(published, 'pagefind'), { 'fragment/en_a.pf_fragment': 'same' });
    const memoryFolder = mkdtempSync(join(scratch, 'memory-'));
    const used: string[] = [];
    // Pagefind, as far as writing goes: it fails to write into memory when told to (a full /dev/shm).
    const index = (failInMemory: boolean) => ({
      async writeFiles({ outputPath }: { outputPath: string }) {
        used.push(outputPath.startsWith(memoryFolder) ? 'memory' : 'staging');
        if (failInMemory && outputPath.startsWith(memoryFolder)) return { errors: ['No space left on device'] };
        write(outputPath, { 'fragment/en_a.pf_fragment': 'same', 'pagefind.js': 'script' });
        return { errors: [] };
      },
    });
    const throughMemory = join(scratch, 'staging-1');
    assert.deepEqual(await writeIndex(index(false), throughMemory, published, memoryFolder), []);
    assert.deepEqual(used.splice(0), ['memory']);
    assert.equal(statSync(join(throughMemory, 'fragment/en_a.pf_fragment')).ino, statSync(join(published, 'pagefind/fragment/en_a.pf_fragment')).ino);

    const toDisk = join(scratch, 'staging-2');
    assert.deepEqual(await writeIndex(index(true), toDisk, published, memoryFolder), []);
    assert.deepEqual(used.splice(0), ['memory', 'staging']);
    assert.equal(readFileSync(join(toDisk, 'pagefind.js'), 'utf8'), 'script');
    assert.deepEqual(readdirSync(memoryFolder), [], 'nothing is left in memory');

    const cold = join(scratch, 'staging-3');
    assert.deepEqual(await writeIndex(index(false), cold, undefined, memoryFolder), []);
    assert.deepEqual(used.splice(0), ['staging'], 'a cold build writes straight to its staging folder');
  });
});
