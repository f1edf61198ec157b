import { defineConfig, devices } from '@playwright/test';
import { systemChromium } from './support/browser.ts';

const port = Number(process.env.GUIDEPOST_TEST_PORT ?? 4399);
const base = (process.env.BASE_PATH ?? '/').replace(/\/?$/, '/');

// The machine's own Chromium when it has one, else Playwright's (see support/ensure-browser.ts).
const executablePath = systemChromium();

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
