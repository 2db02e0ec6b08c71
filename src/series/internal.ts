/**
 * The series area's private helpers: reading hourly and daily inputs once into `Float64Array`s, laying out the
 * natural days of an hourly series (arithmetically, or once per day through @date-fns/tz), and rounding
 * statistics for reporting.
 */
import { type ErrorPath, LantianError } from '../errors.js';
import { type AirItem, pollutantInfo, requireAirItem } from '../pollutants/index.js';
import { roundStatisticUnchecked } from '../rounding/roundStatistic.js';
import { MS_PER_DAY, MS_PER_HOUR } from '../_lib/time.js';
import { describe, isRecord, readOptionalConcentration, readOptions, requireInteger, requireMember } from '../_lib/validate.js';
import { type Zone, formatInstant, instantOfLocal, localDay, readDay, readInstant, readZone } from '../_lib/zone.js';
import { HOUR_LABELS, type HourLabel, MAX_DAILY_LENGTH, MAX_HOURLY_LENGTH } from './types.js';

/** The time conventions of a call, read from its options. */
export interface TimeConventions {
  readonly zone: Zone;
  readonly label: HourLabel;
}

/** Reads the `label` and `timeZone` options. */
export function readTimeConventions(opts: Readonly<Record<string, unknown>>, path: ErrorPath = ['options']): TimeConventions {
  return {
    zone: readZone(opts['timeZone'], [...path, 'timeZone']),
    label: opts['label'] === undefined ? 'end' : requireMember(opts['label'], HOUR_LABELS, [...path, 'label'], 'INVALID_OPTION'),
  };
}

/**
 * Reads the values of a series: a `Float64Array` is checked and used as it is (never written); an array is
 * converted once. `null`, `undefined` (holes) and `NaN` are missing; anything else must be a finite,
 * non-negative number. With `check: false` a `Float64Array` is not scanned here: the caller scans it in its own
 * pass and calls {@link checkDeferred}.
 */
export function readValues(values: unknown, path: ErrorPath, max: number, check = true): Float64Array {
  if (values instanceof Float64Array) {
    if (values.length > max) throw tooLong(values.length, max, path);
    if (check) checkValues(values, path);
    return values;
  }
  if (!Array.isArray(values)) {
    throw new LantianError('INVALID_TYPE', path, `expected an array or a Float64Array of values, received ${describe(values)}`);
  }
  if (values.length > max) throw tooLong(values.length, max, path);
  const out = new Float64Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const v: unknown = values[i];
    // The common cases without a call or an error path allocated per value.
    if (typeof v === 'number' && v >= 0 && v !== Infinity) out[i] = v;
    else out[i] = readOptionalConcentration(v, [...path, i]);
  }
  return out;
}

/** Throws for the first value of a `Float64Array` that is negative or infinite (`NaN` is missing, not wrong). */
function checkValues(values: Float64Array, path: ErrorPath): void {
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as number;
    if ((v >= 0 && v !== Infinity) || v !== v) continue;
    readOptionalConcentration(v, [...path, i]);
  }
}

/**
 * Completes a deferred check: `lo` and `hi` are the smallest and largest valid values the caller's pass met; when
 * they show a negative or infinite value, the values are scanned for the first one and it is reported.
 */
export function checkDeferred(frame: HourlyFrame, lo: number, hi: number): void {
  if (frame.unchecked !== undefined && (lo < 0 || hi === Infinity)) checkValues(frame.values, frame.unchecked);
}

function tooLong(length: number, max: number, path: ErrorPath): LantianError {
  return new LantianError('SERIES_TOO_LONG', path, `${length} values, at most ${max}`);
}

/**
 * The pollutant of a call: the series' `pollutant` field and the `pollutant` option, which must agree when both
 * are given; `undefined` when neither is.
 */
