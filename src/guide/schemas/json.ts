import { join } from 'node:path';
import { z } from 'astro/zod';
import { categorySchema } from './category.ts';
import { decisionSchema } from './decision.ts';
import { glossaryEntrySchema } from './glossary.ts';
import { guideSchema } from './guide.ts';
import { historyEntrySchema } from './history.ts';
import { resourceSchema } from './resource.ts';

/** Where the generated JSON Schemas live, beside the zod schemas they come from. */
export const editorSchemasDir = join(import.meta.dirname, 'json');

/** What each content file may hold, as JSON Schema (what editors read), keyed by the file it describes. */
export function editorSchemas(): Record<string, string> {
  const files = {
    guide: [guideSchema, 'guide.yaml: the guide’s title, services and intros'],
    category: [categorySchema, 'The frontmatter of a category file (categories/*.mdx)'],
    resources: [z.array(resourceSchema), 'resources.yaml: getting-started resources'],
    history: [z.array(historyEntrySchema), 'history.yaml: the document history'],
    decision: [decisionSchema, 'decision.yaml: the questions and rules of “Which do I need?”'],
    glossary: [z.array(glossaryEntrySchema), 'glossary.yaml: the words readers use for the guide’s terms'],
  } as const;
  return Object.fromEntries(
    Object.entries(files).map(([name, [schema, title]]) => {
      // Inputs as authors write them: a date is text, a default may be left out.
      const json = { ...z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }), title };
      return [name, `${JSON.stringify(json, null, 2)}\n`];
    }),
  );
}
