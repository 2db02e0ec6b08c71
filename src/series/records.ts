import { type ErrorPath, LantianError } from '../errors.js';
import { pollutantInfo } from '../pollutants/index.js';
import { formatDay } from '../_lib/time.js';
import { describe, isRecord, readOptions } from '../_lib/validate.js';
import { readZone } from '../_lib/zone.js';
import { labelOf, readDailyInput, readHourly, readTimeConventions, roundReported } from './internal.js';
import type { DailySeries, HourlySeries, TimeOptions } from './types.js';

/** One day of a daily result as a plain record. */
export interface DailyRecord {
  /** `'YYYY-MM-DD'`. */
  readonly day: string;
  /**
   * The day's value as published where valid (rounded on its exact value, GB/T 8170; see {@link roundStatistic}),
   * `null` where invalid or when the series names no pollutant (whose decimals the rounding needs).
   */
  readonly value: number | null;
  /** The day's value unrounded where valid, else `null`. */
  readonly raw: number | null;
  /** The value over what was observed, valid or not (`null` when nothing was, or the series has no `observed`). */
  readonly observed: number | null;
  /** Valid hours (daily means, daily maxima 1h), valid 8h windows (MDA8) or stations (city means); `null` if not given. */
  readonly count: number | null;
  readonly valid: boolean;
  /** Whether the day is valid only by the incomplete-day exception. */
  readonly byException: boolean;
}

/** One hour of an hourly result as a plain record. */
export interface HourlyRecord {
  /** The hour's label with its UTC offset, `'2024-01-01T01:00+08:00'`, in the conventions of the options. */
  readonly time: string;
  /** The hour's value as published (see {@link DailyRecord.value}): `null` where missing or without a named pollutant. */
  readonly value: number | null;
  /** The hour's value unrounded, `null` where missing. */
  readonly raw: number | null;
  readonly observed: number | null;
  /** Valid hours of the window (8h means) or stations (city means); `null` if not given. */
  readonly count: number | null;
}

type Column = ArrayLike<number> | undefined;

function readColumn(series: Record<string, unknown>, key: string, length: number, path: ErrorPath): Column {
  const column = series[key];
  if (column === undefined) return undefined;
  const at = [...path, key];
  const typed = column instanceof Float64Array || column instanceof Uint8Array || column instanceof Uint16Array;
  if (!typed && !Array.isArray(column)) throw new LantianError('INVALID_TYPE', at, `expected an array, received ${describe(column)}`);
  const list = column as ArrayLike<unknown>;
  if (list.length !== length) throw new LantianError('INVALID_INPUT', at, `expected ${length} entries, received ${list.length}`);
  if (!typed) {
    for (let i = 0; i < length; i++) {
      const v = list[i];
      if (v !== null && typeof v !== 'number') throw new LantianError('INVALID_TYPE', [...at, i], `expected a number, received ${describe(v)}`);
    }
  }
  return list as ArrayLike<number>;
}

function numberOrNull(column: Column, i: number): number | null {
  if (column === undefined) return null;
  const v = column[i];
  return v === undefined || v === null || v !== v ? null : v;
}

function firstColumn(series: Record<string, unknown>, keys: ReadonlyArray<string>, length: number, path: ErrorPath): Column {
  for (const key of keys) if (series[key] !== undefined) return readColumn(series, key, length, path);
  return undefined;
}

/**
 * A daily series or result as plain records, one per day, with its day label: what to print, serialise or join
 * on the day (e.g. with a list of dust days). The typed arrays of a result are also plain enough for
 * `Array.from(result.values)`; `NaN` becomes `null` here.
 *
 * @param daily - A daily series `{ start, values }`, typically a result of {@link dailyMeans}, {@link dailyMax8h} or
 *   {@link dailyMax1h} (their `observed`, `valid`, `byException` and count arrays are carried over when present).
 * @param options - `timeZone` in which a `Date` or epoch-ms `start` is read as a day (default Beijing time).
 * @returns One record per day.
 * @throws {LantianError} The codes of {@link periodMean} for a bad series; `INVALID_TYPE` or `INVALID_INPUT` for an
 *   extra array of the wrong type or length.
 * @example
 * ```ts
 * dailyRecords(dailyMeans({ start: '2024-01-01 01:00', values: Array(24).fill(30.5), pollutant: 'pm25' }));
 * //=> [{ day: '2024-01-01', value: 30, raw: 30.5, observed: 30.5, count: 24, valid: true, byException: false }]
 * ```
 */
