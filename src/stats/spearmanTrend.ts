import { LantianError } from '../errors.js';
import { deepFreeze } from '../_lib/freeze.js';
import { normalUpper } from '../_lib/normal.js';
import { averageRanks, readPoints, requireCount } from '../_lib/points.js';
import { isRecord, readOptions, requireFinite, requireNumberMember } from '../_lib/validate.js';
import { roundStatisticUnchecked } from '../rounding/roundStatistic.js';
import { type TrendDirection, type TrendPoint, directionOf } from './trendPoint.js';

/** The significance levels {@link spearmanTrend} has critical values for. */
export const SPEARMAN_ALPHAS = [0.05, 0.01] as const;

/** A significance level of {@link spearmanTrend}. */
export type SpearmanAlpha = (typeof SPEARMAN_ALPHAS)[number];

/**
 * Critical values of Spearman's rank correlation coefficient for the trend judgement of HJ 663 Annex B, by
 * significance level and number of years n: |rs| at or above the value means a significant trend.
 *
 * The 0.05 row is the table as commonly printed with HJ 663 (n = 5…10, 12, 14, 16, 18, 20). That HJ 663 prints
 * this very table is UNCONFIRMED (HJ 663-2013 Appendix B); for n = 5…10 enumerating all permutations confirms each value
 * is the smallest rs (to three decimals) with P(rs ≥ r) ≤ 0.05 under no trend (one-sided). The 0.01 row (n = 5…10)
 * is that enumeration at α = 0.01, not a printed table. Override with the `criticalValues` option.
 */
export const SPEARMAN_CRITICAL_VALUES: Readonly<Record<SpearmanAlpha, Readonly<Record<number, number>>>> = deepFreeze({
  0.05: { 5: 0.9, 6: 0.829, 7: 0.714, 8: 0.643, 9: 0.6, 10: 0.564, 12: 0.506, 14: 0.456, 16: 0.425, 18: 0.399, 20: 0.377 },
  0.01: { 5: 1, 6: 0.943, 7: 0.893, 8: 0.833, 9: 0.783, 10: 0.745 },
});

/** The largest n for which {@link spearmanTrend} enumerates the exact distribution. */
export const SPEARMAN_EXACT_MAX_N = 10;

const MAX_POINTS = 100_000;

/** Options of {@link spearmanTrend}. */
export interface SpearmanTrendOptions {
  /** The significance level: 0.05 (default) or 0.01. */
  readonly alpha?: SpearmanAlpha;
  /**
   * Critical values by n for the chosen `alpha`, replacing {@link SPEARMAN_CRITICAL_VALUES} (which is UNCONFIRMED):
   * e.g. `{ 5: 0.9, 6: 0.829 }`. An n without a value is judged by the p-value.
   */
  readonly criticalValues?: Readonly<Record<number, number>>;
}

/** The result of {@link spearmanTrend}. */
export interface SpearmanTrend {
  /** Points with a value. */
  readonly n: number;
  /** Points given without a value (`null` / `NaN`), left out. */
  readonly missing: number;
  /**
   * Spearman's rank correlation of value against year. Without ties rs = 1 − 6Σd²/(n(n² − 1)) (HJ 663 Annex B);
   * with ties the Pearson correlation of the average ranks (which equals the formula when there are none). 0
   * when all values (or all years) are equal.
   */
  readonly rs: number;
  /** Σd², d the difference between the (average) rank of the year and of the value. */
  readonly sumD2: number;
  /** Whether values or years are tied (average ranks used). */
  readonly ties: boolean;
  /** `'increasing'` for rs > 0, `'decreasing'` for rs < 0, `'none'` for 0. */
  readonly direction: TrendDirection;
  readonly alpha: SpearmanAlpha;
  /** The critical value for n at `alpha` (UNCONFIRMED table, or `criticalValues`); `null` when there is none for n. */
  readonly critical: number | null;
  /**
   * The one-sided p-value in the observed direction under no trend (all orders equally likely): exact for
   * n ≤ 10, else the normal approximation.
   */
  readonly p: number;
  readonly pMethod: 'exact' | 'normal';
  /** The exact p-value by enumeration of all n! orders (n ≤ 10), else `null`. */
  readonly exactP: number | null;
  /** The normal approximation: z = rs·√(n − 1), p = P(Z ≥ |z|). */
  readonly normalP: number;
  /** Significant at `alpha`: |rs| (to three decimals, as the table is printed) ≥ the critical value, else p ≤ alpha. */
  readonly significant: boolean;
  /** What `significant` was judged by. */
  readonly basis: 'table' | 'p-value';
}

