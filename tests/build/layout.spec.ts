import { expect, test } from '@playwright/test';
import { buildCopy } from '../support/build.ts';
import { threeServices } from '../support/content-copy.ts';
import { allPages } from '../support/guide-content.ts';
import { layoutProblems } from '../support/layout.ts';
import { serveSite } from '../support/serve.ts';

// Every page of the real guide and of the three-service fixture, from a phone to a wide screen, in both themes:
// nothing scrolls sideways, nothing is cut off, no long text is squeezed into a sliver, and whatever
// scrolls can be reached and is named.
const viewports = [
  { name: 'phone', width: 360, height: 780 },
  { name: 'tablet', width: 768, height: 1024 },
  { name: 'laptop', width: 1280, height: 800 },
  { name: 'wide screen', width: 1920, height: 1080 },
];
const schemes = ['light', 'dark'] as const;

let fixture: { url: string; close: () => void } | undefined;
test.beforeAll(async () => {
  const result = await buildCopy(undefined, { source: threeServices });
  expect(result.status, result.output).toBe(0);
  fixture = await serveSite(result.dist);
});
test.afterAll(() => fixture?.close());

for (const viewport of viewports) {
  for (const scheme of schemes) {
    test(`every page lays out cleanly on a ${viewport.name} (${viewport.width} px), ${scheme} theme`, async ({ browser, baseURL }) => {
      test.setTimeout(240_000);
      const page = await browser.newPage({ viewport, colorScheme: scheme });
      const sites = [
        { url: baseURL!, pages: allPages() },
        { url: fixture!.url, pages: allPages(threeServices).filter((path) => path !== 'decide/') },
      ];
      const problems: string[] = [];
      for (const site of sites) {
        for (const path of site.pages) {
          await page.goto(site.url + path);
          for (const problem of await layoutProblems(page)) problems.push(`${site.url === baseURL ? '' : 'three services '}/${path}: ${problem}`);
        }
      }
      expect(problems).toEqual([]);
    });
  }
}
