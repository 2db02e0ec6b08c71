/**
 * The year's data, shared by the annual assessments ({@link assessYear}, {@link assessGuidelines}): the input read
 * once and turned into daily values aligned on the calendar year's days (and, when asked, the year's hourly values),
 * with the validity rules of GB 3095 Table 4 and HJ 663.
 */
import { LantianError } from '../errors.js';
import { type Pollutant, POLLUTANTS, indicatorPollutant } from '../pollutants/index.js';
import { dailyMax1h } from '../series/dailyMax1h.js';
import { dailyMax8h } from '../series/dailyMax8h.js';
import { dailyMeans } from '../series/dailyMeans.js';
import { dayLayout, readDailyInput, readHourly, readTimeConventions, windowCount, windowData, windowSum } from '../series/internal.js';
import type { PeriodStatistic } from '../series/period.js';
import type { DailyInput, HourlyInput } from '../series/types.js';
import { daysFromCivil, formatDay } from '../_lib/time.js';
import { readZone } from '../_lib/zone.js';
import { isRecord, readOptions, requireInteger, requireMember } from '../_lib/validate.js';

/** The daily indicators a year is built from: the daily means, the O3 daily maximum 8h mean and (HJ 633-2012) 1h value. */
export const YEAR_DAILY_INDICATORS = ['so2_24h', 'no2_24h', 'co_24h', 'o3_8h', 'o3_1h', 'pm10_24h', 'pm25_24h'] as const;
/** One of the {@link YEAR_DAILY_INDICATORS}. */
export type YearDailyIndicator = (typeof YEAR_DAILY_INDICATORS)[number];

/**
 * The data of a year: hourly series by pollutant (turned into daily values with the validity rules of GB 3095
 * Table 4 and HJ 663), or daily series by daily indicator (daily means; `o3_8h` the MDA8; `o3_1h` the daily
 * maximum 1h value), or both for different pollutants.
 */
export interface YearInput {
  readonly hourly?: Readonly<Partial<Record<Pollutant, HourlyInput>>>;
  readonly daily?: Readonly<Partial<Record<YearDailyIndicator, DailyInput>>>;
}

/** Particulate matter, whose values dust days remove. */
export const PM: ReadonlyArray<Pollutant> = ['pm10', 'pm25'];

/** The daily indicator of each pollutant's concentration statistics. */
export const MAIN_INDICATOR: Readonly<Record<Pollutant, YearDailyIndicator>> = {
  so2: 'so2_24h',
  no2: 'no2_24h',
  co: 'co_24h',
  o3: 'o3_8h',
  pm10: 'pm10_24h',
  pm25: 'pm25_24h',
};

/** The year and the rules its daily values are formed by. */
export interface DailyContext {
  readonly time: Readonly<Record<string, unknown>>;
  readonly zone: ReturnType<typeof readZone>;
  readonly firstDay: number;
  readonly nDays: number;
}

/** What a caller needs beyond the daily indicators of {@link assessYear}. */
export interface YearDataSpec<I extends string> {
  /** The daily indicators the input may hold. */
  readonly indicators: ReadonlyArray<I>;
  /** Form `co_8h`, the CO maximum daily 8-hour mean, from hourly CO (EU rules only: GB 3095 sets no CO 8h limit). */
  readonly co8h: boolean;
  /** The pollutants whose hourly values of the year are kept. */
  readonly hours: ReadonlyArray<Pollutant>;
  /**
   * How hourly values become daily ones: `'HJ663'` (the default: GB 3095 Table 4 and HJ 663, see {@link dailyMeans}
   * and {@link dailyMax8h}) or `'EU'` (see {@link EU_DAILY_RULES}).
   */
  readonly rules?: 'HJ663' | 'EU';
}

/**
 * The EU's rules for daily values from hourly ones (Directive 2008/50/EC Annex VII A.2 and Annex XI A; kept by
 * Directive (EU) 2024/2881, UNCONFIRMED): a daily mean needs 75 % of the hours (18); the maximum daily 8-hour mean is
 * the largest of the 8-hour running averages "assigned to the day on which it ends, i.e. the first calculation
 * period for any one day will be the period from 17:00 on the previous day to 01:00 on that day; the last … from
 * 16:00 to 24:00", an 8-hour average needs 75 % of its hours (6) and the day 75 % of its running averages (18).
 */
export const EU_DAILY_RULES = Object.freeze({ dailyHours: 18, windowHours: 6, windowShare: 0.75 });

/** The year's data: daily values by indicator on the year's days, and the year's hourly values of some pollutants. */
export interface YearData<I extends string> {
  readonly daily: Map<I, Float64Array>;
  /** The values of the hours of the year's natural days (`NaN` missing), in time order. */
  readonly hours: Map<Pollutant, Float64Array>;
}