/**
 * The trend test of HJ 663 Annex B: Spearman's rank correlation coefficient of a pollutant's yearly values
 * against the years, judged against the critical value for n (HJ 663-2013 Appendix B). |rs| at or above the critical
 * value is a significant trend, increasing for rs > 0 and decreasing for rs < 0.
 *
 * Ranks: the years and the values are ranked 1…n; tied values share the mean of their ranks (average ranks),
 * and rs is then the Pearson correlation of the ranks — the usual correction, equal to the HJ 663 formula when
 * nothing is tied. The critical values are UNCONFIRMED ({@link SPEARMAN_CRITICAL_VALUES}); the result therefore
 * also carries the exact one-sided p-value for n ≤ 10, computed by a dynamic program over the distribution of
 * the rank cross-product Σ r(year)·r(value) (every one of the n! orders counted, ties included, in
 * 2ⁿ·Σ steps rather than n!), and the normal approximation z = rs·√(n − 1) above. Where the table has no value
 * for n, significance is judged by p ≤ alpha.
 *
 * @param points - `{ year, value }` points; `null` / `NaN` values are missing and left out.
 * @param options - `alpha`, `criticalValues`.
 * @returns rs, Σd², direction, critical value, p-values and the judgement.
 * @throws {LantianError} `INVALID_TYPE` when `points` is not an array or a point is not an object; `INVALID_TYPE`
 *   or `NOT_FINITE` for a bad year or value (path: the point); `INSUFFICIENT_DATA` for fewer than 3 values;
 *   `SERIES_TOO_LONG` above 100,000 points; `INVALID_OPTION` for an alpha other than 0.05 or 0.01 or a bad critical
 *   value; `UNKNOWN_OPTION` for a misspelt option.
 * @example
 * ```ts
 * // Liuzhou PM2.5 annual means (the plan's figures, then the published 2018 and 2019 values):
 * const t = spearmanTrend([
 *   { year: 2013, value: 70 }, { year: 2014, value: 67 }, { year: 2016, value: 44 },
 *   { year: 2017, value: 45 }, { year: 2018, value: 41 }, { year: 2019, value: 38 },
 * ]);
 * t.sumD2; //=> 68
 * t.rs; //=> -0.9428571428571428
 * t.critical; //=> 0.829
 * t.significant; //=> true
 * t.exactP; //=> 0.008333333333333333 (6 of 720 orders)
 * ```
 */
export function spearmanTrend(points: ReadonlyArray<TrendPoint>, options?: SpearmanTrendOptions): SpearmanTrend {
  const opts = readOptions(options, ['alpha', 'criticalValues']);
  const alpha = opts['alpha'] === undefined ? 0.05 : requireNumberMember(opts['alpha'], SPEARMAN_ALPHAS, ['options', 'alpha'], 'INVALID_OPTION');
  const table = opts['criticalValues'] === undefined ? SPEARMAN_CRITICAL_VALUES[alpha] : readCriticalValues(opts['criticalValues']);
  const { x, y, missing } = readPoints(points, ['points'], MAX_POINTS);
  const n = x.length;
  requireCount(n, 3, ['points'], 'the Spearman trend test');

  const rx = averageRanks(x);
  const ry = averageRanks(y);
  const ties = rx.ties.length > 0 || ry.ties.length > 0;
  let sumD2 = 0;
  for (let i = 0; i < n; i++) sumD2 += ((rx.ranks[i] as number) - (ry.ranks[i] as number)) ** 2;
  const rs = ties ? pearson(rx.ranks, ry.ranks) : 1 - (6 * sumD2) / (n * (n * n - 1));

  const z = rs * Math.sqrt(n - 1);
  const normalP = rs === 0 ? 0.5 : normalUpper(Math.abs(z));
  const exactP = n <= SPEARMAN_EXACT_MAX_N ? exactPValue(rx.ranks, ry.ranks, rs) : null;
  const p = exactP ?? normalP;
  const criticalValue = table[n];
  const critical = criticalValue === undefined ? null : criticalValue;
  const significant =
    critical === null ? rs !== 0 && p <= alpha : rs !== 0 && roundStatisticUnchecked(Math.abs(rs), 3) >= critical;
  return {
    n,
    missing,
    rs,
    sumD2,
    ties,
    direction: directionOf(rs),
    alpha,
    critical,
    p,
    pMethod: exactP === null ? 'normal' : 'exact',
    exactP,
    normalP,
    significant,
    basis: critical === null ? 'p-value' : 'table',
  };
}

