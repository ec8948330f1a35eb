// Unit tests: services, contract and adapters, in Node, against real SQLite files in temp folders.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20_000,
    // Vitest's default is one worker fewer than the cores: one, on our 2-core machines. Most files
    // wait on SQLite's fsync or a child process, so two at once take 70 s off the suite's 260.
    maxWorkers: 2,
  },
});
