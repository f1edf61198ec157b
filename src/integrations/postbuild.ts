import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import * as pagefind from 'pagefind';
import { checkLinks, readSite, type Page } from '../lib/link-check.ts';
import { sectionRecords } from '../lib/search-records.ts';

/**
 * What happens to the finished site before it counts as built: every internal link is checked, then
 * the search index is written. Either failing fails the build. The pages are read once for both.
 */
export function postBuild(): AstroIntegration {
  let base = '/';
  let site = 'http://localhost';
  let reportDir = '.astro';
  return {
    name: 'guidepost:post-build',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.replace(/\/?$/, '/');
        site = config.site ?? site;
        reportDir = fileURLToPath(new URL('.astro/', config.root));
      },
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const { pages, files } = readSite(root, base);
        checkSiteLinks(pages, files, { base, site, reportDir, logger });
        await writeSearchIndex(root, pages, { base, logger });
      },
    },
  };
}

function checkSiteLinks(pages: Page[], files: Set<string>, options: { base: string; site: string; reportDir: string; logger: AstroIntegrationLogger }) {
  const { base, site, reportDir, logger } = options;
  const { problems, external } = checkLinks(pages, { base, site, files });
  mkdirSync(reportDir, { recursive: true });
  const reportFile = join(reportDir, 'external-links.txt');
  const lines = [...external].sort(([a], [b]) => a.localeCompare(b)).map(([url, from]) => `${url}\n  linked from ${[...from].sort().join(', ')}`);
  writeFileSync(reportFile, `External links in the built site (listed, not fetched)\n\n${lines.join('\n')}\n`);
  logger.info(`${external.size} external links, not fetched; listed in ${relative(process.cwd(), reportFile)}`);
  if (problems.length) throw new Error(`Broken internal links (${problems.length}):\n- ${problems.join('\n- ')}`);
  logger.info('every internal link and section anchor resolves');
}

async function writeSearchIndex(root: string, pages: Page[], { base, logger }: { base: string; logger: AstroIntegrationLogger }) {
  const fail = (what: string, errors: string[]) => {
    throw new Error(`Search index: ${what} failed:\n- ${errors.join('\n- ')}`);
  };
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
  if (!index) return fail('starting Pagefind', errors);
  try {
    // The pages are already in memory: hand Pagefind the ones that have something to index, rather than
    // have it read and parse every file again. Its URLs are relative to the site root; the browser adds
    // the base path back.
    const indexed = pages.filter((page) => page.html.includes('data-pagefind-body')).map((page) => ({ ...page, url: page.path.slice(base.length - 1) }));
    if (indexed.length === 0) fail('indexing the pages', ['no page is marked with data-pagefind-body']);
    const records = indexed.flatMap((page) => sectionRecords(page.url, page.html));
    // Sent together rather than one round trip at a time: the indexer is a separate process.
    const [pageResults, recordResults] = await Promise.all([
      Promise.all(indexed.map((page) => index.addHTMLFile({ url: page.url, content: page.html }))),
      Promise.all(records.map((record) => index.addCustomRecord({ ...record, language: 'en' }))),
    ]);
    pageResults.forEach((result, position) => result.errors.length && fail(`indexing ${indexed[position]?.path}`, result.errors));
    recordResults.forEach((result, position) => result.errors.length && fail(`indexing ${records[position]?.url}`, result.errors));
    const written = await index.writeFiles({ outputPath: join(root, 'pagefind') });
    if (written.errors.length) fail('writing the index', written.errors);
    logger.info(`search index: ${indexed.length} pages and ${records.length} service sections`);
  } finally {
    await pagefind.close();
  }
}
