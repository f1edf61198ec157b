import type { APIContext, GetStaticPaths } from 'astro';
import { twinPages, twinPath, type TwinPage } from '../forms/twins.ts';
import { getSite } from '../site/index.ts';

// The Markdown twin of every page (see src/forms/twins.ts): /log-retention/ → /log-retention.md.
export const getStaticPaths = (() => twinPages(getSite()).map((page) => ({ params: { twin: twinPath(page.path).replace(/\.md$/, '') }, props: { page } }))) satisfies GetStaticPaths;

export function GET({ props }: APIContext<{ page: TwinPage }>) {
  return new Response(props.page.markdown(), { headers: { 'content-type': 'text/markdown; charset=utf-8' } });
}
