import type { APIContext, GetStaticPaths } from 'astro';
import { llmsFull } from '../../forms/llms.ts';
import { getSite } from '../../site/index.ts';
import type { GuideSite } from '../../site/model.ts';

// Each guide in one Markdown file; in a library, also every guide in one file at the root.
export const getStaticPaths = (() => {
  const site = getSite();
  const guides = site.guides.map((guideSite) => ({ params: { guide: guideSite.slug }, props: { guideSite } }));
  return site.library ? [{ params: { guide: undefined }, props: { guideSite: undefined } }, ...guides] : guides;
}) satisfies GetStaticPaths;

export function GET({ props }: APIContext<{ guideSite: GuideSite | undefined }>) {
  return new Response(llmsFull(getSite(), props.guideSite), { headers: { 'content-type': 'text/plain; charset=utf-8' } });
}
