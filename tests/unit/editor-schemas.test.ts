import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { editorSchemas, editorSchemasDir } from '../../src/guide/schemas/json.ts';

describe('the JSON Schemas for editors', () => {
  for (const [name, schema] of Object.entries(editorSchemas())) {
    it(`${name}.schema.json matches the zod schema the build validates with (npm run schemas rewrites it)`, async () => {
      assert.equal(readFileSync(join(editorSchemasDir, `${name}.schema.json`), 'utf8'), schema);
    });
  }
  it('describe the files strictly: unknown keys are refused, as by the build', async () => {
    const category = JSON.parse(editorSchemas()['category']!) as { additionalProperties: boolean; required: string[] };
    assert.deepEqual([category.additionalProperties, category.required], [false, ['title', 'order', 'glance']]);
  });
});
