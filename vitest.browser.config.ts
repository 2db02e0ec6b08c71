import { defineConfig } from 'vitest/config';

// The browser tests (`npm run test:browser`): headless Chromium, one file at a time; not part of the coverage run.
export default defineConfig({
  test: {
    include: ['test/browser/**/*.test.ts'],
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
