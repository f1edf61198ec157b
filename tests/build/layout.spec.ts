import { threeServices } from '../support/content-copy.ts';
import { fixtureSite } from '../support/fixture-sites.ts';
import { allPages } from '../support/guide-content.ts';
import { layoutProblemsInBothThemes } from '../support/layout.ts';
import { expect, test } from '../support/test.ts';

// Every page of the real guide and of the three-service fixture, from a phone to a wide screen, in both themes:
// nothing scrolls sideways, nothing is cut off, no long text is squeezed into a sliver, and whatever
// scrolls can be reached and is named.
const viewports = [
  { name: 'phone', width: 360, height: 780 },
  { name: 'tablet', width: 768, height: 1024 },
  { name: 'laptop', width: 1280, height: 800 },
  { name: 'wide screen', width: 1920, height: 1080 },
];
// Built once for the run by the global setup.
const fixture = fixtureSite('threeServices');

for (const viewport of viewports) {
  test(`every page lays out cleanly on a ${viewport.name} (${viewport.width} px), in both themes`, async ({ page, baseURL }) => {
    test.setTimeout(240_000);
    // The guarded page (support/test.ts): no console error and no other host, at every width.
    await page.setViewportSize(viewport);
    const sites = [
      { url: baseURL!, pages: allPages() },
      { url: fixture.url, pages: allPages(threeServices).filter((path) => path !== 'decide/') },
    ];
    const problems: string[] = [];
    for (const site of sites) {
      for (const path of site.pages) {
        await page.goto(site.url + path);
        for (const problem of await layoutProblemsInBothThemes(page)) problems.push(`${site.url === baseURL ? '' : 'three services '}/${path} ${problem}`);
      }
    }
    expect(problems).toEqual([]);
  });
}