export function readPollutant(fromSeries: unknown, fromOptions: unknown, seriesPath: ErrorPath): AirItem | undefined {
  const a = fromSeries === undefined ? undefined : requireAirItem(fromSeries, [...seriesPath, 'pollutant']);
  const b = fromOptions === undefined ? undefined : requireAirItem(fromOptions, ['options', 'pollutant']);
  if (a !== undefined && b !== undefined && a !== b) {
    throw new LantianError('INVALID_OPTION', ['options', 'pollutant'], `the series is of ${a}, the option says ${b}`);
  }
  return a ?? b;
}

/** An hourly input read once: values by hour from `origin`, the instant the first value's hour begins. */
export interface HourlyFrame {
  /** One value per hour, `NaN` missing. May be the caller's array: never write to it. */
  readonly values: Float64Array;
  /** The instant (epoch ms) at which the first value's hour begins. */
  readonly origin: number;
  readonly pollutant: AirItem | undefined;
  readonly zone: Zone;
  readonly label: HourLabel;
  /**
   * The path of `values` when they were not checked yet (a `Float64Array` read with `deferCheck`): the caller must
   * call {@link checkDeferred} after its pass. `undefined` when they were checked.
   */
  readonly unchecked?: ErrorPath | undefined;
}

function requireWholeHour(zone: Zone, ms: number, input: unknown, path: ErrorPath): void {
  const local = ms + zone.offsetAt(ms);
  if (((local % MS_PER_HOUR) + MS_PER_HOUR) % MS_PER_HOUR !== 0) {
    throw new LantianError('INVALID_DATE', path, `hourly data must be on whole hours, received ${describe(input)}`);
  }
}

/** Where the hour labelled `labelMs` begins. */
function hourStart(labelMs: number, label: HourLabel): number {
  return label === 'end' ? labelMs - MS_PER_HOUR : labelMs;
}

/**
 * Reads hourly data: a series `{ start, values, pollutant? }` or a list of `{ time, value }` records in strictly
 * increasing time order (a gap is missing hours; a repeated time is `DUPLICATE_TIMESTAMP`, a time before the
 * previous one `UNORDERED_TIMESTAMPS`). With `deferCheck`, a `Float64Array` of values is left for the caller to
 * check in its own pass (see {@link checkDeferred}).
 */
export function readHourly(
  input: unknown,
  time: TimeConventions,
  pollutantOption: unknown,
  path: ErrorPath = ['hourly'],
  deferCheck = false,
): HourlyFrame {
  const { zone, label } = time;
  if (Array.isArray(input)) {
    const { first, values } = readRecords(input, path, MAX_HOURLY_LENGTH, MS_PER_HOUR, (t, p) => {
      const ms = readInstant(t, zone, p);
      requireWholeHour(zone, ms, t, p);
      return ms;
    });
    return { values, origin: hourStart(first, label), pollutant: readPollutant(undefined, pollutantOption, path), zone, label };
  }
  if (!isRecord(input)) {
    throw new LantianError('INVALID_TYPE', path, `expected an hourly series { start, values } or { time, value } records, received ${describe(input)}`);
  }
  const startMs = readInstant(input['start'], zone, [...path, 'start']);
  requireWholeHour(zone, startMs, input['start'], [...path, 'start']);
  const valuesPath = [...path, 'values'];
  const values = readValues(input['values'], valuesPath, MAX_HOURLY_LENGTH, !deferCheck);
  const unchecked = deferCheck && values === input['values'] ? valuesPath : undefined;
  return { values, origin: hourStart(startMs, label), pollutant: readPollutant(input['pollutant'], pollutantOption, path), zone, label, unchecked };
}

/** A daily input read once: values by day from `firstDay` (days from 1970-01-01). */
export interface DailyFrame {
  readonly values: Float64Array;
  readonly firstDay: number;
  readonly pollutant: AirItem | undefined;
}

