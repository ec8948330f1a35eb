// E2E for the hub console: the built console (build/hub-console, or HUB_CONSOLE_DIR) served by a real
// hub on PGlite that each spec file starts itself, in Debian's Chromium, by touch.
import { defineConfig, devices } from '@playwright/test';
import { existsSync } from 'node:fs';

const systemChromium = ['/usr/bin/chromium'].find((path) => existsSync(path));
const executablePath = process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE ?? systemChromium;

export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  outputDir: process.env.E2E_OUTPUT_DIR ?? '../../test-results/e2e-hub',
  workers: 1,
  forbidOnly: !!process.env.CI,
  timeout: 90_000,
  expect: { timeout: 15_000 },
  reporter: 'list',
  use: {
    ...devices['Desktop Chrome'],
    // An IT office's screen, often a touch one.
    viewport: { width: 1600, height: 1000 },
    deviceScaleFactor: 1,
    hasTouch: true,
    locale: 'zh-CN',
    trace: 'retain-on-failure',
    launchOptions: {
      ...(executablePath ? { executablePath } : {}),
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
});
