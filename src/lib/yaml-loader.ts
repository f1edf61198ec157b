import { readFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { displayPath } from './display-path.ts';
import type { Loader } from 'astro/loaders';
import { parse, YAMLParseError } from 'yaml';

const itemSuffix = /, item (\d+)$/;
const listItemId = (file: string, index: number) => `${file}, item ${index + 1}`;

/** The content store does not keep insertion order; list entries are put back in file order by their id. */
export const byListPosition = (a: { id: string }, b: { id: string }) =>
  Number(itemSuffix.exec(a.id)?.[1] ?? 0) - Number(itemSuffix.exec(b.id)?.[1] ?? 0);

interface Options {
  /** `record`: the file is one entry. `list`: every item of a top-level list is an entry, in order. */
  shape: 'record' | 'list';
  /** An optional file may be absent: the collection is then empty. */
  optional?: boolean;
}

/**
 * Loads a YAML file with the `yaml` package, which keeps dates as text so the schemas decide what a
 * date is, and reports entries by file and position (`resources.yaml, item 3`) rather than by an id
 * the author never wrote.
 */
export function yamlFile(path: string, { shape, optional = false }: Options): Loader {
  const shown = displayPath(path);
  // The content store wants a project-relative path, even for a guide kept outside the project.
  const filePath = relative(process.cwd(), path);
  return {
    name: 'guidepost-yaml',
    async load({ store, parseData, watcher }) {
      const sync = async () => {
        let text: string;
        try {
          text = await readFile(path, 'utf8');
        } catch {
          if (optional) {
            store.clear();
            return;
          }
          throw new Error(`${shown}: file not found. Every guide needs this file; see README.md, "Content".`);
        }
        let parsed: unknown;
        try {
          parsed = parse(text);
        } catch (error) {
          const where = error instanceof YAMLParseError ? ` (line ${error.linePos?.[0].line ?? '?'})` : '';
          throw new Error(`${shown}${where}: not valid YAML. ${(error as Error).message}`);
        }
        const items = shape === 'list' ? parsed : [parsed];
        if (!Array.isArray(items)) {
          throw new Error(`${shown}: expected a YAML list of entries (each starting with "- ").`);
        }
        store.clear();
        for (const [index, item] of items.entries()) {
          const id = shape === 'list' ? listItemId(shown, index) : shown;
          const data = await parseData({ id, data: item as Record<string, unknown>, filePath });
          store.set({ id, data, filePath });
        }
      };
      await sync();
      watcher?.add(path);
      watcher?.on('change', (changed) => {
        if (changed === path) void sync();
      });
    },
  };
}
