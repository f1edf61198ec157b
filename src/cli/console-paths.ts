/**
 * Astro and its integrations print the folder they write to ("[build] directory: …", "sitemap-index.xml
 * created at …"). A build writes beside the published site and swaps it in at the end (publish.ts), so
 * that folder is a staging name the author never sees again; while the build runs, the console shows the
 * folder the site will be in instead, in the same form (absolute, or relative to the working folder).
 */
import { relative } from 'node:path';

type Write = typeof process.stdout.write;

export function showStagingAs(staging: string, published: string): () => void {
  const pairs = [
    [staging, published],
    [relative(process.cwd(), staging), relative(process.cwd(), published) || '.'],
  ].filter(([from]) => from) as [string, string][];
  const rewrite = (text: string) => pairs.reduce((result, [from, to]) => result.replaceAll(from, to), text);
  const wrap = (stream: NodeJS.WriteStream): (() => void) => {
    const original = stream.write.bind(stream) as Write;
    stream.write = ((chunk: unknown, ...rest: unknown[]) =>
      (original as (chunk: unknown, ...rest: unknown[]) => boolean)(typeof chunk === 'string' ? rewrite(chunk) : chunk, ...rest)) as Write;
    return () => {
      stream.write = original;
    };
  };
  const restores = [wrap(process.stdout), wrap(process.stderr)];
  return () => restores.forEach((restore) => restore());
}
