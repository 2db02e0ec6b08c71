import { LantianError } from '../errors.js';
import { POLLUTANTS, type Pollutant } from '../pollutants/index.js';
import { type AssessYearOptions, YEAR_OPTION_KEYS, type YearAssessment, type YearStatistic } from '../assessment/assessYear.js';
import { describe, readOptions, requireInteger } from '../_lib/validate.js';
import { type YearColumns, type YearPlan, assessDaily, blockScratch, frameDaily, readYearPlan, reportOf } from './_engine.js';
import { type FrameAxis, type StationFrame, frameAxis } from './stationFrame.js';

/** The options of {@link assessStations}: those of {@link assessYear} but the time conventions (the frame's). */
export interface AssessStationsOptions extends Omit<AssessYearOptions, 'label' | 'timeZone'> {
  /** Called after each block of stations with the stations done and the total. */
  readonly onProgress?: (done: number, total: number) => void;
  /** Stops the work between blocks of stations: the call throws the signal's reason. */
  readonly signal?: AbortSignal;
}

/** The option keys of {@link assessStations}: those of {@link assessYear} but the time conventions, and progress. */
export const STATION_OPTION_KEYS: ReadonlyArray<string> = Object.freeze([
  ...YEAR_OPTION_KEYS.filter((k) => k !== 'label' && k !== 'timeZone'),
  'onProgress',
  'signal',
]);

/** One annual item of every station (station `i` at index `i`). */
export interface StationItemColumns {
  readonly pollutant: Pollutant;
  readonly statistic: YearStatistic;
  /** The limit it is judged against. */
  readonly limit: number;
  /** Unrounded, where the year is valid; `NaN` otherwise. */
  readonly raw: Float64Array;
  /** Rounded as published (GB/T 8170), where valid; `NaN` otherwise. */
  readonly value: Float64Array;
  /** Over the valid days there are, valid year or not; `NaN` without any. */
  readonly observed: Float64Array;
  /** `1` where the year's data meet GB 3095 Table 4 / HJ 663. */
  readonly valid: Uint8Array;
  /** Valid days used. */
  readonly count: Int32Array;
  /** `1` within the limit, `0` above it, `255` undecided (invalid or no data). */
  readonly attains: Uint8Array;
}

/** The annual assessments of every station of a frame, as columns (see {@link assessStations}). */
export interface StationAssessments {
  readonly year: number;
  /** The station codes, in the frame's order. */
  readonly stations: ReadonlyArray<string>;
  /** Days of the year: the daily columns hold `stations.length × days` values, station-major. */
  readonly days: number;
  /** The ten annual items of HJ 663-2013, in the order of `YEAR_ITEMS`. */
  readonly items: ReadonlyArray<StationItemColumns>;
  /** Per station: the comprehensive index (`NaN` when an item is invalid) and the good-days ratio in percent. */
  readonly comprehensiveIndex: Float64Array;
  readonly goodDaysRatio: Float64Array;
  /** Per station and pollutant: exceedance days and valid days. */
  readonly exceedanceDays: Readonly<Record<Pollutant, Int32Array>>;
  readonly validDays: Readonly<Record<Pollutant, Int32Array>>;
  /** Per station-day (`i * days + d`): the daily AQI (`NaN` none), its level (0 none), the primary pollutants' mask. */
  readonly dailyAqi: Float64Array;
  readonly dailyLevel: Uint8Array;
  readonly dailyPrimary: Uint8Array;
  /**
   * Station `i`'s assessment as the plain object {@link assessYear} returns for its data.
   *
   * @param i - The station's index in the frame.
   */
  report(i: number): YearAssessment;
}

/** Stations per block: the unit of progress, cancellation and scratch reuse. */
export const STATION_BLOCK = 64;

