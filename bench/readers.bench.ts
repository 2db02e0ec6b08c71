/** Reading throughput of lantian/readers on the real national day (2025-01-28: 2,026 stations × 24 hours × 15 types). */
import { hourlyAqiRecords, readCnemcDaily, toCsv, toJsonLines } from '../src/readers/index.js';
import { readDataText } from '../examples/_cnemc.js';
import { bench } from './_harness.js';

export function run(): void {
  const text = readDataText('china_sites_20250128.csv.gz');
  const cells = 2026 * 24 * 15;
  console.log('\nReaders (national day 2025-01-28)');
  bench(`readCnemcDaily: ${(text.length / 1e6).toFixed(1)} MB, ${cells} cells`, cells, () => readCnemcDaily(text).hours);
  const input = readCnemcDaily(text);
  const stationHours = input.stations.length * input.hours;
  bench(`hourlyAqiRecords over ${stationHours} station-hours`, stationHours, () => hourlyAqiRecords(input).length);
  const records = hourlyAqiRecords(input);
  bench(`toCsv of ${records.length} records`, records.length, () => toCsv(records).length);
  bench(`toJsonLines of ${records.length} records`, records.length, () => toJsonLines(records).length);
}
