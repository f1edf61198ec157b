/**
 * Guidepost's Astro integration: it wires the pipeline's stages into Astro's build and dev server, and
 * sets the Astro config they need (astro-config.ts).
 * - Before any page renders, the guide is loaded and validated and the site model built (src/guide,
 *   src/site); pages then only read that model.
 * - While pages render, the search index is built from the same data in Pagefind's own process.
 * - After the build, the output is read once for the last checks, and the index is written.
 * - In the dev server, a change to any content file rebuilds the model and reloads the browser; a content
 *   mistake shows in the browser's error overlay, naming the file and line.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { guidepostConfig } from './astro-config.ts';
import { guideImagesModule } from './guide-images-plugin.ts';
import { ContentErrors } from './guide/index.ts';
import { getSite, loadSite, loadSiteForDev, markContentChanged } from './site/index.ts';
import type { Site } from './site/model.ts';
import { readSettings } from './site/settings.ts';
import { renderHeadersFile, siteHeaders } from './hosting/headers.ts';
import { checkLinks } from './postbuild/link-check.ts';
import { readBuiltSite, type BuiltPage } from './postbuild/output.ts';
import { filesReadBefore, rememberFilesRead } from './postbuild/read-pages-cache.ts';
import { buildSearchIndex, searchIndexStaging, type PendingIndex } from './search/index-build.ts';
import { printedForms } from './forms/registry.ts';
import { writeForms } from './forms/write.ts';
import { integrationsUnknown, takeOverPages } from './site/page-reuse.ts';

export function guidepost(): AstroIntegration {
  let projectRoot = process.cwd();
  let outDir = '';
  let pendingIndex: Promise<PendingIndex> | undefined;
  return {
    name: 'guidepost',
    hooks: {
      'astro:config:setup': async ({ config, command, logger, updateConfig }) => {
        projectRoot = fileURLToPath(config.root);
        if (command === 'build') {
          const site = await loadSite(projectRoot);
          // Pages taken over from the published site are its files, which Astro does not render: then every page renders.
          const unknown = integrationsUnknown(config.integrations);
          if (site.reuse && unknown.length) {
            site.reuse = undefined;
            logger.info(`astro.config.mjs adds ${unknown.join(', ')}, so every page is rendered (none is taken from the published build)`);
          }
        }
        if (command === 'dev') await tryLoad(projectRoot, logger);
        updateConfig(guidepostConfig(readSettings(), config.integrations, command === 'build' ? getSite().reuse : undefined));
      },
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir).replace(/\/$/, '');
      },
      'astro:server:setup': ({ server, logger }) => {
        const { contentDir } = readSettings();
        server.watcher.add(contentDir);
        // A save is often several file events (truncate then write, or write a copy and rename it): the
        // guide is read again once they settle, or it could be read half-written and show a false mistake.
        let settling: ReturnType<typeof setTimeout> | undefined;
        const reload = (file: string) => {
          if (relative(contentDir, file).startsWith('..')) return;
          // A page asked for meanwhile reads the guide again itself.
          markContentChanged();
          clearTimeout(settling);
          settling = setTimeout(async () => {
            // The list of the guide's images is written from the content: an image added or removed changes it.
            for (const environment of Object.values(server.environments)) {
              const images = environment.moduleGraph.getModuleById(guideImagesModule);
              if (images) environment.moduleGraph.invalidateModule(images);
            }
            if (await tryLoad(projectRoot, logger)) logger.info(`content reloaded after a change to ${relative(process.cwd(), file)}`);
            server.ws.send({ type: 'full-reload' });
          }, 150);
        };
        server.watcher.on('change', reload).on('add', reload).on('unlink', reload);
      },
      'astro:build:start': ({ logger }) => {
        reportTranslations(getSite(), logger);
        // Started already when the build script ran Astro; moved in once the pages are written.
        pendingIndex = buildSearchIndex(getSite(), searchIndexStaging(outDir));
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!pendingIndex) throw new Error('Search index: the build did not start it');
        const outDir = fileURLToPath(dir);
        // Pagefind's process may still be indexing: the other forms and the PDF are made meanwhile.
        let failure: { error: unknown } | undefined;
        try {
          const site = getSite();
          const { reuse } = site;
          const taken = filesReadBefore(site.settings, reuse);
          // The twins of the pages taken over, where what was read of them is known; the others are written again.
          const twins = [...taken.keys()].filter((file) => !reuse?.pages.has(file));
          if (reuse) {
            takeOverPages(reuse, outDir, twins);
            logger.info(`${reuse.pages.size} pages unchanged since the published build, taken from it`);
          }
          const forms = await writeForms(site, outDir, taken);
          logger.info(
            `${forms.size - twins.length} Markdown, llms.txt and JSON files written${twins.length ? `, ${twins.length} Markdown twins taken with their pages` : ''}`,
          );
          await printPdfs(site, outDir, logger);
          checkOutput(site, outDir, projectRoot, logger, forms, taken);
        } catch (error) {
          failure = { error };
        }
        const index = await pendingIndex;
        if (failure) {
          index.discard();
          throw failure.error;
        }
        logger.info(index.publish(outDir));
      },
    },
  };
}

/**
 * Lists what each translation lacks or has let fall behind its source: the pages show the source's text,
 * or say they may be out of date. Not a failure: a partial translation is a valid guide.
 */