/** Reads daily data: a daily series `{ start, values, pollutant? }` (start: the first day) or `{ time, value }` records of days. */
export function readDailyInput(input: unknown, zone: Zone, pollutantOption: unknown, path: ErrorPath = ['daily']): DailyFrame {
  if (Array.isArray(input)) {
    const { first, values } = readRecords(input, path, MAX_DAILY_LENGTH, 1, (t, p) => readDay(t, zone, p));
    return { values, firstDay: first, pollutant: readPollutant(undefined, pollutantOption, path) };
  }
  if (!isRecord(input)) {
    throw new LantianError('INVALID_TYPE', path, `expected a daily series { start, values } or { time, value } records, received ${describe(input)}`);
  }
  const firstDay = readDay(input['start'], zone, [...path, 'start']);
  const values = readValues(input['values'], [...path, 'values'], MAX_DAILY_LENGTH);
  return { values, firstDay, pollutant: readPollutant(input['pollutant'], pollutantOption, path) };
}

/**
 * Converts timed records once: each time is read by `readTime` to a number on a grid of `step`; times must
 * strictly increase; gaps become `NaN`.
 */
function readRecords(
  records: ReadonlyArray<unknown>,
  path: ErrorPath,
  max: number,
  step: number,
  readTime: (time: unknown, path: ErrorPath) => number,
): { first: number; values: Float64Array } {
  if (records.length === 0) throw new LantianError('EMPTY_INPUT', path, 'no records: a series needs at least one time');
  if (records.length > max) throw tooLong(records.length, max, path);
  const times = new Float64Array(records.length);
  const raw = new Float64Array(records.length);
  for (let i = 0; i < records.length; i++) {
    const record: unknown = records[i];
    if (!isRecord(record)) {
      throw new LantianError('INVALID_TYPE', [...path, i], `expected a { time, value } record, received ${describe(record)}`);
    }
    const t = readTime(record['time'], [...path, i, 'time']);
    if (i > 0) {
      const previous = times[i - 1] as number;
      if (t === previous) throw new LantianError('DUPLICATE_TIMESTAMP', [...path, i, 'time'], `the same time as record ${i - 1}`);
      if (t < previous) throw new LantianError('UNORDERED_TIMESTAMPS', [...path, i, 'time'], `earlier than record ${i - 1}`);
    }
    times[i] = t;
    raw[i] = readOptionalConcentration(record['value'], [...path, i, 'value']);
  }
  const first = times[0] as number;
  const span = Math.round(((times[records.length - 1] as number) - first) / step) + 1;
  if (span > max) throw tooLong(span, max, path);
  const values = new Float64Array(span).fill(NaN);
  for (let i = 0; i < records.length; i++) values[Math.round(((times[i] as number) - first) / step)] = raw[i] as number;
  return { first, values };
}

/** The natural days an hourly series touches: `bounds[k]` is the index of the first hour of day `firstDay + k`. */
export interface DayLayout {
  /** The civil day (days from 1970-01-01, in the series' zone) of the first value. */
  readonly firstDay: number;
  /** How many days the series touches. */
  readonly count: number;
  /**
   * `count + 1` hour indices: day `k` holds the hours `bounds[k] … bounds[k + 1] − 1` (24, or 23/25 on a day with a
   * daylight-saving change). The first and last bounds may lie outside the series: those hours are missing.
   */
  readonly bounds: Int32Array;
}

/**
 * Lays out the natural days of an hourly series. With a fixed offset (Beijing time, UTC, `±HH:MM`) the bounds are
 * arithmetic; with an IANA zone each day's start is found once per day.
 */
export function dayLayout(frame: HourlyFrame): DayLayout {
  return layoutDays(frame.zone, frame.origin, frame.values.length);
}

