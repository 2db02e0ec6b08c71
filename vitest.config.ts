import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Headless Chromium: `npm run test:browser` (vitest.browser.config.ts), run by CI after installing it.
    exclude: ['test/browser/**', 'node_modules/**'],
    typecheck: {
      enabled: true,
      include: ['test/**/*.test-d.ts'],
    },
    // Measured by `npm test` (vitest run --coverage); the thresholds fail the run when not met.
    coverage: {
      provider: 'v8',
      include: ['src/**/*.ts'],
      // Barrels and type-only modules hold no statements.
      exclude: ['src/**/index.ts', 'src/**/types.ts'],
      reporter: ['text-summary'],
      thresholds: { lines: 95, branches: 90 },
    },
  },
});
