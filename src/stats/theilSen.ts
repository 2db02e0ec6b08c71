import { LantianError } from '../errors.js';
import { normalQuantile } from '../_lib/normal.js';
import { averageRanks, median, readPoints, requireCount, select } from '../_lib/points.js';
import { readOptions, requireMember } from '../_lib/validate.js';
import { kendallVariance, readAlpha } from './mannKendall.js';
import type { TrendPoint } from './trendPoint.js';

const MAX_POINTS = 3_000;

/** How {@link theilSen} estimates the intercept. */
export const THEIL_SEN_INTERCEPTS = ['joint', 'separate'] as const;

/** One of {@link THEIL_SEN_INTERCEPTS}. */
export type TheilSenIntercept = (typeof THEIL_SEN_INTERCEPTS)[number];

/** Options of {@link theilSen}. */
export interface TheilSenOptions {
  /**
   * The confidence level of the slope's interval, in (0, 1); default 0.95. (scipy's `alpha` argument is symmetric
   * around 0.5 — 0.05 and 0.95 both mean 95 % — lantian's is not: 0.05 is a 5 % interval.)
   */
  readonly confidence?: number;
  /**
   * `'joint'` (default): median(y − b·x) (scipy `method='joint'`). `'separate'`: median(y) − b·median(x) (scipy's
   * default and openair's `tsp1reg`, Conover 1980).
   */
  readonly intercept?: TheilSenIntercept;
}

/** The result of {@link theilSen}. */
export interface TheilSen {
  /** Points with a value. */
  readonly n: number;
  /** Points without a value, left out. */
  readonly missing: number;
  /** Pairs with different years: the slopes the median is taken over (N in Sen 1968). */
  readonly pairs: number;
  /** The median of the pairwise slopes (y_j − y_i)/(x_j − x_i), per unit of year. */
  readonly slope: number;
  /** The intercept at year 0 (see `interceptMethod`); the fitted value at year x is `intercept + slope·x`. */
  readonly intercept: number;
  readonly interceptMethod: TheilSenIntercept;
  /** The lower limit of the slope's confidence interval (Sen 1968); `null` when the tie-corrected variance is negative. */
  readonly lowSlope: number | null;
  /** The upper limit of the slope's confidence interval; `null` as for `lowSlope`. */
  readonly highSlope: number | null;
  readonly confidence: number;
  /** The median year, where the fitted line and the lines of the interval's slopes are pivoted by {@link projectAttainment}-style uses. */
  readonly medianYear: number;
  /** The fitted value at the median year. */
  readonly valueAtMedianYear: number;
}

/**
 * The Theil–Sen estimator of a linear trend (Theil 1950; Sen 1968): the slope is the median of the slopes between
 * every pair of points with different years, and its confidence interval is Sen's (1968, eq. 2.6) from the
 * distribution of Kendall's statistic — as scipy computes it
 * (`scipy.stats.theilslopes`, https://github.com/scipy/scipy/blob/main/scipy/stats/_stats_mstats_common.py):
 * with z the normal quantile of (1 − confidence)/2 and σ² = [n(n−1)(2n+5) − Σ t(t−1)(2t+5) over ties in x and
 * in y]/18, the limits are the sorted slopes at the 0-based indices round((N + zσ)/2) − 1 and round((N − zσ)/2)
 * (rounded half to even, numpy's `round`, clipped to 0…N − 1).
 *
 * The intercept is median(y − b·x) by default (scipy `method='joint'`); `intercept: 'separate'` gives
 * median(y) − b·median(x), scipy's default and the intercept of openair's `TheilSen` (whose interval is a
 * bootstrap, not reproduced here). Pairs with equal years are skipped. Missing values are left out.
 *
 * @param points - `{ year, value }` points; `null` / `NaN` values are missing.
 * @param options - `confidence`, `intercept`.
 * @returns The slope per year, the intercept, the interval of the slope and the pivot (median year and its fitted value).
 * @throws {LantianError} `INVALID_TYPE` / `NOT_FINITE` for a bad point (path: the point); `INSUFFICIENT_DATA` for
 *   fewer than 2 values or when all years are equal; `SERIES_TOO_LONG` above 3,000 points; `INVALID_OPTION` for a
 *   confidence outside (0, 1) or an unknown intercept method; `UNKNOWN_OPTION` for a misspelt option.
 * @example
 * ```ts
 * // Sen (1968)'s example, as in scipy's tests:
 * const years = [1, 2, 3, 4, 10, 12, 18];
 * const values = [9, 15, 19, 20, 45, 55, 78];
 * const fit = theilSen(years.map((year, i) => ({ year, value: values[i] })), { confidence: 0.93 });
 * fit.slope; //=> 4
 * fit.intercept; //=> 6 (joint; 'separate' gives 4)
 * [fit.lowSlope, fit.highSlope]; //=> [3.7142857142857144, 4.375] (scipy: 3.71, 4.38)
 * ```
 */