/** Lays out the natural days of `n` hours from `origin` (the instant the first hour begins) in `zone`; see {@link dayLayout}. */
export function layoutDays(zone: Zone, origin: number, n: number): DayLayout {
  const firstDay = localDay(zone, origin);
  if (n === 0) return { firstDay, count: 0, bounds: new Int32Array(1) };
  const count = localDay(zone, origin + (n - 1) * MS_PER_HOUR) - firstDay + 1;
  const bounds = new Int32Array(count + 1);
  const fixed = zone.fixedOffsetMs;
  if (fixed !== undefined) {
    const base = firstDay * MS_PER_DAY - fixed - origin;
    for (let k = 0; k <= count; k++) bounds[k] = (base + k * MS_PER_DAY) / MS_PER_HOUR;
    return { firstDay, count, bounds };
  }
  const dayAt = (p: number) => localDay(zone, origin + p * MS_PER_HOUR);
  let previousOffset = zone.offsetAt(origin);
  for (let k = 0; k <= count; k++) {
    const midnight = (firstDay + k) * MS_PER_DAY;
    let start = midnight - previousOffset;
    const offset = zone.offsetAt(start);
    let p: number;
    if (offset === previousOffset) {
      // No change of offset since the last day started: local midnight is at `start`.
      p = Math.ceil((start - origin) / MS_PER_HOUR);
    } else {
      start = instantOfLocal(zone, midnight);
      p = Math.ceil((start - origin) / MS_PER_HOUR);
      while (dayAt(p) < firstDay + k) p++;
      while (dayAt(p - 1) >= firstDay + k) p--;
      previousOffset = zone.offsetAt(start);
    }
    bounds[k] = k > 0 ? Math.max(p, bounds[k - 1] as number) : p;
  }
  return { firstDay, count, bounds };
}

/** Rounds a statistic for reporting: {@link roundStatistic}, the one rule of published figures. */
export const roundReported = roundStatisticUnchecked;

/** Reads an optional minimum count option (e.g. `minValidHours`): an integer in `min…max`, else the default. */
export function readMinimum(value: unknown, fallback: number, path: ErrorPath, min: number, max: number): number {
  return value === undefined ? fallback : requireInteger(value, path, min, max);
}

/** Reads a `limit` option: a non-negative number, or a limit value object (e.g. from `limitOf`) with a `value`. */
export function readLimit(value: unknown, path: ErrorPath): number | undefined {
  if (value === undefined) return undefined;
  const limit = isRecord(value) ? value['value'] : value;
  const limitPath = isRecord(value) ? [...path, 'value'] : path;
  const n = readOptionalConcentration(limit, limitPath);
  if (Number.isNaN(n)) throw new LantianError('INVALID_TYPE', limitPath, `expected a limit, received ${describe(limit)}`);
  return n;
}

/**
 * The values of a series prepared for 8-hour windows: `w[i + 7]` holds hour i with 0 where missing (adding 0
 * changes no sum) and `ok[i + 7]` is 1 where valid; hours −7 … −1 and those past the series (up to `length`) are
 * missing. `lo` and `hi` are the smallest and largest valid values (for {@link checkDeferred}).
 */
export interface WindowData {
  readonly w: Float64Array;
  readonly ok: Uint8Array;
  readonly lo: number;
  readonly hi: number;
}

/** Prepares the values of a frame for 8-hour windows ending at hours 0 … `length` − 1 (see {@link WindowData}). */
export function windowData(frame: HourlyFrame, length: number): WindowData {
  const v = frame.values;
  const w = new Float64Array(length + 7);
  const ok = new Uint8Array(length + 7);
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0, n = Math.min(v.length, length); i < n; i++) {
    const x = v[i] as number;
    if (x === x) {
      w[i + 7] = x;
      ok[i + 7] = 1;
      if (x < lo) lo = x;
      if (x > hi) hi = x;
    }
  }
  checkDeferred(frame, lo, hi);
  return { w, ok, lo, hi };
}

/**
 * The sum of the 8-hour window ending at hour `j − 7` of prepared data (see {@link windowData}): its values added in
 * time order, afresh for every window so that no rounding error carries from one window to the next (a sliding sum
 * would drift), with no branch.
 */
export function windowSum(w: Float64Array, j: number): number {
  return (
    (w[j - 7] as number) +
    (w[j - 6] as number) +
    (w[j - 5] as number) +
    (w[j - 4] as number) +
    (w[j - 3] as number) +
    (w[j - 2] as number) +
    (w[j - 1] as number) +
    (w[j] as number)
  );
}

/**
 * The number of valid hours in the 8-hour window ending at hour `j − 7` of prepared data. (The twin of
 * {@link windowSum}, kept apart so that each reads one kind of typed array and stays monomorphic.)
 */
