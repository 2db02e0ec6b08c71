/**
 * Reading trend inputs at the boundary (private): points `{ year, value }` and plain value series, with missing
 * values (`null`, `undefined`, `NaN`) counted and dropped, anything else bad rejected with a path.
 */
import { type ErrorPath, LantianError } from '../errors.js';
import { describe, isRecord, requireFinite } from './validate.js';

/** The points that carry a value, as two columns, and how many were missing. */
export interface PointColumns {
  readonly x: Float64Array;
  readonly y: Float64Array;
  readonly missing: number;
}

function isMissing(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === 'number' && Number.isNaN(value));
}

function requireArray(value: unknown, path: ErrorPath, what: string, maxLength: number): ReadonlyArray<unknown> {
  if (!Array.isArray(value)) throw new LantianError('INVALID_TYPE', path, `expected an array of ${what}, received ${describe(value)}`);
  if (value.length > maxLength) {
    throw new LantianError('SERIES_TOO_LONG', path, `${value.length} ${what}; this statistic accepts at most ${maxLength}`);
  }
  return value;
}

/** Reads `{ year, value }` points: `year` a finite number (fractional years allowed), `value` a finite number or missing. */
export function readPoints(points: unknown, path: ErrorPath, maxLength: number): PointColumns {
  const list = requireArray(points, path, 'points', maxLength);
  const x = new Float64Array(list.length);
  const y = new Float64Array(list.length);
  let n = 0;
  for (let i = 0; i < list.length; i++) {
    const point: unknown = list[i];
    if (!isRecord(point)) throw new LantianError('INVALID_TYPE', [...path, i], `expected a point { year, value }, received ${describe(point)}`);
    for (const key of Object.keys(point)) {
      if (key !== 'year' && key !== 'value') throw new LantianError('INVALID_INPUT', [...path, i, key], 'a point has only year and value');
    }
    const year = requireFinite(point['year'], [...path, i, 'year']);
    const value: unknown = point['value'];
    if (isMissing(value)) continue;
    x[n] = year;
    y[n] = requireFinite(value, [...path, i, 'value']);
    n++;
  }
  return { x: x.subarray(0, n), y: y.subarray(0, n), missing: list.length - n };
}

/** Reads a series of values in time order (an array or a Float64Array), missing values dropped and counted. */
export function readValues(values: unknown, path: ErrorPath, maxLength: number): { readonly y: Float64Array; readonly missing: number } {
  const list = values instanceof Float64Array ? Array.from(values) : requireArray(values, path, 'values', maxLength);
  if (list.length > maxLength) {
    throw new LantianError('SERIES_TOO_LONG', path, `${list.length} values; this statistic accepts at most ${maxLength}`);
  }
  const y = new Float64Array(list.length);
  let n = 0;
  for (let i = 0; i < list.length; i++) {
    const value: unknown = list[i];
    if (isMissing(value)) continue;
    y[n++] = requireFinite(value, [...path, i]);
  }
  return { y: y.subarray(0, n), missing: list.length - n };
}

/** Throws `INSUFFICIENT_DATA` unless at least `min` values are present. */
export function requireCount(n: number, min: number, path: ErrorPath, what: string): void {
  if (n < min) throw new LantianError('INSUFFICIENT_DATA', path, `${what} needs at least ${min} values, received ${n}`);
}

/** The median of a column (the mean of the two middle values for an even count); sorts a copy. */
export function median(values: Float64Array): number {
  const sorted = Float64Array.from(values).sort();
  return medianOfSorted(sorted);
}

/** The median of an ascending column. */
export function medianOfSorted(sorted: Float64Array): number {
  const n = sorted.length;
  const mid = n >> 1;
  return n % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/**
 * Average ranks (1-based; tied values share the mean of their ranks) and the sizes of the tie groups, the
 * convention of Spearman's coefficient with ties and of the tie corrections of Kendall's statistics.
 */
export function averageRanks(values: Float64Array): { readonly ranks: Float64Array; readonly ties: ReadonlyArray<number> } {
  const n = values.length;
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => (values[a] as number) - (values[b] as number));
  const ranks = new Float64Array(n);
  const ties: number[] = [];
  let i = 0;
  while (i < n) {
    let j = i;
    while (j + 1 < n && values[order[j + 1] as number] === values[order[i] as number]) j++;
    const rank = (i + j + 2) / 2;
    for (let k = i; k <= j; k++) ranks[order[k] as number] = rank;
    if (j > i) ties.push(j - i + 1);
    i = j + 1;
  }
  return { ranks, ties };
}

/**
 * The k-th smallest value (0-based) of `values`, by quickselect (Hoare's FIND) with a median-of-three pivot and a
 * three-way partition, so that runs of equal values (the slopes of an exact line) stay linear: linear time on
 * average. Reorders `values` in place — pass a scratch array.
 */
export function select(values: Float64Array, k: number): number {
  let left = 0;
  let right = values.length - 1;
  while (right > left) {
    const a = values[left] as number;
    const b = values[(left + right) >> 1] as number;
    const c = values[right] as number;
    const pivot = a < b ? (b < c ? b : a < c ? c : a) : a < c ? a : b < c ? c : b;
    // Dutch national flag: [left, lt) < pivot, [lt, i) = pivot, (gt, right] > pivot.
    let lt = left;
    let gt = right;
    let i = left;
    while (i <= gt) {
      const v = values[i] as number;
      if (v < pivot) swap(values, lt++, i++);
      else if (v > pivot) swap(values, i, gt--);
      else i++;
    }
    if (k < lt) right = lt - 1;
    else if (k > gt) left = gt + 1;
    else return pivot;
  }
  return values[k] as number;
}

function swap(values: Float64Array, i: number, j: number): void {
  const t = values[i] as number;
  values[i] = values[j] as number;
  values[j] = t;
}
