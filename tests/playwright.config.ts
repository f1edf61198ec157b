import { defineConfig, devices } from '@playwright/test';
import { chromiumArgs, systemChromium } from './support/browser.ts';

// The machine's own Chromium when it has one, else Playwright's (see support/ensure-browser.ts).
const executablePath = systemChromium();

export default defineConfig({
  testDir: '.',
  testMatch: ['e2e/**/*.spec.ts', 'build/**/*.spec.ts'],
  fullyParallel: true,
  workers: 2,
  forbidOnly: Boolean(process.env['CI']),
  retries: 0,
  // Builds and page walks take seconds; a loaded machine gets room, and a hang still fails.
  timeout: 120_000,
  expect: { timeout: 15_000 },
  reporter: process.env['CI'] ? [['list']] : [['list'], ['html', { open: 'never', outputFolder: '../test-results/report' }]],
  outputDir: '../test-results/artifacts',
  // Serves dist/ on a free port and puts its address in GUIDEPOST_TEST_URL for the workers.
  globalSetup: './support/global-setup.ts',
  use: {
    baseURL: process.env['GUIDEPOST_TEST_URL'],
    // No trace by default: recording one for every test (to keep it only on failure) took a sixth of the
    // suite's time. Rerun a failing test with --trace on to get one; a failure still leaves a screenshot.
    trace: 'off',
    screenshot: 'only-on-failure',
    ...devices['Desktop Chrome'],
    launchOptions: {
      ...(executablePath ? { executablePath } : {}),
      args: chromiumArgs,
    },
  },
});
