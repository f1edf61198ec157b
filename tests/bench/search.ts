// npm run bench:search: runs every query of tests/bench/search-queries.yaml through the built site's own
// search page in Chromium and writes tests/bench/SEARCH.md. A report, not a test: it says how often the right
// page and section come first, whether questions the guide cannot answer are answered honestly, and how long
// results take once the index is loaded. `--no-build` measures the site already in dist/.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { parse } from 'yaml';
import { systemChromium } from '../support/browser.ts';
import { serveSite } from '../support/serve.ts';
import { indexBytes, searchCodeBytes } from './index-size.ts';

interface Query {
  q: string;
  type: string;
  page?: string;
  section?: string;
}

interface Outcome extends Query {
  pages: string[];
  /** Under the expected page's result (if listed in the top three), the sections in the order shown. */
  sections: string[];
  state: string;
  status: string;
  ms: number;
}

const projectRoot = resolve(import.meta.dirname, '../..');
const queryFile = process.env.SEARCH_QUERIES ?? join(import.meta.dirname, 'search-queries.yaml');
const reportFile = process.env.SEARCH_REPORT ?? join(import.meta.dirname, 'SEARCH.md');
const dist = resolve(projectRoot, process.env.GUIDEPOST_DIST ?? 'dist');
// A translation's search is under its root: SEARCH_ROOT=de/ measures the German pages' search.
const root = process.env.SEARCH_ROOT ?? '';
const queries = parse(readFileSync(queryFile, 'utf8')) as Query[];

