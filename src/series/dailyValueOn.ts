import { LantianError } from '../errors.js';
import { dayOf, formatDay } from '../_lib/time.js';
import { readZone } from '../_lib/zone.js';
import { describe } from '../_lib/validate.js';
import { readDailyInput } from './internal.js';
import type { DailyInput } from './types.js';

/**
 * The value of a daily series on a day, picked by date — never by index. A day's hourly values are labelled by
 * their end (hours 1…24, HJ 663-2013), so data that start at a file's 00:00 label begin with the last hour of the
 * day before: the first daily value of {@link dailyMeans} over one day's file belongs to the previous day, and
 * indexing by hand is off by one. This picks the day by its date.
 *
 * @param series - A daily series `{ start, values }` (e.g. a result of {@link dailyMeans} or {@link dailyMax8h}), or
 *   `{ time, value }` records of days.
 * @param date - The day, `'YYYY-MM-DD'`.
 * @returns The day's value; `null` when it is missing (`NaN`/`null`) or the day is outside the series.
 * @throws {LantianError} `INVALID_DATE` for a date that is not `'YYYY-MM-DD'` or does not exist; the codes of
 *   {@link periodMean} for a bad series.
 * @example
 * ```ts
 * // 25 hours from the 00:00 label of 2025-01-28: hour 24 of 2025-01-27, then the 24 hours of 2025-01-28.
 * const means = dailyMeans({ start: '2025-01-28 00:00', values: [50, ...Array(24).fill(30)], pollutant: 'pm25' });
 * means.start; //=> '2025-01-27'
 * dailyValueOn(means, '2025-01-28'); //=> 30
 * dailyValueOn(means, '2025-01-27'); //=> null (one hour is too few for a daily mean)
 * dailyValueOn(means, '2025-02-01'); //=> null
 * ```
 */
export function dailyValueOn(series: DailyInput, date: string): number | null {
  if (typeof date !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(date)) {
    throw new LantianError('INVALID_DATE', ['date'], `expected YYYY-MM-DD, received ${describe(date)}`);
  }
  const day = dayOf(date);
  if (formatDay(day) !== date) throw new LantianError('INVALID_DATE', ['date'], `no such date: ${describe(date)}`);
  const { firstDay, values } = readDailyInput(series, readZone(undefined, ['timeZone']), undefined, ['series']);
  const v = values[day - firstDay];
  return v === undefined || v !== v ? null : v;
}
