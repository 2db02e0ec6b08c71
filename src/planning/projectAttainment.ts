import { LantianError } from '../errors.js';
import type { LimitOptions } from '../standards/limitOf.js';
import { limitOf } from '../standards/limitOf.js';
import type { LimitAveraging } from '../standards/types.js';
import type { AirItem } from '../pollutants/index.js';
import { theilSen } from '../stats/theilSen.js';
import type { TrendPoint } from '../stats/trendPoint.js';
import { describe, isRecord, readOptions, requireFinite, requireMember } from '../_lib/validate.js';
import { readPoints } from '../_lib/points.js';
import { BOUNDS, type Bound, boundDirection } from './targets.js';

/** A limit of GB 3095 to project against: `limitOf(item, averaging, options)`. */
export interface ProjectionLimit extends LimitOptions {
  readonly item: AirItem;
  readonly averaging: LimitAveraging;
}

/** Options of {@link projectAttainment}. */
export interface ProjectAttainmentOptions {
  /** The level to reach: a number, or a GB 3095 limit `{ item, averaging, edition?, date?, grade?, stage? }`. */
  readonly limit: number | ProjectionLimit;
  /** `'<='` (default: the value must fall to the level) or `'>='` (rise to it, e.g. a good-days ratio). */
  readonly bound?: Bound;
  /** The confidence level of the slope's interval, in (0, 1); default 0.95. */
  readonly confidence?: number;
}

/** One way of extrapolating the trend. */
export interface ProjectedPath {
  /** The fitted change per year: µg/m³ a year (linear) or percent a year (compound). */
  readonly perYear: number;
  /** The interval of `perYear` from the slope's confidence interval (`null` limits where Sen's interval is undefined). */
  readonly perYearLow: number | null;
  readonly perYearHigh: number | null;
  /** The fitted value in the last observed year. */
  readonly fittedLastYear: number;
  /**
   * The (fractional) year the fitted trend reaches the level; earlier than the last observed year when the fit is
   * already there; `null` when the trend does not move towards the level.
   */
  readonly year: number | null;
  /** The earliest year within the slope's interval (its most favourable end). */
  readonly earliest: number | null;
  /** The latest year within the slope's interval; `null` when its least favourable end never reaches the level. */
  readonly latest: number | null;
}

/** The result of {@link projectAttainment}. */
export interface AttainmentProjection {
  /** The level projected to. */
  readonly limit: number;
  /** Where a GB 3095 limit came from (`limitOf(…).source`), else `null`. */
  readonly limitSource: string | null;
  readonly bound: Bound;
  readonly n: number;
  readonly lastYear: number;
  /** The observed value of the last year. */
  readonly lastValue: number;
  /** Whether the last observed value meets the level. */
  readonly met: boolean;
  readonly confidence: number;
  /** A straight line: Theil–Sen on the values. */
  readonly linear: ProjectedPath;
  /** A constant percentage a year: Theil–Sen on the logarithms of the values; `null` when a value is 0. */
  readonly compound: ProjectedPath | null;
}

/**
 * The year a pollutant would reach a level — typically its GB 3095 limit — if its recent trend continued, two
 * ways: along a straight line (the same µg/m³ each year) and along a compound path (the same percentage each
 * year), each fitted robustly by Theil–Sen ({@link theilSen}: on the values, and on their natural logarithms).
 * The uncertainty is the fit's: the lines with the ends of the slope's confidence interval (Sen 1968), pivoted at
 * the median year's fitted value, give the earliest and the latest year. A year is fractional (2021.4 is during
 * 2021); `latest` is `null` when the least favourable slope never reaches the level (a flat or adverse trend is
 * within the uncertainty).
 *
 * This is an extrapolation of the trend, not a forecast: it assumes the recent rate goes on.
 *
 * @param points - Yearly values `{ year, value }` (at least 3); `null` / `NaN` missing.
 * @param options - `limit` (a number or `{ item, averaging, …limitOf options }`), `bound`, `confidence`.
 * @returns The level, the fitted rates and the projected years.
 * @throws {LantianError} As {@link theilSen} for bad points; `INSUFFICIENT_DATA` for fewer than 3 values;
 *   `INVALID_TYPE` when `options` or `limit` is missing or malformed; `NEGATIVE_VALUE` / `NOT_FINITE` for a bad
 *   level or value; the codes of `limitOf` (`UNKNOWN_POLLUTANT`, `INDICATOR_NOT_IN_EDITION` …) for a bad limit,
 *   with paths under `options.limit`; `INVALID_OPTION` for a bad bound or confidence; `UNKNOWN_OPTION` for a
 *   misspelt option.
 * @example
 * ```ts
 * // Liuzhou PM2.5 2013–2019 against the GB 3095-2012 annual limit (35 µg/m³):
 * const p = projectAttainment(
 *   [{ year: 2013, value: 70 }, { year: 2014, value: 67 }, { year: 2016, value: 44 },
 *    { year: 2017, value: 45 }, { year: 2018, value: 41 }, { year: 2019, value: 38 }],
 *   { limit: { item: 'pm25', averaging: 'annual', edition: 'GB3095-2012' } },
 * );
 * p.limit; //=> 35
 * p.linear.perYear; //=> -5.333333333333333 (µg/m³ a year)
 * p.linear.year; //=> 2019.34375 (interval 2018.25 … 2026.61)
 * ```
 */
