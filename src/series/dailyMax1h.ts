import { formatDay } from '../_lib/time.js';
import type { DailyMaxOptions, DailyMaxima } from './dailyMax8h.js';
import { checkDeferred, judgeDailyMaxima, readDailyMaxCall } from './internal.js';
import type { HourlyInput } from './types.js';
import { SERIES_VALIDITY } from './validity.js';

/** Options of {@link dailyMax1h}. */
export interface DailyMax1hOptions extends DailyMaxOptions {
  /** Valid hours a day needs, instead of the default 20 (UNCONFIRMED). An integer in 1…24. */
  readonly minValidHours?: number;
}

/** The daily maximum 1-hour values of an hourly series (see {@link dailyMax1h}). */
export interface DailyMax1h extends DailyMaxima {
  readonly statistic: 'max1h';
  /** Valid hourly values in each day. */
  readonly validHours: Uint8Array;
  /** The valid hours a day needed. */
  readonly minValidHours: number;
}

/**
 * The daily maximum 1-hour value (日最大1小时平均) of each natural day: the largest valid hourly value of hours 1 …
 * 24. HJ 633-2012 §5.1.2 reports the O3 daily maximum 1h value in the daily report (judged against the 1h limit of
 * GB 3095 Table 1); HJ 633-2026 dropped it.
 *
 * Validity (UNCONFIRMED: no primary text read states it): the day needs ≥ 20 valid hours, the coverage GB 3095
 * Table 4 asks of a daily value; and, as for the MDA8 (HJ 663-2013), a day with fewer still counts when its maximum
 * exceeds `options.limit` — the true maximum can only be higher. Both are overridable (`minValidHours`, `limit`).
 *
 * @param hourly - `{ start, values }` or `{ time, value }` records; `null` or `NaN` for missing.
 * @param options - `label`, `timeZone`, `pollutant`, `limit` and `compare` of the exception, `minValidHours`.
 * @returns Per day: the valid maximum, the observed maximum, the valid hours, the valid and exception flags.
 * @throws {LantianError} As {@link dailyMax8h}.
 * @example
 * ```ts
 * const o3 = [...Array(14).fill(90), 215, ...Array(9).fill(120)];
 * Array.from(dailyMax1h({ start: '2024-07-01 01:00', values: o3 }).values); //=> [215]
 * // Hours 1…15 only: too few hours, but 215 exceeds the Grade II 1h limit of 200.
 * const short = { start: '2024-07-01 01:00', values: o3.slice(0, 15), pollutant: 'o3' } as const;
 * Array.from(dailyMax1h(short).values); //=> [NaN]
 * Array.from(dailyMax1h(short, { limit: 200 }).byException); //=> [1]
 * ```
 */
export function dailyMax1h(hourly: HourlyInput, options?: DailyMax1hOptions): DailyMax1h {
  const { frame, layout, rule, minimum } = readDailyMaxCall(hourly, options, 'minValidHours', SERIES_VALIDITY.dailyMax1hHours, 24);
  const { firstDay, count, bounds } = layout;
  const v = frame.values;
  const n = v.length;
  const observed = new Float64Array(count);
  const validHours = new Uint8Array(count);
  let lo = Infinity;
  let hi = -Infinity;
  for (let k = 0; k < count; k++) {
    let max = NaN;
    let c = 0;
    for (let i = Math.max(bounds[k] as number, 0), end = Math.min(bounds[k + 1] as number, n); i < end; i++) {
      const x = v[i] as number;
      if (x !== x) continue;
      if (c === 0 || x > max) max = x;
      if (x < lo) lo = x;
      c++;
    }
    if (max > hi) hi = max;
    observed[k] = max;
    validHours[k] = c;
  }
  checkDeferred(frame, lo, hi);
  const judged = judgeDailyMaxima(observed, validHours, minimum, rule);
  return { statistic: 'max1h', start: formatDay(firstDay), pollutant: frame.pollutant, observed, ...judged, validHours, minValidHours: minimum };
}
