/** `npm run bench`: every benchmark of bench/ in turn. Rates depend on the machine; compare runs on one machine. */
console.log(`lantian benchmarks — Node ${process.version}`);
// The national year first (its `name: value unit` lines); `--national` stops there. The other benchmarks are loaded
// after it: loaded through tsx, some of their imports leave this process as detaching an ArrayBuffer does, with V8
// checking every typed-array access for detachment, and the national year's loops would run slower than in a user's
// process (see docs/performance.md).
const { run: national } = await import('./national.bench.js');
await national();
if (!process.argv.includes('--national')) {
  (await import('./aqi.bench.js')).run();
  (await import('./series.bench.js')).run();
  (await import('./trends.bench.js')).run();
  (await import('./readers.bench.js')).run();
}
export {};
