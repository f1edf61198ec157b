/**
 * Compiled MDX kept between builds, so a rebuild compiles only the files that changed. An entry is found by
 * a hash of what its compile reads: the file's text and path, and what the guide tells its plugins (the
 * services, the ids the page reserves, where the guide lies, the shallowest heading). Entries live in a
 * folder per generator (generator-fingerprint.ts), so code that changed never reads what older code wrote;
 * folders of other generators are removed after a day unused, entries of this one after 30 days unused.
 *
 * Only files that compiled without a mistake are kept: a mistake is reported by compiling again, so a
 * cached build reports what a cold one does. An image a kept file shows is checked to be there still.
 * The cache is a help, never a condition: an entry that cannot be read, written or touched (a read-only or
 * full disk, a corrupt file, a build beside this one) is a miss, and the file is compiled.
 */
import { createHash, randomUUID } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { visit } from 'unist-util-visit';
import type { GuideFileContext } from './context.ts';
import type { InlineText } from './inline-store.ts';
import { compileMdx, type CompiledMdx } from './processor.ts';

export interface CompileCache {
  /**
   * The entry for this file and context. Its key is taken now, before a compile changes the context (the
   * page's slugger takes the ids of its headings).
   */
  entry(context: GuideFileContext): CacheEntry;
  /** The short fields (glance lines, summaries…) an earlier build compiled for the guide in `guideDir`, by their Markdown. */
  readShortFields(guideDir: string): Map<string, InlineText>;
  /** Keeps this build's short fields of the guide, replacing the earlier build's. */
  writeShortFields(guideDir: string, fields: Map<string, InlineText>): void;
  /** Removes this generator's entries unused for `days` days, and other generators' folders unused for a day. */
  prune(days: number): void;
}

interface CacheEntry {
  /** The compiled trees, or nothing when they were never kept (or an image they show is gone). */
  read(): CompiledMdx | undefined;
  write(compiled: CompiledMdx): void;
}

/** Compiles the file, or takes its trees from the cache; a compile that found a mistake is not kept. */
export async function compileCached(context: GuideFileContext, cache: CompileCache | undefined): Promise<CompiledMdx> {
  const entry = cache?.entry(context);
  const kept = entry?.read();
  if (kept) return kept;
  const mistakes = context.errors.length;
  const compiled = await compileMdx(context);
  if (context.errors.length === mistakes) entry?.write(compiled);
  return compiled;
}

interface Stored {
  compiled: CompiledMdx;
  /** The guide's image files the trees point to (data-guide-image, as remark-guide-images marks them). */
  images: string[];
}

const day = 24 * 60 * 60 * 1000;

/** The cache in `folder` (created on first write), for the generator `fingerprint` names. */
export function openCompileCache(folder: string, fingerprint: string): CompileCache {
  const root = join(folder, 'mdx');
  const dir = join(root, fingerprint.slice(0, 16));
  const shortFieldsFile = (guideDir: string) => join(dir, `${hash(['short fields', guideDir])}.bin`);
  const store = (file: string, value: unknown) => {
    // Written beside and renamed into place: a build running at the same time never reads half an entry.
    const partial = `${file}.${randomUUID()}.partial`;
    try {
      mkdirSync(dir, { recursive: true });
      writeFileSync(partial, serialize(value));
      renameSync(partial, file);
    } catch {
      try {
        rmSync(partial, { force: true });
      } catch {
        // The folder itself could not be made: there is no partial entry to remove.
      }
    }
  };
  const load = (file: string): unknown => {
    try {
      return deserialize(readFileSync(file));
    } catch {
      return undefined;
    }
  };
  return {
    entry(context) {
      const file = join(dir, `${keyOf(context)}.bin`);
      return {
        read() {
          const stored = load(file) as Partial<Stored> | undefined;
          if (!Array.isArray(stored?.images) || stored.compiled?.mdast?.type !== 'root' || stored.compiled.hast?.type !== 'root') return undefined;
          if (!stored.images.every(isFile)) return undefined;
          touch(file);
          return stored.compiled;
        },
        write(compiled) {
          store(file, { compiled, images: imagesOf(compiled) } satisfies Stored);
        },
      };
    },
    readShortFields(guideDir) {
      const stored = load(shortFieldsFile(guideDir));
      return Array.isArray(stored) ? new Map(stored as [string, InlineText][]) : new Map();
    },
    writeShortFields(guideDir, fields) {
      store(shortFieldsFile(guideDir), [...fields]);
    },
    prune(days) {
      const now = Date.now();
      const removeOlder = (path: string, age: number) => {
        if ((statSync(path, { throwIfNoEntry: false })?.mtimeMs ?? Infinity) < now - age) rmSync(path, { recursive: true, force: true });
      };
      try {
        for (const name of readdirSync(dir)) removeOlder(join(dir, name), days * day);
        touch(dir);
        for (const name of readdirSync(root)) if (join(root, name) !== dir) removeOlder(join(root, name), day);
      } catch {
        // Nothing to prune, or not ours to prune: the next build tries again.
      }
    },
  };
}

/** Marks an entry (or the generator's folder) as used now, so pruning keeps it. */
function touch(path: string): void {
  try {
    const now = new Date();
    utimesSync(path, now, now);
  } catch {
    // Another build pruned it, or the cache is not ours to change: the entry was read all the same.
  }
}

/**
 * What the compile of this file reads, hashed. Where the file is shown in messages, and the examples they
 * quote, are left out: only a compile without a mistake is kept, and nothing else of the trees holds them.
 */
function keyOf(context: GuideFileContext): string {
  const { source, kind, serviceIds, slugger, minDepth, guideDir, inheritedIds, language } = context;
  const reserved = Object.keys(slugger.occurrences);
  return hash([source.path, source.text, kind, serviceIds ?? null, reserved, minDepth, guideDir, inheritedIds ?? null, language]);
}

const hash = (parts: unknown[]) => createHash('sha256').update(JSON.stringify(parts)).digest('hex');

/**
 * The guide's images, from the Markdown tree, where remark-guide-images marks each one: the HTML tree takes
 * its marks from there, and may drop some (a footnote nobody refers to) that Astro's asset imports still read.
 */
function imagesOf({ mdast }: CompiledMdx): string[] {
  const images = new Set<string>();
  visit(mdast, 'image', (node) => {
    const path = node.data?.hProperties?.['dataGuideImage'];
    if (typeof path === 'string') images.add(path);
  });
  return [...images];
}

const isFile = (path: string) => statSync(path, { throwIfNoEntry: false })?.isFile() ?? false;
