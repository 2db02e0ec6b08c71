import { defineConfig, type Options } from 'tsup';

/**
 * The package's entry points: name in dist → source file. Each also needs its `exports` entry in package.json
 * (ESM: `./dist/esm/<path>.js` with types `./dist/esm/<path>.d.ts`; CJS: `./dist/<name>.cjs` with types
 * `./dist/<name>.d.cts`).
 */
const entries: Record<string, string> = {
  index: 'src/index.ts',
  // lantian/readers: alone carries the CSV parser.
  readers: 'src/readers/index.ts',
};

const shared: Options = { target: 'es2022', platform: 'neutral', sourcemap: true };

export default defineConfig([
  // ESM for bundlers and browsers: one file per module, unbundled, so that an app's bundler keeps only the modules
  // it imports ("sideEffects": false). Declarations come from `tsc -p tsconfig.build.json` (npm run build).
  { ...shared, entry: ['src/**/*.ts', '!src/cli/**'], bundle: false, format: ['esm'], outDir: 'dist/esm' },
  // CJS for Node's require: one bundled file per entry point, with its declarations. The workers of
  // assessStationsAsync run their own bundle, frame-worker.cjs, found beside index.cjs through import.meta.url (shimmed
  // here); in ESM they run dist/esm/frame/worker.js, beside the module that starts them.
  { ...shared, entry: { ...entries, 'frame-worker': 'src/frame/worker.ts' }, format: ['cjs'], dts: true, treeshake: true, shims: true, outDir: 'dist' },
  // The `lantian` command: Node only, one ESM file with its shebang; nothing imports it.
  {
    entry: { cli: 'src/cli/main.ts' },
    format: ['esm'],
    sourcemap: true,
    target: 'node20',
    platform: 'node',
    outDir: 'dist',
    banner: { js: '#!/usr/bin/env node' },
  },
]);
