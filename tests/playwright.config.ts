import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

const port = Number(process.env.GUIDEPOST_TEST_PORT ?? 4399);
const base = (process.env.BASE_PATH ?? '/').replace(/\/?$/, '/');

/** A browser the machine already has: GUIDEPOST_CHROMIUM, then the usual system paths, else Playwright's own. */
function chromiumPath(): string | undefined {
  const candidates = [process.env.GUIDEPOST_CHROMIUM, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
  return candidates.find((path): path is string => Boolean(path && existsSync(path)));
}

const executablePath = chromiumPath();

export default defineConfig({
  testDir: '.',
  testMatch: ['e2e/**/*.spec.ts', 'build/**/*.spec.ts'],
  fullyParallel: true,
  workers: 2,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  // Some tests walk every page; a loaded CI machine gets room, a hang still fails.
  timeout: 60_000,
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never', outputFolder: '../test-results/report' }]],
  outputDir: '../test-results/artifacts',
  use: {
    baseURL: `http://127.0.0.1:${port}${base}`,
    trace: 'retain-on-failure',
    ...devices['Desktop Chrome'],
    launchOptions: {
      ...(executablePath ? { executablePath } : {}),
      // The sandbox has no GPU and no network beyond loopback; these keep Chromium quiet and quick.
      args: ['--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
  webServer: {
    command: `node src/cli/serve.ts --port ${port}`,
    cwd: '..',
    url: `http://127.0.0.1:${port}${base}`,
    reuseExistingServer: !process.env.CI,
    timeout: 30_000,
  },
});
