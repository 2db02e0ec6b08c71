/** `npm run bench`: every benchmark of bench/ in turn. Rates depend on the machine; compare runs on one machine. */
import { run as aqi } from './aqi.bench.js';
import { run as readers } from './readers.bench.js';
import { run as series } from './series.bench.js';
import { run as trends } from './trends.bench.js';
import { run as national } from './national.bench.js';

console.log(`lantian benchmarks — Node ${process.version}`);
// The national year first (its `name: value unit` lines); `--national` stops there.
await national();
if (!process.argv.includes('--national')) {
  aqi();
  series();
  trends();
  readers();
}
