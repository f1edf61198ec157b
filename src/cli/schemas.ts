// npm run schemas: writes JSON Schemas of the content files, generated from the zod schemas the build
// validates with, for editors (see .vscode/settings.json). npm test fails when they are out of date.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { editorSchemas, editorSchemasDir } from '../guide/schemas/json.ts';

mkdirSync(editorSchemasDir, { recursive: true });
for (const [name, schema] of Object.entries(editorSchemas())) {
  writeFileSync(join(editorSchemasDir, `${name}.schema.json`), schema);
  console.log(`wrote src/guide/schemas/json/${name}.schema.json`);
}
