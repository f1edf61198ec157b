import { guideDataJsonSchema } from '../forms/guide-data.ts';
import { getSite } from '../site/index.ts';

// The JSON Schema every guide.json of the site follows, generated from its zod schema.
export function GET() {
  return new Response(`${JSON.stringify(guideDataJsonSchema(getSite()), null, 2)}\n`, { headers: { 'content-type': 'application/schema+json' } });
}
