import { LantianError } from '../errors.js';
import { normalQuantile, normalUpper } from '../_lib/normal.js';
import { averageRanks, readValues, requireCount } from '../_lib/points.js';
import { readOptions, requireFinite } from '../_lib/validate.js';
import { type TrendDirection, directionOf } from './trendPoint.js';

const MAX_VALUES = 10_000;

/** Options of {@link mannKendall}. */
export interface MannKendallOptions {
  /** The two-sided significance level, in (0, 1); default 0.05. */
  readonly alpha?: number;
}

/** The result of {@link mannKendall}. */
export interface MannKendall {
  /** Values used. */
  readonly n: number;
  /** Values given as `null` / `NaN`, left out. */
  readonly missing: number;
  /** Kendall's score S = Σ_{i<j} sign(x_j − x_i). */
  readonly S: number;
  /** Var(S) = [n(n−1)(2n+5) − Σ t(t−1)(2t+5)] / 18, t the sizes of the groups of tied values. */
  readonly varS: number;
  /** The standardised statistic with continuity correction: (S − 1)/√Var(S) for S > 0, (S + 1)/√Var(S) for S < 0, else 0. */
  readonly Z: number;
  /** The two-sided p-value 2·P(Z ≥ |z|) (normal approximation). */
  readonly p: number;
  /** Kendall's tau as pymannkendall reports it: S / (n(n − 1)/2). */
  readonly tau: number;
  /** The sign of S. */
  readonly direction: TrendDirection;
  readonly alpha: number;
  /** |Z| > z(1 − alpha/2). */
  readonly significant: boolean;
  /** Sizes of the groups of tied values. */
  readonly ties: ReadonlyArray<number>;
}

/**
 * The Mann–Kendall trend test (Mann 1945; Kendall 1975; Gilbert 1987, ch. 16): Kendall's score S of the values
 * in time order, its variance corrected for ties, the standardised Z with continuity correction and the two-sided
 * normal p-value — the "original test" of pymannkendall (`original_test`,
 * https://github.com/mmhs013/pyMannKendall/blob/master/pymannkendall/pymannkendall.py) and the statistic
 * openair's `TheilSen` reports its significance with. Missing values are skipped (pymannkendall's `'skip'`): the
 * remaining values keep their order. No serial-correlation correction is applied.
 *
 * @param values - The values in time order (equally spaced or not: only the order counts); `null` / `NaN` missing.
 * @param options - `alpha`.
 * @returns S, Var(S), Z, p, tau, direction and significance.
 * @throws {LantianError} `INVALID_TYPE` when `values` is not an array (or Float64Array) or holds a non-number;
 *   `NOT_FINITE` for ±Infinity (path: the index); `INSUFFICIENT_DATA` for fewer than 3 values; `SERIES_TOO_LONG`
 *   above 10,000 values; `INVALID_OPTION` for an alpha outside (0, 1); `UNKNOWN_OPTION` for a misspelt option.
 * @example
 * ```ts
 * // Liuzhou good-days ratio 2014, 2016, 2017 (the plan) and 2018, 2019 (published), in %:
 * const mk = mannKendall([65.8, 86.3, 84.4, 88.5, 89.6]);
 * mk.S; //=> 8 (9 rising pairs, 1 falling)
 * mk.varS; //=> 16.666666666666668 (5·4·15/18)
 * mk.Z; //=> 1.7146428199482247 (7/√(50/3))
 * mk.significant; //=> false (p = 0.0864)
 * ```
 */
export function mannKendall(values: ReadonlyArray<number | null> | Float64Array, options?: MannKendallOptions): MannKendall {
  const opts = readOptions(options, ['alpha']);
  const alpha = readAlpha(opts['alpha'], ['options', 'alpha'], 0.05);
  const { y, missing } = readValues(values, ['values'], MAX_VALUES);
  const n = y.length;
  requireCount(n, 3, ['values'], 'the Mann–Kendall test');
  let S = 0;
  for (let i = 0; i < n - 1; i++) {
    const yi = y[i] as number;
    for (let j = i + 1; j < n; j++) {
      const yj = y[j] as number;
      if (yj > yi) S++;
      else if (yj < yi) S--;
    }
  }
  const { ties } = averageRanks(y);
  const varS = kendallVariance(n, ties, []);
  const Z = varS <= 0 || S === 0 ? 0 : S > 0 ? (S - 1) / Math.sqrt(varS) : (S + 1) / Math.sqrt(varS);
  const p = Math.min(1, 2 * normalUpper(Math.abs(Z)));
  return {
    n,
    missing,
    S,
    varS,
    Z,
    p,
    tau: S / ((n * (n - 1)) / 2),
    direction: directionOf(S),
    alpha,
    significant: Math.abs(Z) > normalQuantile(1 - alpha / 2),
    ties,
  };
}

/**
 * The variance of Kendall's score under no trend, corrected for ties in the values (and, for Sen's interval, in
 * the times): [n(n−1)(2n+5) − Σ t(t−1)(2t+5) − Σ u(u−1)(2u+5)] / 18 (Kendall 1975; Sen 1968 eq. 2.6).
 */
export function kendallVariance(n: number, valueTies: ReadonlyArray<number>, timeTies: ReadonlyArray<number>): number {
  let v = n * (n - 1) * (2 * n + 5);
  for (const t of valueTies) v -= t * (t - 1) * (2 * t + 5);
  for (const u of timeTies) v -= u * (u - 1) * (2 * u + 5);
  return v / 18;
}

/** Reads a probability in (0, 1) (a significance level or one minus a confidence level). */
export function readAlpha(value: unknown, path: ReadonlyArray<string | number>, fallback: number): number {
  if (value === undefined) return fallback;
  const a = requireFinite(value, path);
  if (!(a > 0 && a < 1)) throw new LantianError('INVALID_OPTION', path, `expected a number in (0, 1), received ${a}`);
  return a;
}
