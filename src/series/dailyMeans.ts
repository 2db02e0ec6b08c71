import type { AirItem } from '../pollutants/index.js';
import { formatDay } from '../_lib/time.js';
import { readOptions } from '../_lib/validate.js';
import { checkDeferred, dayLayout, readHourly, readMinimum, readTimeConventions } from './internal.js';
import { meanOfHours } from './_hours.js';
import type { HourlyInput, TimeOptions } from './types.js';
import { ITEM_VALIDITY_RULE, SERIES_VALIDITY } from './validity.js';

/** Options of {@link dailyMeans}. */
export interface DailyMeansOptions extends TimeOptions {
  /** The pollutant, when the series does not name it: TSP, BaP and Pb need 24 hours (GB 3095 Table 4). */
  readonly pollutant?: AirItem;
  /** Valid hours a day needs, instead of GB 3095 Table 4's (20; 24 for TSP, BaP, Pb). An integer in 1…24. */
  readonly minValidHours?: number;
}

/**
 * What every daily result has: the first day, and per day the value (valid days only), the value over what was
 * observed, and the valid flag. A daily result is a daily series: pass it to {@link periodMean} as it is.
 */
export interface DailyStatistics {
  /** The first day, `'YYYY-MM-DD'` in the series' zone; day `i` is `start` + `i` days (see {@link dailyRecords}). */
  readonly start: string;
  /** The pollutant, when known. */
  readonly pollutant: AirItem | undefined;
  /** The day's statistic where the day is valid, `NaN` where it is not: statistics of a period take only these. */
  readonly values: Float64Array;
  /** The statistic over whatever was observed, valid or not (`NaN` when nothing was). */
  readonly observed: Float64Array;
  /** `1` where the day is valid, `0` where not. */
  readonly valid: Uint8Array;
}

/** The daily means of an hourly series (see {@link dailyMeans}). */
export interface DailyMeans extends DailyStatistics {
  readonly statistic: 'mean';
  /** Valid hourly values in each day. */
  readonly validHours: Uint8Array;
  /** The valid hours a day needed. */
  readonly minValidHours: number;
}

const OPTION_KEYS = ['label', 'timeZone', 'pollutant', 'minValidHours'] as const;

/**
 * The daily mean (日平均) of each natural day of an hourly series: the mean of the day's valid hourly values,
 * valid with at least 20 of them (GB 3095-2012 Table 4 and GB 3095-2026 Table 4, §6.4: "每日至少有20个小时平均
 * 浓度值"; TSP, BaP and Pb need 24 hours of sampling). The natural day in Beijing time is hours 1…24: the values
 * labelled 01:00 … 24:00, the last being the one labelled 00:00 of the next day (HJ 663-2013 §3 and Appendix A).
 *
 * An invalid day's `values` entry is `NaN`, so no statistic of a period takes it; its mean over the hours that were
 * there stays in `observed`. Every day the series touches is reported, partial days at either end included.
 *
 * @param hourly - `{ start, values }` (`start`: the label of the first value) or `{ time, value }` records; `null`
 *   or `NaN` for missing.
 * @param options - `label` and `timeZone` (default: hour-end labels, Beijing time), `pollutant`, `minValidHours`.
 * @returns Per day: the valid mean, the observed mean, the valid hours and the valid flag, as typed arrays
 *   ({@link dailyRecords} gives plain records).
 * @throws {LantianError} `INVALID_TYPE`, `NOT_FINITE` or `NEGATIVE_VALUE` for a bad value (path: its index).
 * @throws {LantianError} `INVALID_DATE` for a start that cannot be read or is not on a whole hour.
 * @throws {LantianError} `UNORDERED_TIMESTAMPS`, `DUPLICATE_TIMESTAMP` or `EMPTY_INPUT` for bad records;
 *   `SERIES_TOO_LONG` beyond 1,000,000 hours.
 * @throws {LantianError} `UNKNOWN_OPTION`, `INVALID_OPTION`, `UNKNOWN_POLLUTANT`, `NOT_AN_INTEGER` or
 *   `OUT_OF_RANGE` for bad options.
 * @example
 * ```ts
 * // 2024-01-01 in Beijing time: the values labelled 01:00 … 24:00 (00:00 on 2 January).
 * const day = dailyMeans({ start: '2024-01-01 01:00', values: Array(24).fill(30) });
 * day.start; //=> '2024-01-01'
 * Array.from(day.values); //=> [30]
 * Array.from(day.validHours); //=> [24]
 *
 * // 19 valid hours: not a valid day.
 * const short = dailyMeans({ start: '2024-01-01 01:00', values: [...Array(19).fill(30), ...Array(5).fill(null)] });
 * Array.from(short.values); //=> [NaN]
 * Array.from(short.observed); //=> [30]
 * ```
 */
export function dailyMeans(hourly: HourlyInput, options?: DailyMeansOptions): DailyMeans {
  const opts = readOptions(options, OPTION_KEYS);
  const frame = readHourly(hourly, readTimeConventions(opts), opts['pollutant'], ['hourly'], true);
  const standard = SERIES_VALIDITY.dailyMeanHours[frame.pollutant === undefined ? 'continuous' : ITEM_VALIDITY_RULE[frame.pollutant]];
  const minValidHours = readMinimum(opts['minValidHours'], standard, ['options', 'minValidHours'], 1, 24);
  const { firstDay, count, bounds } = dayLayout(frame);
  const v = frame.values;
  const n = v.length;
  const values = new Float64Array(count);
  const observed = new Float64Array(count);
  const validHours = new Uint8Array(count);
  const valid = new Uint8Array(count);
  const acc = new Float64Array(4);
  let allLo = Infinity;
  let allHi = -Infinity;
  for (let k = 0; k < count; k++) {
    const from = Math.max(bounds[k] as number, 0);
    const to = Math.min(bounds[k + 1] as number, n);
    meanOfHours(v, from, to, acc);
    const mean = acc[0] as number;
    const c = acc[1] as number;
    const lo = acc[2] as number;
    const hi = acc[3] as number;
    if (lo < allLo) allLo = lo;
    if (hi > allHi) allHi = hi;
    observed[k] = mean;
    validHours[k] = c;
    if (c >= minValidHours) {
      values[k] = mean;
      valid[k] = 1;
    } else {
      values[k] = NaN;
    }
  }
  checkDeferred(frame, allLo, allHi);
  return { statistic: 'mean', start: formatDay(firstDay), pollutant: frame.pollutant, values, observed, validHours, valid, minValidHours };
}
