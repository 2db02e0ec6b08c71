/**
 * lantian/readers: the CNEMC file formats (text or bytes in) → the input of the national engine's `stationFrame`,
 * and results → tidy records, CSV and JSON. A separate entry point, so the CSV parser stays out of the main bundle.
 * Browser-safe: no paths, no file system.
 *
 * @module lantian/readers
 */
export { type CnemcSource, type CnemcFile, type ReadCnemcOptions, type ReadCnemcFilesOptions } from './_csv.js';
export { type CnemcFrameInput, stationHourlyInput } from './frameInput.js';
export { CNEMC_DAILY_TYPES, readCnemcDaily, readCnemcDailyAsync, readCnemcDailyFiles } from './cnemcDaily.js';
export { CNEMC_HOURLY_COLUMNS, readCnemcHourly, readCnemcHourlyAsync, readCnemcHourlyFiles } from './cnemcHourly.js';
export {
  type TidyRecord,
  type YearRecordsOptions,
  type HourlyAqiRecord,
  yearRecords,
  stationsRecords,
  guidelineRecords,
  aqiRecords,
  hourlyAqiRecords,
  toCsv,
  toJsonLines,
} from './records.js';
