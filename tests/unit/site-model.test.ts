import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { contentOfPage } from '../../src/site/page-sources.ts';
import { pdfAutoLimit, pdfPlan } from '../../src/site/pdf-plan.ts';
import { readSettings } from '../../src/site/settings.ts';
import { reservedAddresses } from '../../src/site/routes.ts';
import { realGuide } from '../support/content-copy.ts';
import { projectRoot, validate } from '../support/load.ts';

const site = await validate(realGuide, { BASE_PATH: '/guides/x/' });

describe('the site model', () => {
  it('names the content file each page renders, for messages about that page', async () => {
    assert.equal(contentOfPage(site, '/guides/x/log-retention/'), 'content/categories/log-retention.mdx');
    assert.equal(contentOfPage(site, '/guides/x/getting-started/'), 'content/resources.yaml');
    assert.equal(contentOfPage(site, '/guides/x/search/'), undefined);
  });
  it('derives the addresses a category may not take from src/pages, public/ and the build’s output', async () => {
    const { site: atRoot, guide: inGuide } = reservedAddresses(projectRoot);
    for (const address of ['search', 'services', '404', 'favicon', 'pagefind', 'index', 'sitemap-index']) assert.ok(atRoot.has(address), address);
    for (const address of ['getting-started', 'history', 'whole-guide', 'decide', 'rss', 'index', 'llms', 'llms-full', 'guide'])
      assert.ok(inGuide.has(address), address);
    assert.ok(!atRoot.has('log-retention') && !inGuide.has('log-retention'));
  });
  it('knows every page’s sections, from data: a category’s sides, summary and headings, the home page’s rows', async () => {
    assert.deepEqual(
      [...(site.anchors.get('primary-purpose/') ?? [])].filter((id) => ['cloudtrail', 'cloudwatch', 'summary'].includes(id)),
      ['cloudtrail', 'cloudwatch', 'summary'],
    );
    assert.ok(site.anchors.get('')?.has('glance-log-retention'));
  });
  it('prints the PDF by default only for a site small enough to print in seconds, and says why not', async () => {
    const settings = { ...readSettings({}), chromium: '/usr/bin/chromium' };
    assert.deepEqual(pdfPlan({ ...settings, pdf: 'auto' }, pdfAutoLimit), { print: true, reason: '' });
    assert.match(pdfPlan({ ...settings, pdf: 'auto' }, pdfAutoLimit + 1).reason, /more than the 100 printed by default.*GUIDEPOST_PDF=on prints it anyway/);
    assert.equal(pdfPlan({ ...settings, pdf: 'on' }, 5000).print, true);
    assert.deepEqual(pdfPlan({ ...settings, pdf: 'off' }, 1), { print: false, reason: 'GUIDEPOST_PDF=off' });
    assert.match(pdfPlan({ ...settings, chromium: undefined }, 1).reason, /no Chromium found/);
    assert.throws(() => readSettings({ GUIDEPOST_PDF: 'yes' }), /GUIDEPOST_PDF "yes" is not a choice. Expected one of auto, on, off/);
  });
});