function readCriticalValues(value: unknown): Readonly<Record<number, number>> {
  if (!isRecord(value)) throw new LantianError('INVALID_OPTION', ['options', 'criticalValues'], 'expected an object of critical values by n');
  const out: Record<number, number> = {};
  for (const [key, v] of Object.entries(value)) {
    const n = Number(key);
    if (!Number.isInteger(n) || n < 3) throw new LantianError('INVALID_OPTION', ['options', 'criticalValues', key], 'keys are numbers of years (integers ≥ 3)');
    const c = requireFinite(v, ['options', 'criticalValues', key]);
    if (c <= 0 || c > 1) throw new LantianError('INVALID_OPTION', ['options', 'criticalValues', key], `a critical value lies in (0, 1], received ${c}`);
    out[n] = c;
  }
  return out;
}

function pearson(a: Float64Array, b: Float64Array): number {
  const n = a.length;
  const mean = (n + 1) / 2; // the mean of (average) ranks is always (n + 1) / 2
  let sab = 0;
  let saa = 0;
  let sbb = 0;
  for (let i = 0; i < n; i++) {
    const da = (a[i] as number) - mean;
    const db = (b[i] as number) - mean;
    sab += da * db;
    saa += da * da;
    sbb += db * db;
  }
  return saa === 0 || sbb === 0 ? 0 : sab / Math.sqrt(saa * sbb);
}

/**
 * The exact one-sided p-value of rs under no trend: the share of the n! assignments of the value ranks to the
 * year ranks whose cross-product T = Σ r(year)·r(value) is at least (rs ≥ 0) or at most (rs < 0) the observed
 * one. rs is increasing in T for fixed rank sets, ties included. Ranks are doubled to integers (average ranks
 * are halves); the distribution of T is built by a dynamic program over the subsets of value ranks already
 * placed (2ⁿ states, each a histogram of T).
 */
function exactPValue(rx: Float64Array, ry: Float64Array, rs: number): number {
  const n = rx.length;
  // Doubled ranks are integers; divided by their common factor (2 without ties) the histogram is narrower.
  const doubledA = Array.from(rx, (r) => Math.round(2 * r));
  const doubledB = Array.from(ry, (r) => Math.round(2 * r));
  const ga = doubledA.reduce(gcd, 0);
  const gb = doubledB.reduce(gcd, 0);
  const a = doubledA.map((v) => v / ga);
  const b = doubledB.map((v) => v / gb);
  let observed = 0;
  for (let i = 0; i < n; i++) observed += (a[i] as number) * (b[i] as number);
  const sortedA = [...a].sort((p, q) => p - q);
  const sortedB = [...b].sort((p, q) => p - q);
  let maxT = 0;
  for (let i = 0; i < n; i++) maxT += (sortedA[i] as number) * (sortedB[i] as number);
  const width = maxT + 1;
  const size = 1 << n;
  const counts = new Float64Array(size * width);
  // The range of T reached by each subset, so that only that band of its histogram is visited.
  const lo = new Int32Array(size).fill(width);
  const hi = new Int32Array(size).fill(-1);
  counts[0] = 1;
  lo[0] = 0;
  hi[0] = 0;
  // Masks in increasing order: every subset is complete before its supersets are extended.
  for (let mask = 0; mask < size - 1; mask++) {
    const k = popcount(mask);
    const ak = a[k] as number;
    const base = mask * width;
    const from = lo[mask] as number;
    const to = hi[mask] as number;
    for (let t = from; t <= to; t++) {
      const c = counts[base + t] as number;
      if (c === 0) continue;
      for (let j = 0; j < n; j++) {
        if ((mask & (1 << j)) !== 0) continue;
        const index = (mask | (1 << j)) * width + t + ak * (b[j] as number);
        counts[index] = (counts[index] as number) + c;
      }
    }
    for (let j = 0; j < n; j++) {
      if ((mask & (1 << j)) !== 0) continue;
      const next = mask | (1 << j);
      const step = ak * (b[j] as number);
      if (from + step < (lo[next] as number)) lo[next] = from + step;
      if (to + step > (hi[next] as number)) hi[next] = to + step;
    }
  }
  const full = (size - 1) * width;
  let tail = 0;
  let total = 0;
  for (let t = 0; t < width; t++) {
    const c = counts[full + t] as number;
    total += c;
    if (rs >= 0 ? t >= observed : t <= observed) tail += c;
  }
  return tail / total;
}

function gcd(p: number, q: number): number {
  let x = p;
  let y = q;
  while (y !== 0) [x, y] = [y, x % y];
  return x;
}

function popcount(mask: number): number {
  let m = mask;
  let count = 0;
  while (m !== 0) {
    m &= m - 1;
    count++;
  }
  return count;
}
