import * as z from 'zod/mini';
import { parseWith } from '../_lib/validate.js';
import { MAX_ALERT_DAYS } from './grading.js';
import { type DailyAqiSeries, readDailyAqi } from './dailyAqi.js';
import { type Threshold, forEachRun } from './internal.js';

/** The threshold of {@link episodes} without options: AQI > 200, heavy pollution (重度污染 and worse, HJ 633 Table 2). */
export const HEAVY_POLLUTION_AQI = 200;

/** The options of {@link episodes}. */
export const EpisodesOptionsSchema = z
  .strictObject({
    /** A day is in an episode when its AQI is strictly above this value (default 200). */
    above: z.optional(z.number().check(z.nonnegative())),
    /** A day is in an episode when its AQI is this value or more; instead of `above`. */
    atLeast: z.optional(z.number().check(z.nonnegative())),
    /** The shortest episode listed, in days (default 1). */
    minDays: z.optional(z.int().check(z.minimum(1), z.maximum(MAX_ALERT_DAYS))),
  })
  .check(
    z.superRefine((o, ctx) => {
      if (o.above !== undefined && o.atLeast !== undefined) {
        ctx.addIssue({ code: 'custom', path: ['atLeast'], message: 'give above or atLeast, not both', params: { code: 'INVALID_OPTION' } });
      }
    }),
  );

/** The options of {@link episodes}. */
export interface EpisodesOptions extends z.infer<typeof EpisodesOptionsSchema> {}

/** A run of consecutive days above a threshold. Days are indices into the values, from 0. */
export interface Episode {
  /** The first day of the run. */
  readonly start: number;
  /** The last day of the run (inclusive). */
  readonly end: number;
  /** Its length in days: `end − start + 1`. */
  readonly length: number;
  /** The highest AQI of the run. */
  readonly peak: number;
  /** The first day with the peak. */
  readonly peakDay: number;
  /**
   * Whether a missing day lies right before or right after the run: the run may be longer than the data show.
   */
  readonly cutByMissing: boolean;
}

/** The {@link Episode} of the days `start…end` (inclusive) of `values`. */
export function episodeOf(values: Float64Array, start: number, end: number): Episode {
  let peakDay = start;
  for (let i = start + 1; i <= end; i++) if ((values[i] as number) > (values[peakDay] as number)) peakDay = i;
  const before = start > 0 && Number.isNaN(values[start - 1]);
  const after = end + 1 < values.length && Number.isNaN(values[end + 1]);
  return { start, end, length: end - start + 1, peak: values[peakDay] as number, peakDay, cutByMissing: before || after };
}

/** The episodes of at least `minDays` days of values read by `readDailyAqi`. */
export function episodesOf(values: Float64Array, t: Threshold, minDays: number): Episode[] {
  const out: Episode[] = [];
  forEachRun(values, t, 0, values.length - 1, (start, end) => {
    if (end - start + 1 >= minDays) out.push(episodeOf(values, start, end));
    return false;
  });
  return out;
}

/**
 * The episodes of a series of daily AQI values: the runs of consecutive days whose AQI is above a threshold —
 * by default AQI > 200, heavy pollution (重度污染 and worse, HJ 633-2012 Table 2 and HJ 633-2026 Table 1) —
 * with their lengths and peaks, in time order. A missing day (`null`, `undefined` or `NaN`) ends a run, and the
 * runs it touches say so (`cutByMissing`). The days are compared as given: pass the AQI as published (an
 * integer), or running 24 h means if that is what the warning rule reads.
 *
 * This is what the warning grading of {@link alertLevel} counts in ("AQI > 200 lasting 3 days").
 *
 * @param values - Daily AQI values from day 0 on: an array (`null`/`undefined`/`NaN` for a missing day) or a
 *   typed array (`NaN` missing).
 * @param options - `above` (default 200) or `atLeast`, the threshold; `minDays`, the shortest run listed
 *   (default 1).
 * @returns The episodes, in time order; empty when there is none.
 * @throws {LantianError} `INVALID_TYPE` when `values` is not an array or a typed array, or holds a non-number;
 *   `NOT_FINITE` for ±Infinity; `NEGATIVE_VALUE` for a negative AQI (path: its index); `SERIES_TOO_LONG` beyond
 *   100,000 days; `INVALID_OPTION` for both `above` and `atLeast`, `OUT_OF_RANGE`, `NOT_AN_INTEGER` or
 *   `UNKNOWN_OPTION` for other bad options.
 * @example
 * ```ts
 * const forecast = [180, 215, 260, 199, 230, null, 320];
 * episodes(forecast).map((e) => [e.start, e.end, e.peak]); //=> [[1, 2, 260], [4, 4, 230], [6, 6, 320]]
 * episodes(forecast)[1].cutByMissing; //=> true
 * episodes(forecast, { above: 300 }).length; //=> 1
 * episodes(forecast, { minDays: 2 }).length; //=> 1
 * episodes([200, 200]); //=> [] (200 is not above 200)
 * ```
 */
export function episodes(values: DailyAqiSeries, options?: EpisodesOptions): ReadonlyArray<Episode> {
  const opts = parseWith(EpisodesOptionsSchema, options === undefined ? {} : options, ['options']);
  const data = readDailyAqi(values, ['values']);
  const t: Threshold = opts.atLeast === undefined ? { value: opts.above ?? HEAVY_POLLUTION_AQI, inclusive: false } : { value: opts.atLeast, inclusive: true };
  return episodesOf(data, t, opts.minDays ?? 1);
}