function reportTranslations(site: Site, logger: AstroIntegrationLogger) {
  for (const guideSite of site.guides) {
    const files = [...(guideSite.translation?.files.values() ?? [])];
    const behind = files.filter((file) => file.state !== 'current');
    if (!behind.length) continue;
    const code = guideSite.language.code;
    const list = (state: string) => behind.filter((file) => file.state === state).map((file) => file.file);
    const parts = [
      list('stale').length ? `stale (the source changed since): ${list('stale').join(', ')}` : '',
      list('missing').length ? `not translated: ${list('missing').join(', ')}` : '',
    ].filter(Boolean);
    logger.warn(`translation ${code}: ${behind.length} of ${files.length} files behind the source; ${parts.join('; ')}. See npm run i18n:status`);
  }
}

/** Prints each guide's PDF, or says why there is none. */
async function printPdfs(site: Site, outDir: string, logger: AstroIntegrationLogger) {
  if (!site.pdf.print) {
    logger.warn(`PDF: not written (${site.pdf.reason}); the pages offer none`);
    return;
  }
  try {
    for (const form of printedForms) for (const file of await form.print(site, outDir)) logger.info(`${form.name} written: ${relative(outDir, file)}`);
  } catch (error) {
    // The message carries the cause's message on one line, which is all the build prints; no `cause` on purpose.
    // eslint-disable-next-line preserve-caught-error
    throw new Error(
      `PDF: Chromium at ${site.settings.chromium} could not print the guide: ${error instanceof Error ? error.message : error}\nFix or remove that browser, or build without the PDF: GUIDEPOST_PDF=off npm run build`,
    );
  }
}

/**
 * Loads the model in the dev server, where a content mistake is shown, not fatal. The dev server prints no
 * PDF, so its pages offer none.
 */
async function tryLoad(projectRoot: string, logger: AstroIntegrationLogger): Promise<boolean> {
  const settings = { ...readSettings(), pdf: 'off' as const, chromium: undefined };
  try {
    await loadSiteForDev(projectRoot, settings);
    return true;
  } catch (error) {
    if (!(error instanceof ContentErrors)) throw error;
    logger.error(error.message);
    return false;
  }
}

/**
 * The last wall, on what was actually written: every internal link and id of every page. The pages' one
 * Content-Security-Policy also becomes the headers file a host sends with them.
 */
function checkOutput(
  site: Site,
  outDir: string,
  projectRoot: string,
  logger: AstroIntegrationLogger,
  forms: ReadonlyMap<string, BuiltPage>,
  taken: ReadonlyMap<string, BuiltPage>,
) {
  const built = readBuiltSite(outDir, site.settings.base, taken);
  const { files } = built;
  const pages = [...built.pages.values(), ...forms.values()];
  const policies = new Set(pages.map((page) => page.csp).filter((csp) => csp !== undefined));
  if (policies.size !== 1) throw new Error(`Headers: expected every page to declare the same Content-Security-Policy, found ${policies.size}`);
  writeFileSync(join(outDir, '_headers'), renderHeadersFile(siteHeaders([...policies][0]!)));
  const { problems, external } = checkLinks(pages, { base: site.settings.base, origin: 'http://guidepost.invalid', siteOrigin: site.settings.siteUrl, files });
  const reportDir = join(projectRoot, '.astro');
  mkdirSync(reportDir, { recursive: true });
  const reportFile = join(reportDir, 'external-links.txt');
  const lines = [...external].sort(([a], [b]) => a.localeCompare(b)).map(([url, from]) => `${url}\n  linked from ${[...from].sort().join(', ')}`);
  writeFileSync(reportFile, `External links in the built site (listed, not fetched)\n\n${lines.join('\n')}\n`);
  logger.info(`${external.size} external links, not fetched; listed in ${relative(process.cwd(), reportFile)}`);
  if (problems.length) throw new Error(`Broken internal links (${problems.length}):\n- ${problems.join('\n- ')}`);
  // Counted as Astro counts ("N page(s) built": the HTML pages), with the other forms named apart.
  logger.info(`every internal link and section anchor resolves, in ${built.pages.size} HTML pages and ${forms.size} Markdown, llms.txt and JSON files`);
  rememberFilesRead(site.settings, outDir, [...built.pages, ...forms]);
}
