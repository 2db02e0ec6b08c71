import { type PeriodInput, type PeriodOptions, type PeriodStatistic, periodResult, readPeriodData } from './period.js';
import type { DailyInput } from './types.js';

/** The mean of a period (see {@link periodMean}). */
export interface PeriodMean extends PeriodStatistic {
  readonly statistic: 'mean';
}

/**
 * The mean of the valid daily values of a calendar year, quarter or month (年平均, 季平均, 月平均: "the arithmetic
 * mean of the daily means of the period", GB 3095-2012 §3 and GB 3095-2026 definitions), with
 * the minimum data of GB 3095 Table 4 (the same numbers in 2012 and 2026, §6.4 in 2026):
 *
 * - SO2, NO2, PM10, PM2.5, NOx (and CO, O3 by HJ 663): a year needs ≥ 324 valid days and ≥ 27 in each month,
 *   ≥ 25 in February — leap years included; a month needs the same per-month minimum, and a quarter needs it in
 *   each of its months (lantian's reading where Table 4 has no row, UNCONFIRMED);
 * - TSP, BaP, Pb: a year ≥ 60 daily values and ≥ 5 a month; a quarter (Pb's quarterly limit) ≥ 15 and ≥ 5 a month;
 *   a month ≥ 5. Table 4 asks for values "evenly spread" (分布均匀): lantian checks the counts only.
 *
 * Every valid day counts ("所有有效数据均应参加统计", §6.4). The result says which minimums failed; an invalid
 * period has `value: null`, its mean over the valid days it has stays in `observed`.
 *
 * @param daily - A daily series `{ start, values }` (a result of {@link dailyMeans} as it is: invalid days are
 *   `NaN`), or `{ time, value }` records of days.
 * @param period - A year (`2019`, `'2019'`), a quarter (`'2019-Q3'`) or a month (`'2019-02'`), or
 *   `{ year, quarter?, month? }`.
 * @param options - `pollutant` (unless the series names it), `rule`, `roundDaily`, `timeZone`.
 * @returns The mean (as published in `value`, unrounded in `raw`), validity, valid days by month and the failed minimums.
 * @throws {LantianError} `INVALID_OPTION` when the pollutant is not known or `rule` is not a rule.
 * @throws {LantianError} `INVALID_INPUT`, `INVALID_TYPE`, `OUT_OF_RANGE`, `NOT_AN_INTEGER` or `UNKNOWN_OPTION` for a
 *   bad period.
 * @throws {LantianError} The codes of {@link dailyMeans} for bad values, days, records and options.
 * @example
 * ```ts
 * // February 2024 (29 days) with 25 valid days of PM2.5: the leap-year February minimum is met.
 * const feb = { start: '2024-02-01', values: [...Array(25).fill(40), ...Array(4).fill(null)], pollutant: 'pm25' } as const;
 * const m = periodMean(feb, '2024-02');
 * m.valid; //=> true
 * m.value; //=> 40
 * // With 24 valid days it fails the month minimum:
 * const short = periodMean({ ...feb, values: feb.values.slice(1) }, '2024-02');
 * short.failures; //=> [{ rule: 'month', month: '2024-02', validDays: 24, required: 25 }]
 * short.value; //=> null
 * ```
 */
export function periodMean(daily: DailyInput, period: PeriodInput, options?: PeriodOptions): PeriodMean {
  const data = readPeriodData(daily, period, options);
  const v = data.values;
  let sum = 0;
  for (let i = 0; i < v.length; i++) sum += v[i] as number;
  return periodResult(data, v.length === 0 ? null : sum / v.length, { statistic: 'mean' as const });
}
