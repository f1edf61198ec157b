/**
 * The guide's text forms (registry.ts) as files: every Markdown twin, llms.txt and llms-full.txt,
 * guide.json and its schema. A build writes them after the pages, in one pass of plain file writes: as Astro routes, a
 * thousand-category guide paid about a millisecond of routing per file. The dev server serves the same
 * content through the routes in src/pages, which skip themselves in a build.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { APIContext, GetStaticPaths } from 'astro';
import { getSite } from '../site/index.ts';
import { folderMaker } from '../site/build-files.ts';
import type { Site } from '../site/model.ts';
import { parseForm, type BuiltPage } from '../postbuild/output.ts';
import { contentTypes, textForms } from './registry.ts';

/** Every text form's file, by its address under the base path, with what writes it (on demand: a build writes each once). */
export function formFiles(site: Site): Map<string, () => string> {
  return new Map(textForms.flatMap((form) => [...form.files(site)]));
}

/**
 * Writes the forms into `outDir`, and returns their links for the output check, by file: read from the text
 * just written rather than from the disk again. A file in `taken` was taken over from the published build
 * with its page (page-reuse.ts), and is not written again. The disk writes run in the background while the
 * next file is worked out.
 */
export async function writeForms(site: Site, outDir: string, taken: ReadonlyMap<string, BuiltPage>): Promise<Map<string, BuiltPage>> {
  const makeFolder = folderMaker();
  const pages = new Map<string, BuiltPage>();
  const writes: Promise<void>[] = [];
  for (const [path, write] of formFiles(site)) {
    const known = taken.get(path);
    if (known) {
      pages.set(path, known);
      continue;
    }
    const file = join(outDir, path);
    makeFolder(file);
    const text = write();
    writes.push(writeFile(file, text));
    pages.set(path, parseForm(site.urls.base + path, text));
  }
  await Promise.all(writes);
  return pages;
}

/**
 * The routes that serve the forms with one file extension under `npm run dev` (src/pages/[...form].md.ts
 * and its siblings). In a build they produce nothing: writeForms has written the files.
 */
export function devFormRoute(extension: keyof typeof contentTypes) {
  const suffix = `.${extension}`;
  const getStaticPaths = (() =>
    import.meta.env.DEV
      ? [...formFiles(getSite()).keys()].filter((path) => path.endsWith(suffix)).map((path) => ({ params: { form: path.slice(0, -suffix.length) } }))
      : []) satisfies GetStaticPaths;
  const GET = ({ params }: APIContext<never, { form: string }>) => {
    const write = formFiles(getSite()).get(params.form + suffix);
    return write ? new Response(write(), { headers: { 'content-type': contentTypes[extension] } }) : new Response('Not found', { status: 404 });
  };
  return { getStaticPaths, GET };
}
