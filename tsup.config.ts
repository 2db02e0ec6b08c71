import { defineConfig } from 'tsup';

export default defineConfig([
  // The library: the main entry and lantian/readers (which alone carries the CSV parser), ESM and CJS with types;
  // and the workers of assessStationsAsync, their own entry, found beside the main module.
  {
    entry: { index: 'src/index.ts', readers: 'src/readers/index.ts', 'frame-worker': 'src/frame/worker.ts' },
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
  },
  // The `lantian` command: Node only, one ESM file with its shebang; nothing imports it.
  {
    entry: { cli: 'src/cli/main.ts' },
    format: ['esm'],
    dts: false,
    sourcemap: true,
    clean: false,
    target: 'node20',
    platform: 'node',
    outDir: 'dist',
    banner: { js: '#!/usr/bin/env node' },
  },
]);
