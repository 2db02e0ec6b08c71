import { LantianError } from '../errors.js';
import { describe, requireFinite } from '../_lib/validate.js';

/**
 * The p-th percentile of sorted values (ascending, no missing), HJ 663's method: k = 1 + (n − 1)·p/100,
 * s = ⌊k⌋, X(s) + (X(s+1) − X(s))·(k − s). Internal: for callers that sorted already. `n ≥ 1`.
 */
export function percentileOfSorted(sorted: Float64Array, n: number, p: number): number {
  // (n − 1)·p is an exact integer for integer p, so s and the fraction k − s are exact too.
  const scaled = (n - 1) * p;
  const s = Math.floor(scaled / 100);
  const low = sorted[s] as number;
  if (s + 1 >= n) return low;
  return interpolate(low, sorted[s + 1] as number, (scaled - 100 * s) / 100);
}

/** X(s) + (X(s+1) − X(s))·(k − s), kept within [X(s), X(s+1)] as the exact value is. */
function interpolate(low: number, high: number, fraction: number): number {
  if (fraction === 0) return low;
  const value = low + (high - low) * fraction;
  // Floating point could step a hair outside [X(s), X(s+1)]; the exact value cannot.
  return value < low ? low : value > high ? high : value;
}

/**
 * The same percentile as {@link percentileOfSorted} of the first `n` values of `values` (no missing, any order),
 * found by selection instead of sorting: X(s) by quickselect (Hoare's FIND, with the median of three as pivot;
 * see d3-array's quickselect, https://github.com/d3/d3-array/blob/main/src/quickselect.js), X(s+1) as the smallest
 * value above position s; or, when X(s) is among the few largest values, both as the smallest two of those largest
 * kept in order. O(n). Reorders the first `n` values in place. Internal. `n ≥ 1`.
 */
export function percentileBySelection(values: Float64Array, n: number, p: number): number {
  const scaled = (n - 1) * p;
  const s = Math.floor(scaled / 100);
  let low: number;
  let high = Infinity;
  if (n - s <= LARGEST_KEPT) {
    // X(s) and X(s+1) are the smallest two of the n − s largest values.
    largest(values, n, n - s);
    low = values[0] as number;
    if (s + 1 < n) high = values[1] as number;
  } else {
    select(values, s, 0, n - 1);
    low = values[s] as number;
    for (let i = s + 1; i < n; i++) if ((values[i] as number) < high) high = values[i] as number;
  }
  return s + 1 >= n ? low : interpolate(low, high, (scaled - 100 * s) / 100);
}

/**
 * Up to how many largest values {@link percentileBySelection} keeps in order rather than selecting: the 95th and 98th
 * percentiles of a year (19 and 8 values); for the 90th (37 values) quickselect is faster.
 */
const LARGEST_KEPT = 24;

/**
 * Rearranges the first `n` values of `a` so that the `m` largest come first, ascending: the first `m` sorted by
 * insertion, then each later value above the smallest kept displaces it (to where the later value was) and is
 * inserted in order. O(n) comparisons, seldom taken, and O(m) per insertion — a few dozen per year for the top 5 %.
 */
function largest(a: Float64Array, n: number, m: number): void {
  for (let i = 1; i < m; i++) {
    const x = a[i] as number;
    let j = i;
    for (; j > 0 && (a[j - 1] as number) > x; j--) a[j] = a[j - 1] as number;
    a[j] = x;
  }
  for (let i = m; i < n; i++) {
    const x = a[i] as number;
    if (x <= (a[0] as number)) continue;
    a[i] = a[0] as number;
    let j = 1;
    for (; j < m && (a[j] as number) < x; j++) a[j - 1] = a[j] as number;
    a[j - 1] = x;
  }
}

/** Rearranges `a[left…right]` so that `a[k]` is the value a sort would put there, smaller ones before, larger after. */
function select(a: Float64Array, k: number, left: number, right: number): void {
  while (right > left) {
    const mid = (left + right) >>> 1;
    // Median of three to `left`: a[left] ≤ pivot ≤ ... guards against sorted input.
    if ((a[mid] as number) < (a[left] as number)) swap(a, mid, left);
    if ((a[right] as number) < (a[left] as number)) swap(a, right, left);
    if ((a[right] as number) < (a[mid] as number)) swap(a, right, mid);
    const pivot = a[mid] as number;
    let i = left;
    let j = right;
    while (i <= j) {
      while ((a[i] as number) < pivot) i++;
      while ((a[j] as number) > pivot) j--;
      if (i <= j) {
        swap(a, i, j);
        i++;
        j--;
      }
    }
    if (k <= j) right = j;
    else if (k >= i) left = i;
    else return;
  }
}

