// Before the browser tests: serve the built site (dist/) on a free port, and tell every worker where.
import { resolve } from 'node:path';
import { serveSite } from './serve.ts';

export default async function globalSetup() {
  const base = process.env['BASE_PATH'] ?? '/';
  const server = await serveSite(resolve(import.meta.dirname, '../../', process.env['GUIDEPOST_DIST'] ?? 'dist'), base);
  process.env['GUIDEPOST_TEST_URL'] = server.url;
  return () => server.close();
}
