import { test as base, expect } from '@playwright/test';
import { fixtureOrigins } from './fixture-sites.ts';

/**
 * Every browser test runs under two standing rules a reader would notice breaking: the page logs no
 * console error, and it asks no other host for anything (no fonts, scripts or analytics from elsewhere).
 */
export const test = base.extend<{ guardrails: void }>({
  guardrails: [
    async ({ page, baseURL }, use) => {
      const problems: string[] = [];
      // The site under test, and the fixture guides the global setup serves beside it.
      const ownOrigins = new Set([new URL(baseURL ?? 'http://127.0.0.1').origin, ...fixtureOrigins()]);
      // A test may open a missing page on purpose; the browser's note about that document is not a fault.
      const missingDocuments = new Set<string>();
      page.on('response', (response) => {
        if (response.request().isNavigationRequest() && response.status() === 404) missingDocuments.add(response.url());
      });
      page.on('console', (message) => {
        if (message.type() !== 'error') return;
        if (message.text().startsWith('Failed to load resource') && missingDocuments.has(message.location().url)) return;
        problems.push(`console error: ${message.text()}`);
      });
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      // Watched, not intercepted: routing every request through the test process made each page load
      // slower, and a request to another host is a failure whether or not it is let through.
      page.on('request', (request) => {
        const url = request.url();
        if (url.startsWith('data:') || ownOrigins.has(new URL(url).origin)) return;
        problems.push(`request to another host: ${url}`);
      });
      await use();
      expect(problems, 'console errors or requests to other hosts').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
