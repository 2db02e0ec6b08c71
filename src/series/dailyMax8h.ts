import type { AirItem } from '../pollutants/index.js';
import { formatDay } from '../_lib/time.js';
import type { DailyStatistics } from './dailyMeans.js';
import { judgeDailyMaxima, readDailyMaxCall, windowCount, windowData, windowSum } from './internal.js';
import type { HourlyInput, TimeOptions } from './types.js';
import { SERIES_VALIDITY } from './validity.js';

/** Options of the daily maxima {@link dailyMax8h} and {@link dailyMax1h}. */
export interface DailyMaxOptions extends TimeOptions {
  /** The pollutant, when the series does not name it: its published decimals round the maximum compared with `limit`. */
  readonly pollutant?: AirItem;
  /**
   * The limit of the incomplete-day exception: a day short of data still counts when its maximum exceeds it
   * (HJ 663-2013). A number in the pollutant's unit, or a limit value with a `value` (e.g. `limitOf('o3', '8h')`).
   * Without it no day is valid by exception.
   */
  readonly limit?: number | { readonly value: number };
  /**
   * How the maximum is compared with `limit`: `'rounded'` (default) rounds it as published first (GB/T 8170-2008
   * §4.3.3, the way published values are judged, as {@link assessDay} does by default) and needs the pollutant;
   * `'raw'` compares the unrounded maximum. Which one HJ 663 intends is UNCONFIRMED.
   */
  readonly compare?: 'rounded' | 'raw';
}

/** Options of {@link dailyMax8h}. */
export interface DailyMax8hOptions extends DailyMaxOptions {
  /** Valid 8h means a day needs, instead of HJ 663-2013's 14. An integer in 1…17. */
  readonly minValidWindows?: number;
}

/** What the daily maxima have beyond every daily result: the incomplete-day exception. */
export interface DailyMaxima extends DailyStatistics {
  /** `1` where the day is valid only by the incomplete-day exception. */
  readonly byException: Uint8Array;
  /** The limit of the exception, when given. */
  readonly limit: number | undefined;
}

/** The daily maximum 8-hour means of an hourly series (see {@link dailyMax8h}). */
export interface DailyMax8h extends DailyMaxima {
  readonly statistic: 'max8h';
  /** Valid 8h means (≥ 6 valid hours) among the windows inside each day. */
  readonly validWindows: Uint8Array;
  /** The windows inside each day: 17 (16 or 18 on a day with a daylight-saving change). */
  readonly windows: Uint8Array;
  /** The valid 8h means a day needed. */
  readonly minValidWindows: number;
}

/**
 * The daily maximum 8-hour mean (日最大8小时平均, MDA8) of each natural day: the largest valid 8h moving mean among
 * the windows that end at hours 8 … 24 of the day — the 17 windows lying entirely inside it (GB 3095-2012 §3 and
 * GB 3095-2026 definitions; HJ 663-2013 §6 and Appendix A). A window is valid with ≥ 6 valid hours (GB 3095
 * Table 4); the day is valid with ≥ 14 valid windows, and a day with fewer still counts when its maximum exceeds
 * the limit given as `options.limit` (HJ 663-2013's exception for incomplete days: the true maximum can only be
 * higher). Invalid days are `NaN` in `values`; their maximum over the valid windows stays in `observed`.
 *
 * On a day with a daylight-saving change (only with an IANA `timeZone`) the windows inside the day are 16 or 18.
 *
 * @param hourly - `{ start, values }` or `{ time, value }` records of hourly O3; `null` or `NaN` for missing.
 * @param options - `label`, `timeZone`, `pollutant`, `limit` and `compare` of the exception, `minValidWindows`.
 * @returns Per day: the valid MDA8, the observed maximum, the valid windows, the valid and exception flags.
 * @throws {LantianError} As {@link dailyMeans} for bad values, times, records and options; `INVALID_OPTION` for a
 *   `limit` compared rounded without a known pollutant, or a bad `compare`.
 * @example
 * ```ts
 * // One day of O3 (hours 1…24): 40 at night, 180 from 11:00 to 18:00.
 * const o3 = [...Array(10).fill(40), ...Array(8).fill(180), ...Array(6).fill(40)];
 * const day = dailyMax8h({ start: '2024-07-01 01:00', values: o3, pollutant: 'o3' });
 * Array.from(day.values); //=> [180]
 * Array.from(day.validWindows); //=> [17]
 *
 * // Only hours 1…18 reported: 13 valid windows (ending 8…20), too few — unless the maximum exceeds the limit.
 * const short = { start: '2024-07-01 01:00', values: o3.slice(0, 18), pollutant: 'o3' } as const;
 * Array.from(dailyMax8h(short).values); //=> [NaN]
 * Array.from(dailyMax8h(short, { limit: 160 }).values); //=> [180]
 * ```
 */
export function dailyMax8h(hourly: HourlyInput, options?: DailyMax8hOptions): DailyMax8h {
  const { frame, layout, rule, minimum } = readDailyMaxCall(hourly, options, 'minValidWindows', SERIES_VALIDITY.dailyMax8hWindows, 17);
  const { firstDay, count, bounds } = layout;
  const minHours = SERIES_VALIDITY.movingAverage8hHours;
  // Windows ending at every hour of the days touched, including those that end after the series does.
  const { w, ok } = windowData(frame, Math.max(frame.values.length, bounds[count] as number));
  const observed = new Float64Array(count);
  const validWindows = new Uint8Array(count);
  const windows = new Uint8Array(count);
  for (let k = 0; k < count; k++) {
    // Windows ending at the day's 8th hour … its last hour: all of them inside the day.
    const first = (bounds[k] as number) + 7;
    const last = (bounds[k + 1] as number) - 1;
    windows[k] = Math.max(0, last - first + 1);
    let max = NaN;
    let c = 0;
    for (let e = Math.max(first, 0); e <= last; e++) {
      const hours = windowCount(ok, e + 7);
      if (hours < minHours) continue;
      const mean = windowSum(w, e + 7) / hours;
      if (c === 0 || mean > max) max = mean;
      c++;
    }
    observed[k] = max;
    validWindows[k] = c;
  }
  const judged = judgeDailyMaxima(observed, validWindows, minimum, rule);
  return { statistic: 'max8h', start: formatDay(firstDay), pollutant: frame.pollutant, observed, ...judged, validWindows, windows, minValidWindows: minimum };
}