export function projectAttainment(points: ReadonlyArray<TrendPoint>, options: ProjectAttainmentOptions): AttainmentProjection {
  if (!isRecord(options)) throw new LantianError('INVALID_TYPE', ['options'], `expected { limit, … }, received ${describe(options)}`);
  const opts = readOptions(options, ['limit', 'bound', 'confidence']);
  const bound = opts['bound'] === undefined ? '<=' : requireMember(opts['bound'], BOUNDS, ['options', 'bound'], 'INVALID_OPTION');
  const { limit, limitSource } = readLimit(opts['limit']);
  const fit = theilSen(points, opts['confidence'] === undefined ? {} : { confidence: opts['confidence'] as number });
  if (fit.n < 3) throw new LantianError('INSUFFICIENT_DATA', ['points'], `a projection needs at least 3 values, received ${fit.n}`);
  const { x, y } = readPoints(points, ['points'], Number.POSITIVE_INFINITY);
  let lastYear = -Infinity;
  let lastValue = NaN;
  for (let i = 0; i < x.length; i++) {
    if ((x[i] as number) >= lastYear) {
      lastYear = x[i] as number;
      lastValue = y[i] as number;
    }
  }
  const decrease = boundDirection(bound) === 'decrease';
  const met = decrease ? (bound === '<' ? lastValue < limit : lastValue <= limit) : bound === '>' ? lastValue > limit : lastValue >= limit;

  const linear = project(fit.medianYear, fit.valueAtMedianYear, fit.slope, fit.lowSlope, fit.highSlope, limit, decrease, lastYear, (v) => v, (s) => s);
  let compound: ProjectedPath | null = null;
  let positive = true;
  for (let i = 0; i < y.length; i++) if (!((y[i] as number) > 0)) positive = false;
  if (positive && limit > 0) {
    const logs = Array.from(x, (year, i) => ({ year, value: Math.log(y[i] as number) }));
    const logFit = theilSen(logs, { confidence: fit.confidence });
    compound = project(
      logFit.medianYear,
      logFit.valueAtMedianYear,
      logFit.slope,
      logFit.lowSlope,
      logFit.highSlope,
      Math.log(limit),
      decrease,
      lastYear,
      Math.exp,
      (s) => (Math.exp(s) - 1) * 100,
    );
  }
  return { limit, limitSource, bound, n: fit.n, lastYear, lastValue, met, confidence: fit.confidence, linear, compound };
}

function readLimit(value: unknown): { limit: number; limitSource: string | null } {
  if (typeof value === 'number') {
    const limit = requireFinite(value, ['options', 'limit']);
    if (limit < 0) throw new LantianError('NEGATIVE_VALUE', ['options', 'limit'], `received ${limit}`);
    return { limit, limitSource: null };
  }
  if (!isRecord(value)) throw new LantianError('INVALID_TYPE', ['options', 'limit'], `expected a number or { item, averaging, … }, received ${describe(value)}`);
  const { item, averaging, ...limitOptions } = value;
  try {
    const lv = limitOf(item as AirItem, averaging as LimitAveraging, limitOptions as LimitOptions);
    return { limit: lv.value, limitSource: lv.source };
  } catch (error) {
    // limitOf reports paths from its own arguments; place them under options.limit.
    if (!(error instanceof LantianError)) throw error;
    const path = error.path[0] === 'options' ? error.path.slice(1) : error.path;
    throw new LantianError(error.code, ['options', 'limit', ...path], error.detail);
  }
}

/**
 * Where a line through (xm, ym) with slope s reaches `level` (all in the fitted scale), for the fit and the ends
 * of the slope's interval.
 */
function project(
  xm: number,
  ym: number,
  slope: number,
  low: number | null,
  high: number | null,
  level: number,
  decrease: boolean,
  lastYear: number,
  toValue: (v: number) => number,
  toRate: (s: number) => number,
): ProjectedPath {
  const reach = (s: number | null): number | null => {
    if (s === null) return null;
    // The trend must move towards the level: down when the level is a ceiling, up when it is a floor.
    if (decrease ? !(s < 0) : !(s > 0)) return ym === level ? xm : null;
    return xm + (level - ym) / s;
  };
  // The most favourable slope is the most negative for a ceiling, the most positive for a floor.
  const favourable = decrease ? low : high;
  const adverse = decrease ? high : low;
  const a = reach(favourable);
  const b = reach(adverse);
  return {
    perYear: toRate(slope),
    perYearLow: low === null ? null : toRate(low),
    perYearHigh: high === null ? null : toRate(high),
    fittedLastYear: toValue(ym + slope * (lastYear - xm)),
    year: reach(slope),
    earliest: a === null ? null : b === null ? a : Math.min(a, b),
    latest: a === null || b === null ? null : Math.max(a, b),
  };
}