export function theilSen(points: ReadonlyArray<TrendPoint>, options?: TheilSenOptions): TheilSen {
  const opts = readOptions(options, ['confidence', 'intercept']);
  const confidence = readAlpha(opts['confidence'], ['options', 'confidence'], 0.95);
  const interceptMethod =
    opts['intercept'] === undefined ? 'joint' : requireMember(opts['intercept'], THEIL_SEN_INTERCEPTS, ['options', 'intercept'], 'INVALID_OPTION');
  const { x, y, missing } = readPoints(points, ['points'], MAX_POINTS);
  const n = x.length;
  requireCount(n, 2, ['points'], 'the Theil–Sen estimator');

  const slopes = new Float64Array((n * (n - 1)) / 2);
  let count = 0;
  for (let i = 0; i < n - 1; i++) {
    const xi = x[i] as number;
    const yi = y[i] as number;
    for (let j = i + 1; j < n; j++) {
      const dx = (x[j] as number) - xi;
      if (dx === 0) continue;
      slopes[count++] = ((y[j] as number) - yi) / dx;
    }
  }
  if (count === 0) throw new LantianError('INSUFFICIENT_DATA', ['points'], 'all points have the same year: no slope can be estimated');
  // Order statistics by selection (linear time) rather than a full sort of the N slopes.
  const pool = slopes.subarray(0, count);
  const mid = count >> 1;
  const slope = count % 2 === 1 ? select(pool, mid) : (select(pool, mid - 1) + select(pool, mid)) / 2;

  // Centred at the median year, so the fitted central value keeps its precision with years near 2000.
  const medianYear = median(x);
  let centre: number;
  if (interceptMethod === 'joint') {
    const residuals = new Float64Array(n);
    for (let i = 0; i < n; i++) residuals[i] = (y[i] as number) - slope * ((x[i] as number) - medianYear);
    centre = median(residuals);
  } else {
    centre = median(y);
  }
  const intercept = centre - slope * medianYear;

  // Sen (1968) eq. 2.6, as scipy: z = ndtri(alpha / 2) < 0 with alpha = 1 − confidence.
  const z = normalQuantile((1 - confidence) / 2);
  const sigsq = kendallVariance(n, averageRanks(y).ties, averageRanks(x).ties);
  let lowSlope: number | null = null;
  let highSlope: number | null = null;
  if (sigsq >= 0) {
    const sigma = Math.sqrt(sigsq);
    const upper = Math.min(roundHalfEvenIndex((count - z * sigma) / 2), count - 1);
    const lower = Math.max(roundHalfEvenIndex((count + z * sigma) / 2) - 1, 0);
    lowSlope = select(pool, lower);
    highSlope = select(pool, upper);
  }
  return {
    n,
    missing,
    pairs: count,
    slope: plusZero(slope),
    intercept: plusZero(intercept),
    interceptMethod,
    lowSlope: lowSlope === null ? null : plusZero(lowSlope),
    highSlope: highSlope === null ? null : plusZero(highSlope),
    confidence,
    medianYear: plusZero(medianYear),
    valueAtMedianYear: plusZero(centre),
  };
}

/** −0 as 0, so results print and compare as plain numbers. */
function plusZero(v: number): number {
  return v === 0 ? 0 : v;
}

/** numpy's `round` of an index: to the nearest integer, halves to even. */
function roundHalfEvenIndex(v: number): number {
  const floor = Math.floor(v);
  const fraction = v - floor;
  if (fraction > 0.5) return floor + 1;
  if (fraction < 0.5) return floor;
  return floor % 2 === 0 ? floor : floor + 1;
}
