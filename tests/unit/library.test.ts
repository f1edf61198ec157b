import assert from 'node:assert/strict';
import { mkdirSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { contentCopy, replaceIn, threeServices } from '../support/content-copy.ts';
import { mistakesIn, validate } from '../support/load.ts';

// The library fixture links the real guide in; a copy of it links to the originals by absolute path.
const fixture = resolve(import.meta.dirname, '../fixtures/library');
const library = (edit: (dir: string) => void = () => {}) =>
  contentCopy((dir) => {
    for (const [name, target] of [
      ['cloudtrail-or-cloudwatch', resolve(import.meta.dirname, '../../content')],
      ['three-services', threeServices],
    ] as const) {
      const link = join(dir, 'guides', name);
      rmSync(link, { recursive: true, force: true });
      symlinkSync(target, link);
    }
    edit(dir);
  }, fixture);

describe('a library of guides', () => {
  it('validates, with its guides in the order of site.yaml, and services shared by id', async () => {
    const site = await validate(library());
    assert.deepEqual(
      site.guides.map((entry) => entry.slug),
      ['cloudtrail-or-cloudwatch', 'three-services', 'pebble-polish'],
    );
    assert.deepEqual(
      site.services.get('gamma')?.guides.map((entry) => entry.guideSite.slug),
      ['three-services', 'pebble-polish'],
    );
    assert.equal(site.guides[2]!.guide.services[0]!.name, 'Fixture Gamma', 'a service listed by id alone takes its definition from site.yaml');
    assert.ok(site.anchors.has('three-services/speed/'));
  });
  it('refuses a shared service whose name differs, naming both files', async () => {
    const messages = await mistakesIn(library(replaceIn('guides/pebble-polish/guide.yaml', '  - id: gamma\n', '  - id: gamma\n    name: Gamma the Second\n')));
    assert.ok(
      messages.some((message) =>
        /pebble-polish\/guide\.yaml: services\.gamma\.name: "Gamma the Second" differs from "Fixture Gamma" in .*site\.yaml, for the same service id/.test(
          message,
        ),
      ),
      messages.join('\n'),
    );
  });
  it('refuses a guide in another language than the others, naming both files', async () => {
    const messages = await mistakesIn(library(replaceIn('guides/pebble-polish/guide.yaml', /^lastUpdated:/m, 'language: de\nlastUpdated:')));
    assert.ok(
      messages.some((message) => /pebble-polish\/guide\.yaml: language: "de" differs from the library's language, "en" \(.*guide\.yaml\)/.test(message)),
      messages.join('\n'),
    );
  });
  it('checks a link to another guide like any other link', async () => {
    const messages = await mistakesIn(
      library(replaceIn('guides/pebble-polish/categories/gleam.mdx', '/three-services/speed/#gamma', '/three-services/speed/#gama')),
    );
    assert.ok(
      messages.some((message) =>
        /gleam\.mdx:\d+:\d+: link: "\/three-services\/speed\/#gama" names a section \/three-services\/speed\/ does not have \(did you mean "#gamma"\?\)/.test(
          message,
        ),
      ),
      messages.join('\n'),
    );
  });
  it('refuses a guide folder that takes one of the site’s own addresses', async () => {
    const messages = await mistakesIn(
      library((dir) => {
        renameSync(join(dir, 'guides/pebble-polish'), join(dir, 'guides/services'));
        replaceIn('site.yaml', 'featured: [pebble-polish]', 'featured: [services]')(dir);
      }),
    );
    assert.ok(
      messages.some((message) => /guides\/services\/: folder name: "services" is an address the site already uses/.test(message)),
      messages.join('\n'),
    );
  });
  it('refuses a guide folder whose name cannot be an address', async () => {
    const messages = await mistakesIn(library((dir) => renameSync(join(dir, 'guides/pebble-polish'), join(dir, 'guides/Pebble Polish'))));
    assert.ok(
      messages.some((message) => /guides\/Pebble Polish: folder name: "Pebble Polish" cannot be a web address\. Expected .*"pebble-polish"/.test(message)),
      messages.join('\n'),
    );
  });
  it('refuses a category slug that is also a guide’s slug, since /<slug>/ would be ambiguous', async () => {
    const messages = await mistakesIn(library(replaceIn('guides/pebble-polish/categories/gleam.mdx', /^order: 1$/m, 'order: 1\nslug: three-services')));
    assert.ok(
      messages.some((message) => /gleam\.mdx: slug: "three-services" is also the slug of the guide/.test(message)),
      messages.join('\n'),
    );
  });
  it('refuses an order naming a guide the library does not have', async () => {
    const messages = await mistakesIn(
      library(replaceIn('site.yaml', 'order: [cloudtrail-or-cloudwatch, three-services]', 'order: [cloudtrail-or-cloudwatch, three-service]')),
    );
    assert.ok(
      messages.some((message) => /site\.yaml:\d+: order\[1\]: "three-service" is not a guide of the library/.test(message)),
      messages.join('\n'),
    );
  });
  it('reports the mistakes of every guide at once', async () => {
    const messages = await mistakesIn(
      library((dir) => {
        mkdirSync(join(dir, 'guides/empty'));
        writeFileSync(join(dir, 'guides/empty/guide.yaml'), 'title: Empty\n');
        replaceIn('guides/pebble-polish/categories/gleam.mdx', /^title: Gleam\n/m, '')(dir);
      }),
    );
    assert.ok(
      messages.some((message) => message.includes('guides/empty/guide.yaml')),
      messages.join('\n'),
    );
    assert.ok(
      messages.some((message) => /gleam\.mdx:\d+: title: missing/.test(message)),
      messages.join('\n'),
    );
  });
});
