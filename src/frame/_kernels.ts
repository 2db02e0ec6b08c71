/**
 * The per-station kernels of the frame engine (internal): one station's hourly values of a pollutant in, its daily
 * values on the days of a year out — the daily means (GB 3095 Table 4), the O3 MDA8 and daily maximum 1h value
 * (HJ 663-2013, with the incomplete-day exception against each day's own limit) — in one pass over the hours, with
 * no allocation: the scratch buffers are the caller's and are reused from station to station.
 *
 * The arithmetic is that of {@link dailyMeans}, {@link dailyMax8h} and {@link dailyMax1h}, in the same order (the
 * hours of a day summed in time order; each 8-hour window summed afresh in time order, missing hours as 0), so
 * the results are the same floats: the tests compare them for exact equality.
 */
import { roundReported, windowCount, windowSum } from '../series/internal.js';
import { meanOfHours } from '../series/_hours.js';
import { SERIES_VALIDITY } from '../series/validity.js';
import type { FrameValues } from './stationFrame.js';

/** Where the hours of one station lie and which days are wanted. */
export interface KernelDays {
  /** `bounds[k]`: the index (on the frame's hours) of the first hour of the frame's day `k`; `count + 1` entries. */
  readonly bounds: Int32Array;
  /** The frame's days. */
  readonly count: number;
  /** The frame's day of the first wanted day (may be negative or ≥ count: those days have no data). */
  readonly shift: number;
  /** Wanted days. */
  readonly nDays: number;
  /** Hours per station in the frame. */
  readonly hours: number;
}

/**
 * Daily means with at least `minHours` valid hours on the wanted days of the station whose hours start at `base`;
 * `NaN` where invalid. Written to `out[at + d]`.
 */
export function dailyMeanKernel(v: FrameValues, base: number, days: KernelDays, minHours: number, out: Float64Array, at: number, whole: boolean): void {
  const { bounds, count, shift, nDays, hours } = days;
  if (whole) {
    wholeMeans(v, base, days, minHours, out, at);
    return;
  }
  const acc = new Float64Array(4);
  for (let d = 0; d < nDays; d++) {
    const k = shift + d;
    if (k < 0 || k >= count) {
      out[at + d] = Number.NaN;
      continue;
    }
    const from = Math.max(bounds[k] as number, 0);
    const to = Math.min(bounds[k + 1] as number, hours);
    meanOfHours(v, base + from, base + to, acc);
    out[at + d] = (acc[1] as number) >= minHours ? (acc[0] as number) : Number.NaN;
  }
}

/**
 * {@link dailyMeanKernel} for a station of whole numbers up to 2⁴⁰: their sum is exact, so the quotient is the exact
 * mean correctly rounded and lies within the smallest and largest value already — the clamp of {@link meanOfHours}
 * changes nothing and neither extreme is needed. The same floats, with less work per hour.
 */
function wholeMeans(v: FrameValues, base: number, days: KernelDays, minHours: number, out: Float64Array, at: number): void {
  const { bounds, count, shift, nDays, hours } = days;
  for (let d = 0; d < nDays; d++) {
    const k = shift + d;
    if (k < 0 || k >= count) {
      out[at + d] = Number.NaN;
      continue;
    }
    let sum = 0;
    let c = 0;
    for (let i = base + Math.max(bounds[k] as number, 0), end = base + Math.min(bounds[k + 1] as number, hours); i < end; i++) {
      const x = v[i] as number;
      if (x === x) {
        sum += x;
        c++;
      }
    }
    out[at + d] = c >= minHours ? sum / c : Number.NaN;
  }
}

/** Scratch space for {@link ozoneKernel}, reused across stations: 8-hour window data over the frame's hours. */
export interface OzoneScratch {
  readonly w: Float64Array;
  readonly ok: Uint8Array;
}

/** Scratch for frames of `hours` hours whose days end at hour `lastBound`. */
export function ozoneScratch(hours: number, lastBound: number): OzoneScratch {
  const length = Math.max(hours, lastBound) + 7;
  return { w: new Float64Array(length), ok: new Uint8Array(length) };
}

