// npm run bench:lighthouse: Lighthouse's four scores for every kind of page of the built site, as a phone and
// as a desktop, served by the project's own server and run in the Chromium the tests use. Writes
// tests/bench/LIGHTHOUSE.md. A report, not a test: the scores depend on the machine, and Lighthouse is fetched
// by npx when this runs (the version is pinned below) instead of being installed with the project, which
// needs it for nothing else.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { findChromium } from '../../src/forms/chromium.ts';
import { serveSite } from '../support/serve.ts';

const lighthouse = 'lighthouse@13.5.0';
const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

const root = resolve(import.meta.dirname, '../..');
const dist = resolve(root, process.env['GUIDEPOST_DIST'] ?? 'dist');
const chromium = findChromium();
if (!chromium) throw new Error('No Chromium found: set GUIDEPOST_CHROMIUM to one (see README, "Setting up").');

const guide = JSON.parse(readFileSync(join(dist, 'guide.json'), 'utf8')) as { categories: { slug: string; title: string }[] };
const first = guide.categories[0]!;
// One page of every kind, and a shared search link, whose results arrive after the page has loaded.
const pages: [string, string][] = [
  ['home', ''],
  ['a category', `${first.slug}/`],
  ['search', 'search/'],
  ['a shared search link', `search/?q=${encodeURIComponent('who deleted a resource')}`],
  ['decision helper', 'decide/'],
  ['getting started', 'getting-started/'],
  ['history', 'history/'],
  ['whole guide', 'whole-guide/'],
];

interface Report {
  categories: Record<(typeof categories)[number], { score: number }>;
  audits: Record<string, { displayValue?: string }>;
}

const server = await serveSite(dist);
const scratch = mkdtempSync(join(tmpdir(), 'guidepost-lighthouse-'));
const rows: string[] = [];
try {
  for (const preset of ['mobile', 'desktop'] as const) {
    for (const [name, path] of pages) {
      const output = join(scratch, 'report.json');
      // Lighthouse now and then loses its trace on a busy machine (NO_NAVSTART) and exits: one more try.
      for (let attempt = 1; ; attempt++) {
        try {
          execFileSync(
            'npx',
            [
              '--yes',
              lighthouse,
              new URL(path, server.url).href,
              '--quiet',
              '--output=json',
              `--output-path=${output}`,
              `--only-categories=${categories.join(',')}`,
              ...(preset === 'desktop' ? ['--preset=desktop'] : []),
              '--chrome-flags=--headless=new --no-sandbox --disable-gpu',
            ],
            { env: { ...process.env, CHROME_PATH: chromium }, stdio: ['ignore', 'ignore', 'inherit'] },
          );
          break;
        } catch (error) {
          if (attempt === 2) throw error;
        }
      }
      const report = JSON.parse(readFileSync(output, 'utf8')) as Report;
      const scores = categories.map((category) => Math.round(report.categories[category].score * 100));
      const metric = (id: string) => report.audits[id]?.displayValue?.replace(/\u00a0/g, ' ') ?? '–';
      rows.push(
        `| ${preset} | ${name} | ${scores.join(' | ')} | ${metric('largest-contentful-paint')} | ${metric('cumulative-layout-shift')} | ${metric('total-blocking-time')} |`,
      );
      console.log(rows.at(-1));
    }
  }
} finally {
  server.close();
  rmSync(scratch, { recursive: true, force: true });
}

writeFileSync(
  resolve(import.meta.dirname, 'LIGHTHOUSE.md'),
  `# Lighthouse

Written by \`npm run bench:lighthouse\` (tests/bench/lighthouse.ts) with ${lighthouse}, on ${new Date().toISOString().slice(0, 10)}, on a
machine with ${cpus().length} cores, against the built site served by \`npm run serve\`. "mobile" is Lighthouse's
default (a phone on a throttled network and CPU); "desktop" is its desktop preset. Scores vary a little from run to
run with the machine's load; accessibility is also checked in both themes by the browser tests (axe).

| as | page | performance | accessibility | best practices | SEO | largest paint | layout shift | blocking time |
| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
${rows.join('\n')}

A shared search link's largest paint is its results, which need the search index: on the throttled phone network
that takes about two seconds, and it is the one page that can score under 100 for performance.
`,
);