export function dailyRecords(daily: DailySeries, options?: Pick<TimeOptions, 'timeZone'>): DailyRecord[] {
  const opts = readOptions(options, ['timeZone']);
  const frame = readDailyInput(daily, readZone(opts['timeZone'], ['options', 'timeZone']), undefined);
  const series = daily as unknown as Record<string, unknown>;
  const n = frame.values.length;
  const path = ['daily'];
  const observed = readColumn(series, 'observed', n, path);
  const counts = firstColumn(series, ['validHours', 'validWindows', 'stations'], n, path);
  const valid = readColumn(series, 'valid', n, path);
  const byException = readColumn(series, 'byException', n, path);
  const decimals = frame.pollutant === undefined ? undefined : pollutantInfo(frame.pollutant).decimals;
  const out: DailyRecord[] = [];
  for (let i = 0; i < n; i++) {
    const raw = numberOrNull(frame.values, i);
    out.push({
      day: formatDay(frame.firstDay + i),
      value: raw === null || decimals === undefined ? null : roundReported(raw, decimals),
      raw,
      observed: numberOrNull(observed, i),
      count: numberOrNull(counts, i),
      valid: valid === undefined ? raw !== null : valid[i] === 1,
      byException: byException !== undefined && byException[i] === 1,
    });
  }
  return out;
}

/**
 * An hourly series or result as plain records, one per hour, with its label: what to print or serialise.
 *
 * @param hourly - An hourly series `{ start, values }`, typically a result of {@link movingAverage8h} or
 *   {@link cityMean} (their `observed` and count arrays are carried over when present).
 * @param options - `label` and `timeZone`, as given to the function that made the series.
 * @returns One record per hour.
 * @throws {LantianError} The codes of {@link dailyMeans} for a bad series; `INVALID_TYPE` or `INVALID_INPUT` for an
 *   extra array of the wrong type or length.
 * @example
 * ```ts
 * hourlyRecords({ start: '2024-01-01 01:00', values: [12.5, null], pollutant: 'pm25' });
 * //=> [{ time: '2024-01-01T01:00+08:00', value: 12, raw: 12.5, observed: null, count: null },
 * //    { time: '2024-01-01T02:00+08:00', value: null, raw: null, observed: null, count: null }]
 * ```
 */
export function hourlyRecords(hourly: HourlySeries, options?: TimeOptions): HourlyRecord[] {
  const opts = readOptions(options, ['label', 'timeZone']);
  if (!isRecord(hourly)) {
    throw new LantianError('INVALID_TYPE', ['hourly'], `expected an hourly series { start, values }, received ${describe(hourly)}`);
  }
  const frame = readHourly(hourly, readTimeConventions(opts), undefined);
  const decimals = frame.pollutant === undefined ? undefined : pollutantInfo(frame.pollutant).decimals;
  const series = hourly as unknown as Record<string, unknown>;
  const n = frame.values.length;
  const observed = readColumn(series, 'observed', n, ['hourly']);
  const counts = firstColumn(series, ['validHours', 'stations'], n, ['hourly']);
  const out: HourlyRecord[] = [];
  for (let i = 0; i < n; i++) {
    const raw = numberOrNull(frame.values, i);
    const value = raw === null || decimals === undefined ? null : roundReported(raw, decimals);
    out.push({ time: labelOf(frame, i), value, raw, observed: numberOrNull(observed, i), count: numberOrNull(counts, i) });
  }
  return out;
}
