// Before the browser tests: serve the built site (dist/) on a free port, build and serve the shared
// fixture guides (support/fixture-sites.ts), and tell every worker where.
import { resolve } from 'node:path';
import { startFixtureSites } from './fixture-sites.ts';
import { serveSite } from './serve.ts';

export default async function globalSetup() {
  const base = process.env['BASE_PATH'] ?? '/';
  const server = await serveSite(resolve(import.meta.dirname, '../../', process.env['GUIDEPOST_DIST'] ?? 'dist'), base);
  process.env['GUIDEPOST_TEST_URL'] = server.url;
  const stopFixtures = await startFixtureSites().catch((error: unknown) => {
    server.close();
    throw error;
  });
  return () => {
    server.close();
    stopFixtures();
  };
}
