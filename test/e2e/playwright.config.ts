// E2E: the built renderer in Debian's Chromium, against real services over the browser shell.
// Each test starts its own kiosk (fresh data folder, known token) in fixtures.ts; `npm run build` first.
import { defineConfig, devices } from '@playwright/test';
import { existsSync } from 'node:fs';

// Playwright cannot download its browsers on our build machines; use the system's Chromium.
const systemChromium = ['/usr/bin/chromium'].find((path) => existsSync(path));
const executablePath = process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE ?? systemChromium;

export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  // A run of its own (E2E_OUTPUT_DIR) when several run at once: Playwright empties this folder as it starts.
  outputDir: process.env.E2E_OUTPUT_DIR ?? '../../test-results/e2e',
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env.CI,
  // Generous for a 2-core machine that may be running other suites; a passing test takes seconds.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list'], ['html', { open: 'never', outputFolder: '../../playwright-report' }]] : 'list',
  use: {
    ...devices['Desktop Chrome'],
    // The kiosk's design size: a 1920×1080 landscape touch screen.
    viewport: { width: 1920, height: 1080 },
    deviceScaleFactor: 1,
    hasTouch: true,
    locale: 'zh-CN',
    // A failed test keeps its trace: every action with the page's DOM before and after it. Not the
    // screencast as well: encoding 1920×1080 frames all through every passing test cost a fifth of the run.
    trace: { mode: 'retain-on-failure', screenshots: false },
    launchOptions: {
      ...(executablePath ? { executablePath } : {}),
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
});