/**
 * The annual assessment of every station of a frame (HJ 663-2013; GB 3095 Table 4), on one engine: all that
 * {@link assessYear} reports — the annual items with their validity and limits, attainment, the comprehensive
 * index, each day's AQI (HJ 633, each day's own edition), the day picture, exceedance days and primary pollutants —
 * computed in few passes over the data: the daily means, MDA8 and daily maximum 1h value of a station in one pass
 * per pollutant with reused scratch buffers, percentiles by selection, the daily AQI of all station-days on the
 * columnar evaluator. The frame is trusted (validated by {@link stationFrame}); only the options are read here.
 *
 * The result is columnar (typed arrays across stations); `report(i)` gives station `i`'s plain report, equal to
 * what `assessYear` gives for that station's data.
 *
 * @param frame - A frame made by {@link stationFrame}.
 * @param options - The options of {@link assessYear} (`year` required) but `label`/`timeZone` (the frame's), and
 *   `onProgress`, `signal`.
 * @returns The columns and `report(i)`.
 * @throws {LantianError} `INVALID_TYPE` when `frame` is not a frame made by `stationFrame`; the option codes of
 *   {@link assessYear}. Throws the signal's reason when aborted.
 * @example
 * ```ts
 * // Two stations, one year of constant hourly PM2.5 (30 and 50 µg/m³), hour-end labels in Beijing time:
 * const hours = 365 * 24;
 * const pm25 = new Float64Array(2 * hours);
 * pm25.fill(30, 0, hours);
 * pm25.fill(50, hours);
 * const frame = stationFrame({ start: '2025-01-01 01:00', hours, stations: ['A', 'B'], values: { pm25 } });
 * const r = assessStations(frame, { year: 2025 });
 * Array.from(r.items[8]?.value ?? []); //=> [30, 50]
 * r.report(1).pollutants.pm25; //=> false
 * ```
 */
export function assessStations(frame: StationFrame, options: AssessStationsOptions): StationAssessments {
  const axis = frameAxis(frame);
  const { plan, onProgress, signal } = readStationOptions(options);
  if (signal?.aborted === true) throw signal.reason;
  const total = frame.stations.length;
  const parts = assessRange(frame, axis, plan, (done) => {
    onProgress?.(done, total);
    if (signal?.aborted === true) throw signal.reason;
  });
  return stationAssessments(frame.stations, plan, mergeColumns(plan, parts));
}

/** Assesses every station of a frame, block by block, calling `afterBlock` with the stations done after each. */
export function assessRange(frame: StationFrame, axis: FrameAxis, plan: YearPlan, afterBlock: (done: number) => void): YearColumns[] {
  const total = frame.stations.length;
  const parts: YearColumns[] = [];
  const scratch = blockScratch();
  for (let from = 0; from < total; from += STATION_BLOCK) {
    const to = Math.min(total, from + STATION_BLOCK);
    parts.push(assessDaily(frameDaily(frame, axis, plan, from, to, scratch), plan));
    afterBlock(to);
  }
  return parts;
}

/** Reads the options of {@link assessStations} (shared with the threaded call). */
export function readStationOptions(options: unknown): { plan: YearPlan; onProgress: ((done: number, total: number) => void) | undefined; signal: AbortSignal | undefined } {
  const opts = readOptions(options, STATION_OPTION_KEYS);
  if (options === undefined) throw new LantianError('INVALID_TYPE', ['options'], 'expected the options, with the year');
  const progress = opts['onProgress'];
  if (progress !== undefined && typeof progress !== 'function') {
    throw new LantianError('INVALID_TYPE', ['options', 'onProgress'], `expected a function, received ${describe(progress)}`);
  }
  const signal = opts['signal'];
  if (signal !== undefined && !(typeof signal === 'object' && signal !== null && 'aborted' in signal)) {
    throw new LantianError('INVALID_TYPE', ['options', 'signal'], `expected an AbortSignal, received ${describe(signal)}`);
  }
  requireInteger(opts['year'], ['options', 'year'], 1900, 2200);
  return { plan: readYearPlan(opts), onProgress: progress as ((done: number, total: number) => void) | undefined, signal: signal as AbortSignal | undefined };
}

