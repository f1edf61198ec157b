// npm run build, once build.ts has set up the process: validates the guide, builds the site beside the
// published one, and publishes it only when every step succeeded (pages, link checks, search index),
// atomically (see publish.ts), so a failed or interrupted build never leaves a half-written site.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { readSettings } from '../site/settings.ts';
import { buildInputs } from '../site/build-inputs.ts';
import { publishedRecord, recordPublished, reusablePages } from './published-record.ts';
import { discard, newBuildFolder, outDirProblem, publish } from './publish.ts';

const projectRoot = resolve(import.meta.dirname, '../..');
// `npm run build -- --no-cache`: a cold build, whatever GUIDEPOST_CACHE says (Astro's side reads the same variable).
if (process.argv.includes('--no-cache')) process.env['GUIDEPOST_CACHE'] = 'off';
const settings = readSettings();
const problem = outDirProblem(process.cwd(), settings.outDir);
if (problem) {
  console.error(`Guidepost: ${problem}`);
  process.exit(1);
}
// Nothing changed since the published site was built: it is what this build would write (published-record.ts).
const inputs = settings.cacheDir ? buildInputs(settings, projectRoot) : undefined;
const published = inputs ? publishedRecord(settings) : undefined;
if (inputs && published?.inputs === inputs.all) {
  console.log(
    `Guidepost: nothing changed since ${settings.outDir} was built (the same content, settings and generator), so the site is kept as it is. npm run build -- --no-cache builds it anew.`,
  );
  process.exit(0);
}
// Loaded only when there is something to build: telling that nothing changed needs none of the MDX toolchain,
// the search index or Astro (about 0.1 s of loading modules, half of such a build).
const [{ ContentErrors }, { loadSite }, { searchIndexStaging, startSearchIndex }, { showStagingAs }, { pageKeys: keysOfPages }] = await Promise.all([
  import('../guide/index.ts'),
  import('../site/index.ts'),
  import('../search/index-build.ts'),
  import('./console-paths.ts'),
  import('../site/page-reuse.ts'),
]);
const kept = () => (existsSync(settings.outDir) ? `${settings.outDir} still holds the previous build` : `nothing was written to ${settings.outDir}`);

let pageKeys = new Map<string, string>();
let site: Awaited<ReturnType<typeof loadSite>>;
try {
  // Stages 1 and 2 first, in this process: a content mistake is reported before Astro starts, and the
  // model is kept for Astro's pages, which run in this same process.
  site = await loadSite(projectRoot, settings);
  // Pages nothing they show changed in are taken from the published site (page-reuse.ts).
  if (inputs) {
    pageKeys = keysOfPages(site, inputs);
    site.reuse = reusablePages(published, pageKeys);
  }
} catch (error) {
  if (!(error instanceof ContentErrors)) throw error;
  console.error(`${error.message}\n\nGuidepost: the build stopped before writing anything; ${kept()}.`);
  process.exit(1);
}
if (!settings.siteUrl)
  console.warn(
    'Guidepost: SITE_URL is not set, so pages carry no canonical or Open Graph address and no sitemap is written. Set SITE_URL=https://… when building for a host.',
  );

const folder = newBuildFolder(settings.outDir);
// The search index is made from the model: Pagefind starts now, on the other core, while Astro loads and
// renders; the integration takes it (index-build.ts).
const searchIndex = startSearchIndex(site, searchIndexStaging(folder));
const restoreConsole = showStagingAs(folder, settings.outDir);
try {
  const { build } = await import('astro');
  await build({ root: projectRoot, outDir: folder, logLevel: process.env['GUIDEPOST_QUIET'] ? 'warn' : 'info', telemetry: false } as Parameters<
    typeof build
  >[0]);
} catch (error) {
  restoreConsole();
  // Pagefind may still be writing beside the build: it is let finish, then dropped with the build.
  await searchIndex.then(
    (index) => index.discard(),
    () => {},
  );
  discard(folder);
  console.error(`\n${error instanceof Error ? error.message : String(error)}\n\nGuidepost: the build failed; ${kept()}.`);
  process.exit(1);
}
restoreConsole();
publish(settings.outDir, folder);
// A file saved while the build ran may or may not be in the site: then no record, and the next build does everything.
if (inputs && buildInputs(settings, projectRoot).all === inputs.all) recordPublished(settings, inputs.all, pageKeys);
else if (inputs) console.warn('Guidepost: a content or project file changed while the site was built; the next build builds everything again.');
console.log(`Guidepost: site written to ${settings.outDir}`);
