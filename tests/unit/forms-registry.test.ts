// A form declared in src/forms/registry.ts is complete: the names it writes are addresses no category can
// take (src/site/routes.ts), and the dev server serves each of its file types.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { describe, it } from 'node:test';
import { contentTypes, textForms } from '../../src/forms/registry.ts';
import { reservedAddresses } from '../../src/site/routes.ts';
import { realGuide } from '../support/content-copy.ts';
import { projectRoot, validate } from '../support/load.ts';

for (const [name, folder] of [
  ['a single guide', realGuide],
  ['a library', 'tests/fixtures/library'],
] as const) {
  describe(`the output forms of ${name}`, async () => {
    const site = await validate(folder);
    const reserved = reservedAddresses(projectRoot);
    const files = textForms.flatMap((form) => [...form.files(site)].map(([path]) => ({ form: form.name, path })));

    it('write at least one file each', () => {
      for (const form of textForms) assert.ok([...form.files(site)].length > 0, `${form.name} writes nothing`);
    });

    it('take only addresses a category cannot take', () => {
      // The twins are named after the pages they mirror; every other form has a name of its own.
      for (const { form, path } of files.filter(({ form }) => !form.startsWith('Markdown twins'))) {
        const atRoot = !path.includes('/');
        assert.ok((atRoot ? reserved.site : reserved.guide).has(basename(path)), `${form}: ${path} is not reserved in src/site/routes.ts`);
      }
    });

    it('are served by the dev server with a content type', () => {
      for (const { form, path } of files) {
        const extension = extname(path).slice(1);
        assert.ok(extension in contentTypes, `${form}: no content type for .${extension} in registry.ts`);
        assert.ok(existsSync(join(projectRoot, `src/pages/[...form].${extension}.ts`)), `${form}: no src/pages/[...form].${extension}.ts`);
      }
    });
  });
}