/** Concatenates the columns of consecutive blocks of stations. */
export function mergeColumns(plan: YearPlan, parts: ReadonlyArray<Omit<YearColumns, 'plan'>>): YearColumns {
  const first = parts[0];
  if (parts.length === 1 && first !== undefined) return { ...first, plan };
  const stations = parts.reduce((n, p) => n + p.stations, 0);
  const cat = <T extends Float64Array | Uint8Array | Uint16Array | Int32Array>(pick: (p: Omit<YearColumns, 'plan'>) => T, make: (n: number) => T, per: number): T => {
    const out = make(stations * per);
    let at = 0;
    for (const p of parts) {
      const a = pick(p);
      out.set(a as never, at);
      at += a.length;
    }
    return out;
  };
  const f64 = (n: number) => new Float64Array(n);
  const u8 = (n: number) => new Uint8Array(n);
  const i32 = (n: number) => new Int32Array(n);
  const byPollutant = (pick: (p: Omit<YearColumns, 'plan'>) => Readonly<Record<Pollutant, Int32Array>>) =>
    Object.fromEntries(POLLUTANTS.map((q) => [q, cat((p) => pick(p)[q], i32, 1)])) as Record<Pollutant, Int32Array>;
  const template = parts[0] as Omit<YearColumns, 'plan'> | undefined;
  const items = (template?.items ?? []).map((col, k) => ({
    ...col,
    raw: cat((p) => (p.items[k] as typeof col).raw, f64, 1),
    value: cat((p) => (p.items[k] as typeof col).value, f64, 1),
    observed: cat((p) => (p.items[k] as typeof col).observed, f64, 1),
    valid: cat((p) => (p.items[k] as typeof col).valid, u8, 1),
    count: cat((p) => (p.items[k] as typeof col).count, i32, 1),
    attains: cat((p) => (p.items[k] as typeof col).attains, u8, 1),
  }));
  const coverage: YearColumns['coverage'] = Object.fromEntries(
    POLLUTANTS.filter((q) => template?.coverage[q] !== undefined).map((q) => [
      q,
      {
        months: cat((p) => (p.coverage[q] as { months: Uint16Array }).months, (n) => new Uint16Array(n), 12),
        total: cat((p) => (p.coverage[q] as { total: Uint16Array }).total, (n) => new Uint16Array(n), 1),
      },
    ]),
  );
  return {
    plan,
    stations,
    items,
    coverage,
    aqi: cat((p) => p.aqi, f64, plan.nDays),
    level: cat((p) => p.level, u8, plan.nDays),
    primary: cat((p) => p.primary, u8, plan.nDays),
    validDays: byPollutant((p) => p.validDays),
    exceedanceDays: byPollutant((p) => p.exceedanceDays),
    daysAbove50: cat((p) => p.daysAbove50, i32, 1),
    primaryDays: byPollutant((p) => p.primaryDays),
    index: parts.flatMap((p) => p.index),
    days: parts.flatMap((p) => p.days),
  };
}

/** The public, columnar view of the engine's columns. */
export function stationAssessments(codes: ReadonlyArray<string>, plan: YearPlan, c: YearColumns): StationAssessments {
  const n = c.stations;
  const index = new Float64Array(n);
  const ratio = new Float64Array(n);
  for (let s = 0; s < n; s++) {
    index[s] = c.index[s]?.total ?? NaN;
    ratio[s] = c.days[s]?.goodDaysRatio ?? NaN;
  }
  return Object.freeze({
    year: plan.year,
    stations: codes,
    days: plan.nDays,
    items: c.items.map(({ pollutant, statistic, limit, raw, value, observed, valid, count, attains }) =>
      Object.freeze({ pollutant, statistic, limit, raw, value, observed, valid, count, attains }),
    ),
    comprehensiveIndex: index,
    goodDaysRatio: ratio,
    exceedanceDays: c.exceedanceDays,
    validDays: c.validDays,
    dailyAqi: c.aqi,
    dailyLevel: c.level,
    dailyPrimary: c.primary,
    report(i: number): YearAssessment {
      const s = requireInteger(i, ['i'], 0, n - 1);
      return reportOf(c, s);
    },
  });
}
