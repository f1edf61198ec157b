import type { APIRoute } from 'astro';
import { codeColorsCss } from '../guide/content/code-colors.ts';

// The code colours of both themes (src/guide/content/code-colors.ts), a stylesheet of the site's own that
// only pages showing code link (src/components/content/Prose.astro).
export const GET: APIRoute = () => new Response(codeColorsCss(), { headers: { 'content-type': 'text/css; charset=utf-8' } });
