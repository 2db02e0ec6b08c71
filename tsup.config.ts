import { defineConfig } from 'tsup';

export default defineConfig({
  // The workers of assessStationsAsync run their own entry, found beside the main module.
  entry: { index: 'src/index.ts', 'frame-worker': 'src/frame/worker.ts' },
  // import.meta.url in the CommonJS build (to find the worker).
  shims: true,
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  clean: true,
  treeshake: true,
  target: 'es2022',
  platform: 'neutral',
  outDir: 'dist',
});