function swap(a: Float64Array, i: number, j: number): void {
  const t = a[i] as number;
  a[i] = a[j] as number;
  a[j] = t;
}

/** The valid (non-missing) values, copied and sorted ascending (internal; the input is never modified). */
export function sortedValid(values: unknown, path: ReadonlyArray<string | number>): Float64Array {
  const isTyped = values instanceof Float64Array;
  if (!isTyped && !Array.isArray(values)) {
    throw new LantianError('INVALID_TYPE', path, `expected an array or a Float64Array of numbers, received ${describe(values)}`);
  }
  const list = values as ArrayLike<unknown>;
  const out = new Float64Array(list.length);
  let n = 0;
  for (let i = 0; i < list.length; i++) {
    const v = list[i];
    if (v === null || v === undefined || (typeof v === 'number' && Number.isNaN(v))) continue;
    out[n++] = requireFinite(v, [...path, i]);
  }
  return out.subarray(0, n).sort();
}

/**
 * The p-th percentile of a set of values, by the method of HJ 663-2013 Annex A (normative, 数据统计方法;
 * HJ 663-2013 Appendix A): sort the n valid values ascending, X(1) ≤ … ≤ X(n); k = 1 + (n − 1)·p/100; s = the integer
 * part of k; the percentile is X(s) + (X(s+1) − X(s))·(k − s) (X(n) when s = n).
 *
 * This is definition 7 of Hyndman & Fan (1996), "Sample quantiles in statistical packages", The American
 * Statistician 50(4): 361–365 — R's `quantile(type = 7)`, numpy's default `percentile` (method `'linear'`), Excel's
 * `PERCENTILE.INC` and d3-array's `quantile` (https://github.com/d3/d3-array/blob/main/src/quantile.js). The
 * annual items of HJ 663 are percentiles of daily values: the 98th of SO2 and NO2 daily means, the 95th of PM10,
 * PM2.5 and CO daily means, the 90th of O3 MDA8 ({@link periodPercentile} applies the coverage rules).
 *
 * Missing values (`null`, `undefined`, `NaN`) are skipped. Values may be negative (it is a general statistic).
 *
 * @param values - The values, an array or a `Float64Array`; never modified.
 * @param p - The percentile, in percent: 0 … 100 (0 is the minimum, 50 the median, 100 the maximum).
 * @returns The percentile, unrounded.
 * @throws {LantianError} `INVALID_TYPE` when `values` is not an array or holds a non-number (path: its index).
 * @throws {LantianError} `NOT_FINITE` for ±Infinity among the values, or a `p` that is NaN or infinite.
 * @throws {LantianError} `OUT_OF_RANGE` when `p` is outside 0 … 100.
 * @throws {LantianError} `EMPTY_INPUT` when no value is valid.
 * @example
 * ```ts
 * // HJ 663's worked example: sorted 2, 3, 4, 4, 5, 8; k = 1 + 5 × 0.9 = 5.5; 5 + (8 − 5) × 0.5.
 * percentile([3, 4, 8, 2, 5, 4], 90); //=> 6.5
 * percentile([3, 4, 8, 2, 5, 4], 50); //=> 4
 * percentile([10, null, 20, NaN], 25); //=> 12.5
 * ```
 */
export function percentile(values: ReadonlyArray<number | null> | Float64Array, p: number): number {
  const sorted = sortedValid(values, ['values']);
  const q = requireFinite(p, ['p']);
  if (q < 0 || q > 100) throw new LantianError('OUT_OF_RANGE', ['p'], `a percentile is 0…100, received ${q}`);
  if (sorted.length === 0) throw new LantianError('EMPTY_INPUT', ['values'], 'no valid value to take a percentile of');
  return percentileOfSorted(sorted, sorted.length, q);
}
