// Playwright for the Electron shell: launches the built app with Electron's own binary, so no
// browser download is needed; where that binary is missing the spec skips itself with the reason.
import { defineConfig } from '@playwright/test';
import { electronMissing } from './electron-binary';

// The list reporter does not print skip reasons; say it once, from the runner, not from each worker.
if (electronMissing && process.env.TEST_WORKER_INDEX === undefined) console.log(electronMissing);

export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  // One kiosk window at a time: the app holds a single-instance lock.
  workers: 1,
  timeout: 60_000,
  reporter: 'list',
  outputDir: '../../test-results/electron',
});
