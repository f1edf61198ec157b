/**
 * Compiled MDX kept between builds, so a rebuild compiles only the files that changed. An entry is found by
 * a hash of everything a compile reads: the file's text and path, what the guide tells its plugins (the
 * services, the ids the page reserves, the examples its messages quote) and the generator itself (its
 * source, its locked dependencies, the Node version). A change to any of them is a different key, so an
 * entry is never stale; it is only unused, and entries unused for a while are removed.
 *
 * Only files that compiled without a mistake are kept: a mistake is reported by compiling again, so a
 * cached build reports exactly what a cold one does. An image the file shows is checked to be there still.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { Root as HastRoot } from 'hast';
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
  /** Removes entries no build has read or written for `days` days. */
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
  /** The guide's image files the trees point to (data-guide-image). */
  images: string[];
}

/** The cache in `folder` (created on first write), for the generator `fingerprint` names. */
export function openCompileCache(folder: string, fingerprint: string): CompileCache {
  const dir = join(folder, 'mdx');
  // The short fields of a guide in one entry, under a name of their own (not the text's hash): a map keyed
  // by the Markdown itself cannot be stale, only larger than needed, and each build writes just what it used.
  const shortFieldsFile = (guideDir: string) => join(dir, `${hash([fingerprint, 'short fields', guideDir])}.bin`);
  const store = (file: string, value: unknown) => {
    mkdirSync(dir, { recursive: true });
    // Written beside and renamed into place: a build running at the same time never reads half an entry.
    const partial = `${file}.${process.pid}.partial`;
    writeFileSync(partial, serialize(value));
    renameSync(partial, file);
  };
  return {
    entry(context) {
      const file = join(dir, `${keyOf(context, fingerprint)}.bin`);
      return {
        read() {
          let stored: Stored;
          try {
            stored = deserialize(readFileSync(file)) as Stored;
          } catch {
            return undefined;
          }
          if (!stored.images.every(isFile)) return undefined;
          // Kept fresh for prune(): an entry in use is never removed.
          const now = new Date();
          utimesSync(file, now, now);
          return stored.compiled;
        },
        write(compiled) {
          store(file, { compiled, images: imagesOf(compiled.hast) } satisfies Stored);
        },
      };
    },
    readShortFields(guideDir) {
      try {
        return new Map(deserialize(readFileSync(shortFieldsFile(guideDir))) as [string, InlineText][]);
      } catch {
        return new Map();
      }
    },
    writeShortFields(guideDir, fields) {
      store(shortFieldsFile(guideDir), [...fields]);
    },
    prune(days) {
      const oldest = Date.now() - days * 24 * 60 * 60 * 1000;
      let names: string[];
      try {
        names = readdirSync(dir);
      } catch {
        return;
      }
      for (const name of names) {
        const file = join(dir, name);
        if ((statSync(file, { throwIfNoEntry: false })?.mtimeMs ?? Infinity) < oldest) rmSync(file, { force: true });
      }
    },
  };
}

/** Everything the compile of this file reads, hashed. */
function keyOf(context: GuideFileContext, fingerprint: string): string {
  const { source, kind, serviceIds, slugger, minDepth, guideDir, examples } = context;
  const reserved = Object.keys(slugger.occurrences);
  return hash([fingerprint, source.path, source.shown, source.text, kind, serviceIds ?? null, reserved, minDepth, guideDir, examples]);
}

const hash = (parts: unknown[]) => createHash('sha256').update(JSON.stringify(parts)).digest('hex');

function imagesOf(hast: HastRoot): string[] {
  const images: string[] = [];
  visit(hast, 'element', (node) => {
    const path = node.properties['dataGuideImage'];
    if (typeof path === 'string') images.push(path);
  });
  return images;
}

const isFile = (path: string) => statSync(path, { throwIfNoEntry: false })?.isFile() ?? false;