/** The calendar year of an assessment's options and the time conventions of its hourly input. */
export interface YearFrame {
  readonly year: number;
  /** Its first day (days from 1970-01-01) and its number of days. */
  readonly firstDay: number;
  readonly nDays: number;
  /** 31 December, `'YYYY-MM-DD'`. */
  readonly lastDate: string;
  readonly zone: ReturnType<typeof readZone>;
  /** The `label` and `timeZone` options, passed on to the series functions. */
  readonly time: Readonly<Record<string, unknown>>;
}

/** Reads `year`, `label` and `timeZone` from read options. */
export function readYearFrame(opts: Readonly<Record<string, unknown>>): YearFrame {
  const year = requireInteger(opts['year'], ['options', 'year'], 1900, 2200);
  const firstDay = daysFromCivil(year, 1, 1);
  const nDays = daysFromCivil(year + 1, 1, 1) - firstDay;
  const zone = readZone(opts['timeZone'], ['options', 'timeZone']);
  const time: Record<string, unknown> = {};
  if (opts['label'] !== undefined) time['label'] = opts['label'];
  if (opts['timeZone'] !== undefined) time['timeZone'] = opts['timeZone'];
  return { year, firstDay, nDays, lastDate: formatDay(firstDay + nDays - 1), zone, time };
}

/** Turns the input into daily values by indicator aligned on the year's days, and the year's hours asked for. */
export function readYearData<I extends string>(input: unknown, ctx: DailyContext, spec: YearDataSpec<I>): YearData<I> {
  if (!isRecord(input)) throw new LantianError('INVALID_TYPE', ['input'], 'expected { hourly?, daily? }');
  readOptions(input, ['hourly', 'daily'], ['input']);
  const out = new Map<I, Float64Array>();
  const hours = new Map<Pollutant, Float64Array>();
  const set = (indicator: string, values: Float64Array) => out.set(indicator as I, values);
  const hourly = input['hourly'];
  if (hourly !== undefined) {
    if (!isRecord(hourly)) throw new LantianError('INVALID_TYPE', ['input', 'hourly'], 'expected hourly series keyed by pollutant');
    for (const key of Object.keys(hourly)) {
      const p = requireMember(key, POLLUTANTS, ['input', 'hourly', key], 'UNKNOWN_POLLUTANT');
      const series = hourly[key] as HourlyInput;
      const path = ['input', 'hourly', key];
      const call = { ...ctx.time, pollutant: p };
      try {
        if (spec.rules === 'EU') {
          if (p === 'o3' || (p === 'co' && spec.co8h)) set(`${p}_8h`, runningMda8(series, p, ctx));
          if (p !== 'o3') {
            const means = dailyMeans(series, { ...call, minValidHours: EU_DAILY_RULES.dailyHours });
            set(MAIN_INDICATOR[p], align(means.values, dayNumber(means.start), ctx));
          }
        } else if (p === 'o3') {
          // The schemes read here (WHO) set no exception for incomplete days: no limit is passed.
          const mda8 = dailyMax8h(series, call);
          set('o3_8h', align(mda8.values, dayNumber(mda8.start), ctx));
          const max1h = dailyMax1h(series, call);
          set('o3_1h', align(max1h.values, dayNumber(max1h.start), ctx));
        } else {
          const means = dailyMeans(series, call);
          set(MAIN_INDICATOR[p], align(means.values, dayNumber(means.start), ctx));
        }
        if (spec.hours.includes(p)) hours.set(p, yearHours(series, p, ctx));
      } catch (error) {
        throw reroot(error, path);
      }
    }
  }
  const daily = input['daily'];
  if (daily !== undefined) {
    if (!isRecord(daily)) throw new LantianError('INVALID_TYPE', ['input', 'daily'], 'expected daily series keyed by daily indicator');
    for (const key of Object.keys(daily)) {
      const indicator = requireMember(key, spec.indicators, ['input', 'daily', key], 'UNKNOWN_INDICATOR');
      if (out.has(indicator)) {
        throw new LantianError('INVALID_INPUT', ['input', 'daily', key], `${indicatorPollutant(indicator as never)} is given both hourly and daily`);
      }
      const frame = readDailyInput(daily[key], ctx.zone, indicatorPollutant(indicator as never), ['input', 'daily', key]);
      out.set(indicator, align(frame.values, frame.firstDay, ctx));
    }
  }
  return { daily: out, hours };
}

/**
 * The EU's maximum daily 8-hour means on the year's days (see {@link EU_DAILY_RULES}): the running 8-hour means that
 * end within each day, from 17:00–01:00 to 16:00–24:00 (`NaN` where the day has too few valid ones).
 */
