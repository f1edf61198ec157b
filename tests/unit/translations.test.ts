import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { appendTo, contentCopy, realGuide, replaceIn } from '../support/content-copy.ts';
import { mistakesIn, projectRoot, validate } from '../support/load.ts';
import { writeSyntheticGuide } from '../bench/synthetic-guide.ts';
import type { Site } from '../../src/site/model.ts';

// A copy of the real guide with a German translation of two files only: the rest falls back to English.
const translated = (edit: (dir: string) => void = () => {}) =>
  contentCopy((dir) => {
    const german = join(dir, 'i18n/de');
    mkdirSync(join(german, 'categories'), { recursive: true });
    cpSync(join(realGuide, 'i18n/de/guide.yaml'), join(german, 'guide.yaml'));
    cpSync(join(realGuide, 'i18n/de/categories/log-retention.mdx'), join(german, 'categories/log-retention.mdx'));
    edit(dir);
  }, withoutTranslations());

/** The real guide without its own translations, which these tests replace with partial ones. */
const withoutTranslations = () => contentCopy((dir) => rmSync(join(dir, 'i18n'), { recursive: true }), realGuide);

const i18n = (dir: string, ...args: string[]) =>
  execFileSync(process.execPath, ['src/cli/i18n.ts', ...args], { cwd: projectRoot, env: { ...process.env, GUIDE_CONTENT: dir }, encoding: 'utf8' });

