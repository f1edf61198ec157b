import type { APIContext, GetStaticPaths } from 'astro';
import { guideData } from '../../forms/guide-data.ts';
import { getSite } from '../../site/index.ts';
import type { GuideSite } from '../../site/model.ts';

// Each guide as data (see src/forms/guide-data.ts).
export const getStaticPaths = (() => getSite().guides.map((guideSite) => ({ params: { guide: guideSite.slug }, props: { guideSite } }))) satisfies GetStaticPaths;

export function GET({ props }: APIContext<{ guideSite: GuideSite }>) {
  return new Response(`${JSON.stringify(guideData(getSite(), props.guideSite), null, 2)}\n`, { headers: { 'content-type': 'application/json' } });
}
