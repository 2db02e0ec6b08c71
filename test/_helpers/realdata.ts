/**
 * The real published data of examples/data. Hourly values go through lantian/readers (`readDaily`); the examples'
 * own plain reader (`readCnemc`, a split on commas written without lantian) stays for the published columns — the
 * official AQI and CNEMC's moving means — that the tests compare lantian's results with.
 */
import { readCnemcDaily, type CnemcFrameInput } from '../../src/readers/index.js';
import { readDataText } from '../../examples/_cnemc.js';

export { DATA_DIR, readCnemc, readDataText, type CnemcTable } from '../../examples/_cnemc.js';

const cache = new Map<string, CnemcFrameInput>();

/** A wide daily file of examples/data read by `readCnemcDaily` (once per test file). */
export function readDaily(name: string): CnemcFrameInput {
  let input = cache.get(name);
  if (input === undefined) cache.set(name, (input = readCnemcDaily(readDataText(name), { name })));
  return input;
}
