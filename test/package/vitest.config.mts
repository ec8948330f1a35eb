// Packaging tests: electron-builder against a stub Electron, slow, so kept out of the unit run.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/package/**/*.test.ts'],
    environment: 'node',
    // Packing takes a few seconds on a fast machine and can take a minute on two cores.
    testTimeout: 30_000,
    hookTimeout: 150_000,
  },
});
