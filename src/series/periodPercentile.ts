import { LantianError } from '../errors.js';
import { percentileOfSorted } from '../stats/percentile.js';
import { requireFinite } from '../_lib/validate.js';
import { type PeriodInput, type PeriodOptions, type PeriodStatistic, periodResult, readPeriodData } from './period.js';
import type { DailyInput } from './types.js';

/** A percentile of a period (see {@link periodPercentile}). */
export interface PeriodPercentile extends PeriodStatistic {
  readonly statistic: 'percentile';
  /** The percentile, in percent. */
  readonly p: number;
}

/**
 * The p-th percentile of the valid daily values of a calendar year, quarter or month, by HJ 663's method (see
 * {@link percentile}), with the same minimum data as the mean of the period (HJ 663-2013 §6, "Validity of annual
 * percentiles": ≥ 324 daily values in the calendar year and ≥ 27 in each month, ≥ 25 in February; see
 * {@link periodMean} for quarters, months and TSP, BaP, Pb).
 *
 * The annual items of HJ 663-2013 are such percentiles: the 98th percentile of SO2 and NO2 daily means, the 95th of
 * PM10, PM2.5 and CO daily means, and the 90th of O3 MDA8 ({@link dailyMax8h}).
 *
 * @param daily - A daily series (a result of {@link dailyMeans} or {@link dailyMax8h} as it is) or records of days.
 * @param period - A year, quarter or month, as for {@link periodMean}.
 * @param p - The percentile, in percent, 0 … 100.
 * @param options - `pollutant` (unless the series names it), `rule`, `roundDaily`, `timeZone`.
 * @returns The percentile (as published in `value`, unrounded in `raw`), validity, valid days by month and the failed minimums.
 * @throws {LantianError} `NOT_FINITE`, `INVALID_TYPE` or `OUT_OF_RANGE` for a bad `p`.
 * @throws {LantianError} The codes of {@link periodMean}.
 * @example
 * ```ts
 * // A year of CO daily means: 0.6 mg/m³ on 300 days, 1.5 on 65. Valid (365 days, every month complete).
 * const co = { start: '2019-01-01', values: [...Array(300).fill(0.6), ...Array(65).fill(1.5)], pollutant: 'co' } as const;
 * const p95 = periodPercentile(co, 2019, 95);
 * p95.valid; //=> true
 * p95.value; //=> 1.5
 * periodPercentile(co, 2019, 80).value; //=> 0.6
 * ```
 */
export function periodPercentile(daily: DailyInput, period: PeriodInput, p: number, options?: PeriodOptions): PeriodPercentile {
  const q = requireFinite(p, ['p']);
  if (q < 0 || q > 100) throw new LantianError('OUT_OF_RANGE', ['p'], `a percentile is 0…100, received ${q}`);
  const data = readPeriodData(daily, period, options);
  // `data.values` is a fresh copy of the period's valid days: sorting it in place touches nothing of the caller's.
  const sorted = data.values.sort();
  const observed = sorted.length === 0 ? null : percentileOfSorted(sorted, sorted.length, q);
  return periodResult(data, observed, { statistic: 'percentile' as const, p: q });
}