/**
 * The O3 daily values of one station on the wanted days: the MDA8 (windows ending at hours 8…24 of the day, each
 * valid with ≥ 6 hours; the day valid with ≥ 14 valid windows) into `mda8`, the daily maximum 1h value (≥ 20 valid
 * hours) into `max1h`; a day short of data still counts when its maximum, rounded to `decimals` (raw when
 * `undefined`), exceeds that day's limit in `limit8h`/`limit1h` (`NaN`: no exception) — HJ 663-2013.
 */
export function ozoneKernel(
  v: FrameValues,
  base: number,
  days: KernelDays,
  scratch: OzoneScratch,
  limit8h: Float64Array | undefined,
  limit1h: Float64Array | undefined,
  decimals: number | undefined,
  mda8: Float64Array,
  max1h: Float64Array,
  at: number,
  knownWhole: boolean | undefined,
): void {
  const { bounds, count, shift, nDays, hours } = days;
  const { w, ok } = scratch;
  // w[i + 7] holds hour i (0 where missing), ok[i + 7] its validity; hours before 0 and from `hours` on are missing.
  // Whether every value is a whole number (as published O3 is) of modest size: then sums are exact in any order.
  let whole = knownWhole ?? true;
  const check = knownWhole === undefined;
  for (let i = 0; i < hours; i++) {
    const x = v[base + i] as number;
    if (x === x) {
      w[i + 7] = x;
      ok[i + 7] = 1;
      if (check && whole && (x !== Math.floor(x) || x > 2 ** 40)) whole = false;
    } else {
      w[i + 7] = 0;
      ok[i + 7] = 0;
    }
  }
  // Whole numbers up to 2^40 sum exactly: a window's sum can then slide (add the new hour, drop the old) and still be
  // the very float that summing its eight hours afresh, in time order, gives (as dailyMax8h does for any data).
  const slide = whole;
  const minWindowHours = SERIES_VALIDITY.movingAverage8hHours;
  const minWindows = SERIES_VALIDITY.dailyMax8hWindows;
  const minHours = SERIES_VALIDITY.dailyMax1hHours;
  for (let d = 0; d < nDays; d++) {
    const k = shift + d;
    if (k < 0 || k >= count) {
      mda8[at + d] = Number.NaN;
      max1h[at + d] = Number.NaN;
      continue;
    }
    const dayFrom = bounds[k] as number;
    const dayTo = bounds[k + 1] as number;
    // MDA8: windows ending at the day's 8th hour … its last hour.
    let max = Number.NaN;
    let windows = 0;
    const firstEnd = Math.max(dayFrom + 7, 0);
    let c = 0;
    let sum = 0;
    for (let e = firstEnd, last = dayTo - 1; e <= last; e++) {
      const j = e + 7;
      if (slide && e > firstEnd) {
        c += (ok[j] as number) - (ok[j - 8] as number);
        sum += (w[j] as number) - (w[j - 8] as number);
      } else {
        c = windowCount(ok, j);
        sum = windowSum(w, j);
      }
      if (c < minWindowHours) continue;
      const mean = sum / c;
      if (windows === 0 || mean > max) max = mean;
      windows++;
    }
    mda8[at + d] = judged(max, windows, minWindows, limit8h === undefined ? Number.NaN : (limit8h[d] as number), decimals);
    // Daily maximum 1h value.
    let top = Number.NaN;
    let n = 0;
    for (let i = Math.max(dayFrom, 0), end = Math.min(dayTo, hours); i < end; i++) {
      if (ok[i + 7] === 0) continue;
      const x = w[i + 7] as number;
      if (n === 0 || x > top) top = x;
      n++;
    }
    max1h[at + d] = judged(top, n, minHours, limit1h === undefined ? Number.NaN : (limit1h[d] as number), decimals);
  }
}

/** A daily maximum judged as judgeDailyMaxima does: valid with enough counted values, or above the limit. */
function judged(max: number, counted: number, minimum: number, limit: number, decimals: number | undefined): number {
  if (counted >= minimum) return max;
  if (limit !== limit || max !== max) return Number.NaN;
  return (decimals === undefined ? max : roundReported(max, decimals)) > limit ? max : Number.NaN;
}
