import type { AirItem } from '../pollutants/index.js';
import { readOptions } from '../_lib/validate.js';
import { labelOf, readHourly, readMinimum, readTimeConventions, windowCount, windowData, windowSum } from './internal.js';
import type { HourLabel, HourlyInput, TimeOptions } from './types.js';
import { SERIES_VALIDITY } from './validity.js';

/** Options of {@link movingAverage8h}. */
export interface MovingAverage8hOptions extends TimeOptions {
  /** The pollutant, when the series does not name it (carried to the result). */
  readonly pollutant?: AirItem;
  /** Valid hours a window needs, instead of GB 3095 Table 4's 6. An integer in 1…8. */
  readonly minValidHours?: number;
}

/** What an hourly result has: it is an hourly series, in the conventions of its input. */
export interface HourlyStatistics {
  /**
   * The label of the first value, in the input's conventions (`label`, `timeZone`), with its UTC offset:
   * `'2024-01-01T01:00+08:00'`. Pass the same options when giving the result back to a series function.
   */
  readonly start: string;
  /** The label convention of `start`. */
  readonly label: HourLabel;
  /** The pollutant, when known. */
  readonly pollutant: AirItem | undefined;
  /** The value of each hour where it is valid, `NaN` where it is not. */
  readonly values: Float64Array;
}

/** The 8-hour moving means of an hourly series (see {@link movingAverage8h}). */
export interface MovingAverage8h extends HourlyStatistics {
  /** The mean over whatever was observed in each window, valid or not (`NaN` when nothing was). */
  readonly observed: Float64Array;
  /** Valid hourly values in each window. */
  readonly validHours: Uint8Array;
  /** The valid hours a window needed. */
  readonly minValidHours: number;
}

const OPTION_KEYS = ['label', 'timeZone', 'pollutant', 'minValidHours'] as const;

/**
 * The 8-hour moving mean (8小时滑动平均) ending at each hour: the mean of the valid values of hours t−7 … t, valid
 * with at least 6 of them (GB 3095-2012 and GB 3095-2026 Table 4: "每8小时至少有6个小时平均浓度值"; the
 * window of HJ 663-2013 Appendix A and HJ 633). Hours before the start of the series are missing, so the
 * first five windows are never valid.
 *
 * @param hourly - `{ start, values }` or `{ time, value }` records; `null` or `NaN` for missing.
 * @param options - `label`, `timeZone`, `pollutant`, `minValidHours`.
 * @returns An hourly series aligned with the input: per hour the valid mean (`NaN` where invalid), the observed mean
 *   and the valid hours of its window.
 * @throws {LantianError} As {@link dailyMeans} for bad values, times, records and options.
 * @example
 * ```ts
 * const ma = movingAverage8h({ start: '2024-07-01 01:00', values: [10, 20, 30, 40, 50, 60, 70, 80, 90] });
 * ma.start; //=> '2024-07-01T01:00+08:00'
 * Array.from(ma.values); //=> [NaN, NaN, NaN, NaN, NaN, 35, 40, 45, 55]
 * Array.from(ma.validHours); //=> [1, 2, 3, 4, 5, 6, 7, 8, 8]
 * ```
 */
export function movingAverage8h(hourly: HourlyInput, options?: MovingAverage8hOptions): MovingAverage8h {
  const opts = readOptions(options, OPTION_KEYS);
  const frame = readHourly(hourly, readTimeConventions(opts), opts['pollutant'], ['hourly'], true);
  const minValidHours = readMinimum(opts['minValidHours'], SERIES_VALIDITY.movingAverage8hHours, ['options', 'minValidHours'], 1, 8);
  const n = frame.values.length;
  const { w, ok } = windowData(frame, n);
  const values = new Float64Array(n);
  const observed = new Float64Array(n);
  const validHours = new Uint8Array(n);
  for (let t = 0; t < n; t++) {
    const c = windowCount(ok, t + 7);
    const mean = c === 0 ? NaN : windowSum(w, t + 7) / c;
    observed[t] = mean;
    validHours[t] = c;
    values[t] = c >= minValidHours ? mean : NaN;
  }
  return { start: labelOf(frame, 0), label: frame.label, pollutant: frame.pollutant, values, observed, validHours, minValidHours };
}
