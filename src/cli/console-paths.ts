/**
 * Astro and its integrations print the folder they write to ("[build] directory: …", "sitemap-index.xml
 * created at …"). A build writes beside the published site and swaps it in at the end (publish.ts), so
 * that folder is a staging name the author never sees again; while the build runs, the console shows the
 * folder the site will be in instead, in the same form (absolute, or relative to the working folder).
 */
import { relative } from 'node:path';

/**
 * Rewrites what the build prints on standard output until the returned function is called. Errors (standard
 * error) are left as they are: when a build fails, the site in the published folder is still the previous one,
 * and a path there would send the author to the wrong files.
 */
export function showStagingAs(staging: string, published: string): () => void {
  const pairs = [
    [staging, published],
    [relative(process.cwd(), staging), relative(process.cwd(), published) || '.'],
  ].filter(([from]) => from) as [string, string][];
  const rewrite = (text: string) => pairs.reduce((result, [from, to]) => result.replaceAll(from, to), text);
  const stream = process.stdout;
  const own = Object.getOwnPropertyDescriptor(stream, 'write');
  const write = stream.write.bind(stream) as (chunk: unknown, ...rest: unknown[]) => boolean;
  stream.write = ((chunk: unknown, ...rest: unknown[]) => write(typeof chunk === 'string' ? rewrite(chunk) : chunk, ...rest)) as typeof stream.write;
  return () => {
    // Put back exactly what was there: the stream's own write, or none (its class's).
    if (own) Object.defineProperty(stream, 'write', own);
    else delete (stream as { write?: unknown }).write;
  };
}
