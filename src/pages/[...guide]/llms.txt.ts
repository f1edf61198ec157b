import type { APIContext, GetStaticPaths } from 'astro';
import { llmsIndex } from '../../forms/llms.ts';
import { getSite } from '../../site/index.ts';
import type { GuideSite } from '../../site/model.ts';

// Each guide's llms.txt; in a library, also one at the root listing every guide.
export const getStaticPaths = (() => {
  const site = getSite();
  const guides = site.guides.map((guideSite) => ({ params: { guide: guideSite.slug }, props: { guideSite } }));
  return site.library ? [{ params: { guide: undefined }, props: { guideSite: undefined } }, ...guides] : guides;
}) satisfies GetStaticPaths;

export function GET({ props }: APIContext<{ guideSite: GuideSite | undefined }>) {
  return new Response(llmsIndex(getSite(), props.guideSite), { headers: { 'content-type': 'text/plain; charset=utf-8' } });
}