if (!process.argv.includes('--no-build')) {
  const build = spawnSync('npm', ['run', 'build'], { cwd: projectRoot, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const server = await serveSite(dist);
const executablePath = systemChromium();
const browser = await chromium.launch({ ...(executablePath ? { executablePath } : {}), args: ['--disable-gpu', '--disable-background-networking'] });
const page = await browser.newPage();
await page.goto(`${server.url}${root}search/`);

/** Types the query into the search page and waits until its results are on screen. */
async function run(query: string) {
  return page.evaluate(
    async ([q, root]) => {
      const input = document.querySelector<HTMLInputElement>('main input[name="q"]')!;
      const status = document.querySelector<HTMLElement>('main .search-status')!;
      const done = new Promise<number>((resolve) => {
        const observer = new MutationObserver(() => {
          if (status.dataset['query'] !== q) return;
          observer.disconnect();
          resolve(performance.now());
        });
        observer.observe(status, { attributes: true, childList: true, characterData: true, subtree: true });
      });
      const started = performance.now();
      input.value = q;
      input.dispatchEvent(new Event('input', { bubbles: true }));
      const ms = (await done) - started;
      const slug = (href: string) => {
        const path = new URL(href, location.href).pathname.slice(1 + root.length).replace(/\/$/g, '');
        return path === '' ? 'home' : path;
      };
      const items = [...document.querySelectorAll('main .search-results > li')];
      return {
        ms,
        state: status.dataset['state'] ?? '',
        status: status.textContent?.trim() ?? '',
        results: items.map((item) => {
          const title = item.querySelector<HTMLAnchorElement>('a.result-title')!;
          const own = new URL(title.href).hash.slice(1);
          const sections = [...item.querySelectorAll<HTMLAnchorElement>('.result-sections a')].map((link) => new URL(link.href).hash.slice(1));
          return { page: slug(title.href), sections: own ? [own, ...sections] : sections };
        }),
      };
    },
    [query, root] as const,
  );
}

// The first search loads Pagefind and the index; timings count only searches after that.
await run('cloudtrail');
await run('');
const outcomes: Outcome[] = [];
for (const query of queries) {
  const result = await run(query.q);
  const pages = result.results.map((item) => item.page);
  const expected = result.results.slice(0, 3).find((item) => item.page === query.page);
  outcomes.push({ ...query, pages, sections: expected?.sections ?? [], state: result.state, status: result.status, ms: result.ms });
}
await browser.close();
server.close();

const answerable = outcomes.filter((o) => o.page);
const top = (o: Outcome, n: number) => o.pages.slice(0, n).includes(o.page!);
const rightSection = (o: Outcome) => top(o, 3) && o.sections[0] === o.section;
const honest = (o: Outcome) => o.state === 'partial' || o.state === 'none';
const percent = (part: number, whole: number) => (whole ? `${((100 * part) / whole).toFixed(1)}%` : '–');
const ratio = (list: Outcome[], test: (o: Outcome) => boolean) =>
  `${percent(list.filter(test).length, list.length)} (${list.filter(test).length}/${list.length})`;
const times = outcomes.map((o) => o.ms).sort((a, b) => a - b);
const quantile = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!.toFixed(0);

const types = [...new Set(queries.map((q) => q.type))];
const perType = types.map((type) => {
  const all = outcomes.filter((o) => o.type === type);
  const withPage = all.filter((o) => o.page);
  const withSection = withPage.filter((o) => o.section);
  return `| ${type} | ${all.length} | ${withPage.length ? ratio(withPage, (o) => top(o, 1)) : '–'} | ${withPage.length ? ratio(withPage, (o) => top(o, 3)) : '–'} | ${withSection.length ? ratio(withSection, rightSection) : '–'} | ${withPage.length ? '–' : ratio(all, honest)} |`;
});

const describe = (o: Outcome) => `\`${o.q}\``;
const failures = [
  ...answerable
    .filter((o) => !top(o, 1))
    .map(
      (o) =>
        `- ${describe(o)} (${o.type}): expected ${o.page}, got ${o.pages.slice(0, 3).join(', ') || 'nothing'}${top(o, 3) ? ' (in the top three)' : ''}. ${o.status}`,
    ),
  ...answerable
    .filter((o) => o.section && top(o, 3) && !rightSection(o))
    .map((o) => `- ${describe(o)}: expected section #${o.section} first under ${o.page}, got ${o.sections.map((s) => `#${s}`).join(', ') || 'no section'}`),
  ...outcomes.filter((o) => !o.page && !honest(o)).map((o) => `- ${describe(o)} (unanswerable) was presented as an answer: ${o.status}`),
];

const withSection = answerable.filter((o) => o.section);
// What a reader of this search fetches: its language's index and vocabulary (the search page's <html lang>).
const searchedLanguage = /<html lang="([^"]+)"/.exec(readFileSync(join(dist, root, 'search/index.html'), 'utf8'))?.[1];
const index = indexBytes(dist, searchedLanguage, root);
const code = searchCodeBytes(dist);
// The first guide's report compares with the figures from before the search layer; another guide's has none.
const firstGuide = !process.env.SEARCH_QUERIES;
const shownFile = relative(import.meta.dirname, queryFile);
const written = `Written by \`npm run bench:search\` (tests/bench/search.ts) on ${new Date().toISOString().slice(0, 10)}: each of the ${queries.length} queries of`;
const introduction = firstGuide
  ? `${written}
[\`search-queries.yaml\`](search-queries.yaml) typed into the built site's search page in Chromium, on a machine with ${cpus().length} cores.
The queries were written from the source guide and the content before any search was run. Before the search
layer of \`src/browser/search/\` (Pagefind alone, requiring every word), the same queries scored: top-1 55.2%,
top-3 64.2%, right section 44.1%, unanswerable queries answered honestly 18.8%.`
  : `${written}
[\`${shownFile}\`](${shownFile}) typed into a build of the guide they were written for, in Chromium, on a machine with ${cpus().length} cores.
The queries were written from that guide's content before any search was run. Rerun with
\`SEARCH_QUERIES=tests/bench/${shownFile} SEARCH_REPORT=tests/bench/<report>.md GUIDEPOST_DIST=<a build of that guide>
npm run bench:search -- --no-build\`.${process.env.SEARCH_NOTE ? `\n${process.env.SEARCH_NOTE}` : ''}`;
const report = `# Search benchmark

${introduction}

| measure | result |
| --- | --- |
| right page first (top-1) | ${ratio(answerable, (o) => top(o, 1))} |
| right page in the top three (top-3) | ${ratio(answerable, (o) => top(o, 3))} |
| right section first under the right page, page in the top three | ${ratio(withSection, rightSection)} |
| queries the guide cannot answer, answered honestly (partial matches or none, said so) | ${ratio(
  outcomes.filter((o) => !o.page),
  honest,
)} |
| answerable queries presented as partial matches | ${percent(answerable.filter(honest).length, answerable.length)} (${answerable.filter(honest).length}) |
| time from typing to results, index loaded: median, 95th percentile, slowest | ${quantile(0.5)} ms, ${quantile(0.95)} ms, ${times.at(-1)!.toFixed(0)} ms |
| search index of the searched language: Pagefind's index, fragments, filters and metadata, and the guide's vocabulary (gzip) | ${(index / 1024).toFixed(1)} KiB${firstGuide ? ' (before this search layer: 43.8 KiB)' : ''} |
| search code loaded for a first search (gzip; Pagefind's own code apart) | ${(code / 1024).toFixed(1)} KiB${firstGuide ? ' (before: 1.8 KiB)' : ''} |

| type | queries | top-1 | top-3 | right section | honest |
| --- | ---: | ---: | ---: | ---: | ---: |
${perType.join('\n')}

## Misses

${failures.length ? failures.join('\n') : 'None.'}
`;
writeFileSync(reportFile, report);
console.log(report);