function runningMda8(series: HourlyInput, pollutant: Pollutant, ctx: DailyContext): Float64Array {
  const frame = readHourly(series, readTimeConventions(ctx.time), pollutant);
  const layout = dayLayout(frame);
  const n = frame.values.length;
  const { w, ok } = windowData(frame, n);
  const out = new Float64Array(ctx.nDays).fill(NaN);
  for (let d = 0; d < ctx.nDays; d++) {
    const k = ctx.firstDay + d - layout.firstDay;
    if (k < 0 || k >= layout.count) continue;
    const from = layout.bounds[k] as number;
    const to = layout.bounds[k + 1] as number;
    let best = -Infinity;
    let windows = 0;
    for (let i = Math.max(0, from); i < Math.min(n, to); i++) {
      const c = windowCount(ok, i + 7);
      if (c < EU_DAILY_RULES.windowHours) continue;
      windows++;
      const mean = windowSum(w, i + 7) / c;
      if (mean > best) best = mean;
    }
    // 18 of a day's 24 windows: 75 % (of 23 or 25 on a day with a daylight-saving change).
    if (windows >= Math.ceil(EU_DAILY_RULES.windowShare * (to - from))) out[d] = best;
  }
  return out;
}

/** The values of the hours of the year's natural days (in the time conventions of the call), `NaN` missing. */
function yearHours(series: HourlyInput, pollutant: Pollutant, ctx: DailyContext): Float64Array {
  const frame = readHourly(series, readTimeConventions(ctx.time), pollutant);
  const layout = dayLayout(frame);
  const from = Math.max(0, ctx.firstDay - layout.firstDay);
  const to = Math.min(layout.count, ctx.firstDay + ctx.nDays - layout.firstDay);
  if (to <= from) return new Float64Array(0);
  const first = layout.bounds[from] as number;
  const last = layout.bounds[to] as number;
  const out = new Float64Array(last - first);
  for (let h = first; h < last; h++) out[h - first] = h >= 0 && h < frame.values.length ? (frame.values[h] as number) : NaN;
  return out;
}

/** The day number of a `'YYYY-MM-DD'` produced by the series functions. */
function dayNumber(day: string): number {
  return daysFromCivil(Number(day.slice(0, 4)), Number(day.slice(5, 7)), Number(day.slice(8, 10)));
}

/** The values of the year's days from a series starting on `start` (NaN outside it). */
function align(values: Float64Array, start: number, ctx: DailyContext): Float64Array {
  const out = new Float64Array(ctx.nDays).fill(NaN);
  const offset = start - ctx.firstDay;
  const from = Math.max(0, -offset);
  const to = Math.min(values.length, ctx.nDays - offset);
  for (let i = from; i < to; i++) out[i + offset] = values[i] as number;
  return out;
}

/** Re-roots a series error under the input path (its own path starts at the series argument). */
function reroot(error: unknown, path: ReadonlyArray<string | number>): unknown {
  if (error instanceof LantianError && error.path[0] === 'hourly') {
    return new LantianError(error.code, [...path, ...error.path.slice(1)], error.detail);
  }
  return error;
}

/** A run of consecutive indices `from` … `to` − 1 that share a key. */
export interface Run<K> {
  readonly from: number;
  readonly to: number;
  readonly key: K;
}

/**
 * Splits `0 … n − 1` into runs of equal `keyOf`, for keys that follow each other in time (each key forms one run,
 * as editions and stages do): each run's end is found by binary search, so `keyOf` is called O(runs × log n) times.
 */
export function runsOf<K>(n: number, keyOf: (i: number) => K): Run<K>[] {
  const runs: Run<K>[] = [];
  for (let from = 0; from < n; ) {
    const key = keyOf(from);
    let lo = from;
    let hi = n;
    while (hi - lo > 1) {
      const mid = (lo + hi) >>> 1;
      if (keyOf(mid) === key) lo = mid;
      else hi = mid;
    }
    runs.push({ from, to: hi, key });
    from = hi;
  }
  return runs;
}

/** Why a period statistic is invalid: its failed minimums, in words. */
export function describeFailures(stat: PeriodStatistic): string {
  return stat.failures
    .map((f) => (f.rule === 'total' ? `${f.validDays} valid days in the year, ${f.required} required` : `${f.validDays} valid days in ${f.month}, ${f.required} required`))
    .join('; ');
}

/** All true → true; any false → false; else null. */
export function combine(values: ReadonlyArray<boolean | null>): boolean | null {
  if (values.some((v) => v === false)) return false;
  return values.every((v) => v === true) ? true : null;
}