export function windowCount(ok: Uint8Array, j: number): number {
  return (
    (ok[j - 7] as number) +
    (ok[j - 6] as number) +
    (ok[j - 5] as number) +
    (ok[j - 4] as number) +
    (ok[j - 3] as number) +
    (ok[j - 2] as number) +
    (ok[j - 1] as number) +
    (ok[j] as number)
  );
}

/** How a daily maximum is compared with the limit of the incomplete-day exception. */
export const EXCEPTION_COMPARISONS = ['rounded', 'raw'] as const;

/** The options of the incomplete-day exception of a daily maximum, read. */
export interface ExceptionRule {
  readonly limit: number | undefined;
  /** Decimals the maximum is rounded to before the comparison; `undefined`: compared raw. */
  readonly decimals: number | undefined;
}

/**
 * Reads `limit` and `compare` (`'rounded'`, the default, needs the pollutant for its published decimals).
 */
export function readExceptionRule(opts: Readonly<Record<string, unknown>>, pollutant: AirItem | undefined): ExceptionRule {
  const limit = readLimit(opts['limit'], ['options', 'limit']);
  const compare = opts['compare'] === undefined ? 'rounded' : requireMember(opts['compare'], EXCEPTION_COMPARISONS, ['options', 'compare'], 'INVALID_OPTION');
  if (limit === undefined || compare === 'raw') return { limit, decimals: undefined };
  if (pollutant === undefined) {
    throw new LantianError(
      'INVALID_OPTION',
      ['options', 'pollutant'],
      "a limit compared with the rounded maximum needs the pollutant (its published decimals); name it, or use compare: 'raw'",
    );
  }
  return { limit, decimals: pollutantInfo(pollutant).decimals };
}

/**
 * Judges daily maxima: a day is valid with at least `minimum` counted values, or — the incomplete-day exception —
 * when its observed maximum exceeds the limit (the true maximum can only be higher).
 */
export function judgeDailyMaxima(
  observed: Float64Array,
  counts: Uint8Array,
  minimum: number,
  rule: ExceptionRule,
): { values: Float64Array; valid: Uint8Array; byException: Uint8Array; limit: number | undefined } {
  const count = observed.length;
  const values = new Float64Array(count);
  const valid = new Uint8Array(count);
  const byException = new Uint8Array(count);
  const { limit, decimals } = rule;
  for (let k = 0; k < count; k++) {
    const max = observed[k] as number;
    let ok = (counts[k] as number) >= minimum;
    if (!ok && limit !== undefined && max === max) {
      ok = (decimals === undefined ? max : roundReported(max, decimals)) > limit;
      byException[k] = ok ? 1 : 0;
    }
    valid[k] = ok ? 1 : 0;
    values[k] = ok ? max : NaN;
  }
  return { values, valid, byException, limit };
}

/** The arguments of a daily maximum, read: options, the hourly frame, its days, the exception and the minimum. */
export interface DailyMaxCall {
  readonly frame: HourlyFrame;
  readonly layout: DayLayout;
  readonly rule: ExceptionRule;
  readonly minimum: number;
}

/** Reads the arguments of {@link dailyMax8h} or {@link dailyMax1h}: `minimumKey` names its minimum-count option. */
export function readDailyMaxCall(hourly: unknown, options: unknown, minimumKey: string, fallback: number, max: number): DailyMaxCall {
  const opts = readOptions(options, ['label', 'timeZone', 'pollutant', 'limit', 'compare', minimumKey]);
  // The caller checks the values in its own pass (checkDeferred).
  const frame = readHourly(hourly, readTimeConventions(opts), opts['pollutant'], ['hourly'], true);
  const rule = readExceptionRule(opts, frame.pollutant);
  const minimum = readMinimum(opts[minimumKey], fallback, ['options', minimumKey], 1, max);
  return { frame, layout: dayLayout(frame), rule, minimum };
}

/** The label of the hour at `index` of a frame, in its conventions. */
export function labelOf(frame: HourlyFrame, index: number): string {
  const start = frame.origin + index * MS_PER_HOUR;
  return formatInstant(frame.zone, frame.label === 'end' ? start + MS_PER_HOUR : start);
}