describe('a translated guide', () => {
  it('is a guide site under /<code>/ with every page of the source; what it lacks falls back to the source', async () => {
    const site = await validate(translated());
    assert.deepEqual(
      site.guides.map((entry) => [entry.slug, entry.language.code]),
      [
        [undefined, 'en'],
        ['de', 'de'],
      ],
    );
    const [english, german] = site.guides as [(typeof site.guides)[0], (typeof site.guides)[0]];
    assert.equal(german.urls.category('log-retention'), '/de/log-retention/');
    assert.deepEqual(
      german.guide.categories.map((category) => category.slug),
      english.guide.categories.map((category) => category.slug),
      'every category, in the same order',
    );
    assert.equal(german.guide.categories.find((category) => category.slug === 'log-retention')?.title, 'Aufbewahrung von Logs');
    assert.equal(
      german.guide.categories.find((category) => category.slug === 'alarms-and-notifications')?.title,
      english.guide.categories.find((category) => category.slug === 'alarms-and-notifications')?.title,
      'an untranslated category shows the source',
    );
    assert.equal(german.translation?.files.get('categories/alarms-and-notifications.mdx')?.state, 'missing');
    assert.equal(german.translation?.files.get('categories/log-retention.mdx')?.state, 'stale', 'a file never marked is not known to be current');
    assert.ok(site.anchors.has('de/log-retention/'), 'links may name the translated pages');
  });

  it('npm run i18n:mark records the source versions; a later change to a source file makes its translation stale', async () => {
    const dir = translated();
    i18n(dir, 'mark', 'de');
    assert.match(readFileSync(join(dir, 'i18n/de/translation.yaml'), 'utf8'), /categories\/log-retention\.mdx: [0-9a-f"]+/);
    let german = (await validate(dir)).guides[1]!;
    assert.equal(german.translation?.files.get('categories/log-retention.mdx')?.state, 'current');
    assert.equal(german.translation?.files.get('guide.yaml')?.state, 'current');
    appendTo('categories/log-retention.mdx', '\n')(dir);
    german = (await validate(dir)).guides[1]!;
    assert.equal(german.translation?.files.get('categories/log-retention.mdx')?.state, 'stale');
    assert.equal(german.translation?.files.get('guide.yaml')?.state, 'current', 'only the changed file falls behind');
    const status = i18n(dir, 'status');
    assert.match(status, /de: 1 current, 1 stale, 17 missing \(of 19 source files\)/);
    assert.match(status, /categories\/log-retention\.mdx\s+stale/);
    assert.match(status, /categories\/use-cases\.mdx\s+missing/);
  });

  it('refuses a folder that is not a language, naming the languages it could be', async () => {
    const messages = await mistakesIn(translated((dir) => mkdirSync(join(dir, 'i18n/deu'))));
    assert.ok(
      messages.some((message) =>
        /i18n\/deu: folder name: "deu" is not a language Guidepost knows\. Expected a folder named by a language's code: .*de.*did you mean "de"\?/.test(
          message,
        ),
      ),
      messages.join('\n'),
    );
  });

  it('refuses a translated category the source does not have', async () => {
    const messages = await mistakesIn(
      translated((dir) => cpSync(join(dir, 'i18n/de/categories/log-retention.mdx'), join(dir, 'i18n/de/categories/log-retension.mdx'))),
    );
    assert.ok(
      messages.some((message) =>
        /i18n\/de\/categories\/log-retension\.mdx: file name: no source file categories\/log-retension\.mdx to translate\. Expected the name of the source file it translates \(log-retention\.mdx\)/.test(
          message,
        ),
      ),
      messages.join('\n'),
    );
  });

  it('refuses a translated category that moves its place in the guide', async () => {
    const messages = await mistakesIn(translated(replaceIn('i18n/de/categories/log-retention.mdx', /^order: \d+$/m, 'order: 99')));
    assert.ok(
      messages.some((message) => /i18n\/de\/categories\/log-retention\.mdx: order: 99 differs from the source's 5/.test(message)),
      messages.join('\n'),
    );
  });

  it('refuses services that differ from the source, once, without echoes in the translated categories', async () => {
    const messages = await mistakesIn(translated(replaceIn('i18n/de/guide.yaml', '- id: cloudwatch', '- id: cloud-watch')));
    assert.equal(messages.length, 1, messages.join('\n'));
    assert.match(
      messages[0]!,
      /i18n\/de\/guide\.yaml: services: the services are cloudtrail, cloud-watch\. Expected the source's services, in its order: cloudtrail, cloudwatch/,
    );
  });

  it('reports a mistake in a translated file with its file and line, and a mistake of the source once, not again for the translation', async () => {
    const messages = await mistakesIn(
      translated((dir) => {
        replaceIn('i18n/de/categories/log-retention.mdx', '<Side service="cloudwatch">', '<Side service="cloudwach">')(dir);
        replaceIn('categories/alarms-and-notifications.mdx', '<Side service="cloudwatch">', '<Side service="cloudwach">')(dir);
      }),
    );
    assert.equal(messages.filter((message) => message.includes('i18n/de/categories/log-retention.mdx:')).length, 1, messages.join('\n'));
    assert.match(messages.find((message) => message.includes('i18n/de/categories/log-retention.mdx:')) ?? '', /log-retention\.mdx:\d+:\d+: .*cloudwach/);
    assert.equal(messages.filter((message) => message.includes('alarms-and-notifications.mdx')).length, 1, messages.join('\n'));
    assert.ok(!messages.some((message) => /i18n\/de\/categories\/alarms/.test(message)));
  });

  it('refuses a translation.yaml naming a file the source does not have', async () => {
    const messages = await mistakesIn(
      translated((dir) => writeFileSync(join(dir, 'i18n/de/translation.yaml'), 'sources:\n  categories/log-retension.mdx: 0123456789ab\n')),
    );
    assert.ok(
      messages.some((message) =>
        /translation\.yaml:2: sources\.categories\/log-retension\.mdx: no such source file\. Expected one of the source guide's files \(categories\/log-retention\.mdx/.test(
          message,
        ),
      ),
      messages.join('\n'),
    );
  });

  it('compiles a file the translation lacks as the source does: in its language, so its words and marks are English', async () => {
    const german = (await validate(translated())).guides[1]!;
    const text = (slug: string) => JSON.stringify(german.guide.categories.find((category) => category.slug === slug)?.body);
    assert.match(text('access-control'), /\(external site\)/, 'the untranslated page is English throughout');
    assert.doesNotMatch(text('access-control'), /externe Website/);
  });

  it('says a mistake in a source file once, though every language shows the file', async () => {
    const messages = await mistakesIn(
      translated(replaceIn('categories/access-control.mdx', '](https://docs.aws.amazon.com', '](/no-such-page/ "x") [x](https://docs.aws.amazon.com')),
    );
    assert.equal(messages.filter((message) => message.includes('no-such-page')).length, 1, messages.join('\n'));
  });

  it('refuses a translated file the source does not have', async () => {
    const messages = await mistakesIn(translated((dir) => writeFileSync(join(dir, 'i18n/de/notes.yaml'), '- a\n')));
    assert.ok(
      messages.some((message) =>
        /i18n\/de\/notes\.yaml: file name: no source file notes\.yaml to translate\. Expected a file the source guide has \(guide\.yaml, /.test(message),
      ),
      messages.join('\n'),
    );
  });

  it('npm run i18n:mark leaves a translation.yaml it cannot read as it is, and says why', () => {
    const dir = translated((dir) => writeFileSync(join(dir, 'i18n/de/translation.yaml'), 'sources:\n  guide.yaml: not-a-version\n'));
    assert.throws(
      () => i18n(dir, 'mark', 'de'),
      (error: { stderr?: string }) => /fix translation\.yaml first:[\s\S]*sources\.guide\.yaml/.test(error.stderr ?? ''),
    );
    assert.match(readFileSync(join(dir, 'i18n/de/translation.yaml'), 'utf8'), /not-a-version/);
  });

  it('lists a large translated guide by its source’s groups, at the same addresses, named in its language', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'guidepost-groups-'));
    writeSyntheticGuide(dir, 60);
    mkdirSync(join(dir, 'i18n/de/categories'), { recursive: true });
    cpSync(join(dir, 'categories/category-2.mdx'), join(dir, 'i18n/de/categories/category-2.mdx'));
    const [english, german] = (await validate(dir)).guides as [Site['guides'][0], Site['guides'][0]];
    assert.deepEqual(
      german.navigation.groups.map((group) => [group.slug, group.categories.map((category) => category.slug)]),
      english.navigation.groups.map((group) => [group.slug, group.categories.map((category) => category.slug)]),
    );
    assert.deepEqual(
      german.navigation.groups.map((group) => group.title),
      ['Kategorien 1 bis 50', 'Kategorien 51 bis 60'],
    );
    rmSync(dir, { recursive: true, force: true });
  });
});
