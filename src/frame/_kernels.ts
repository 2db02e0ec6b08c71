/**
 * The per-station kernels of the frame engine (internal): one station's hourly values of a pollutant in, its daily
 * values on the days of a year out — the daily means (GB 3095 Table 4), the O3 MDA8 and daily maximum 1h value
 * (HJ 663-2013, with the incomplete-day exception against each day's own limit) — in one pass over each day's hours,
 * with no allocation on the common path: the scratch buffers are the caller's and are reused from station to station.
 *
 * The results are the floats of {@link dailyMeans}, {@link dailyMax8h} and {@link dailyMax1h} (the hours of a day
 * summed in time order; each 8-hour window summed afresh in time order, missing hours as 0) — by the same arithmetic,
 * or, on whole numbers, by exact sums that equal it: the tests compare them for exact equality.
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
 * `NaN` where invalid. Written to `out[at + d]`. The hours are summed in time order as {@link meanOfHours} sums
 * them; its clamp to the smallest and largest value matters only when the quotient falls outside them, which a
 * short scan rules out for almost every day (and `whole` values, see {@link allWhole}, never need), so the full
 * pass of {@link meanOfHours} runs only on those few days.
 */
export function dailyMeanKernel(v: FrameValues, base: number, days: KernelDays, minHours: number, out: Float64Array, at: number, whole: boolean): void {
  const { bounds, count, shift, nDays, hours } = days;
  let acc: Float64Array | undefined;
  for (let d = 0; d < nDays; d++) {
    const k = shift + d;
    if (k < 0 || k >= count) {
      out[at + d] = NaN;
      continue;
    }
    const from = base + Math.max(bounds[k] as number, 0);
    const to = base + Math.min(bounds[k + 1] as number, hours);
    let sum = 0;
    let c = 0;
    let i = from;
    if (whole) {
      // Whole numbers sum exactly in any order: four running sums rather than one chain of additions.
      let s1 = 0;
      let s2 = 0;
      let s3 = 0;
      for (; i + 3 < to; i += 4) {
        const x0 = v[i] as number;
        const x1 = v[i + 1] as number;
        const x2 = v[i + 2] as number;
        const x3 = v[i + 3] as number;
        if (x0 === x0) {
          sum += x0;
          c++;
        }
        if (x1 === x1) {
          s1 += x1;
          c++;
        }
        if (x2 === x2) {
          s2 += x2;
          c++;
        }
        if (x3 === x3) {
          s3 += x3;
          c++;
        }
      }
      sum = sum + s1 + (s2 + s3);
    }
    for (; i < to; i++) {
      const x = v[i] as number;
      if (x === x) {
        sum += x;
        c++;
      }
    }
    if (c < minHours) {
      out[at + d] = NaN;
      continue;
    }
    const mean = sum / c;
    if (whole || within(v, from, to, mean)) {
      out[at + d] = mean;
      continue;
    }
    acc ??= new Float64Array(4);
    meanOfHours(v, from, to, acc);
    out[at + d] = acc[0] as number;
  }
}

/**
 * Whether some valid value of `v[from … to − 1]` is ≤ `mean` and some is ≥ it: then the clamp of
 * {@link meanOfHours} leaves `mean` as it is. Stops at the first pair, within a few values on real data.
 */
function within(v: FrameValues, from: number, to: number, mean: number): boolean {
  let below = false;
  let above = false;
  for (let i = from; i < to; i++) {
    const x = v[i] as number;
    if (x <= mean) below = true;
    if (x >= mean) above = true;
    if (below && above) return true;
  }
  return false;
}

/**
 * Whether `v[from … to − 1]` holds whole numbers up to 2⁴⁰ only (`NaN` aside), as published data of most pollutants
 * do: their sums of up to 2¹² values are exact in any order, and the mean — the exact quotient correctly rounded —
 * lies within the smallest and largest value, so {@link meanOfHours}'s clamp changes nothing.
 */
function allWhole(v: FrameValues, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const x = v[i] as number;
    if (x === x && (x > 2 ** 40 || x - Math.floor(x) !== 0)) return false;
  }
  return true;
}

/** Scratch space for the 8-hour windows of stations whose values are not all whole: window data over the frame's hours. */
export interface OzoneScratch {
  readonly w: Float64Array;
  readonly ok: Uint8Array;
}

/** Scratch for frames of `hours` hours whose days end at hour `lastBound`. */
export function ozoneScratch(hours: number, lastBound: number): OzoneScratch {
  const length = Math.max(hours, lastBound) + 7;
  return { w: new Float64Array(length), ok: new Uint8Array(length) };
}

/** What the O3 kernel needs besides the data: the exception's limits and rounding, the outputs. */
export interface OzoneTarget {
  /** Each wanted day's 8h and 1h limits for the incomplete-day exception (`NaN`: no exception); none: no exception. */
  readonly limit8h: Float64Array | undefined;
  readonly limit1h: Float64Array | undefined;
  /** The decimals a maximum is rounded to before the comparison (`undefined`: raw). */
  readonly decimals: number | undefined;
  readonly mda8: Float64Array;
  readonly max1h: Float64Array;
}

/**
 * The O3 daily values of one station on the wanted days: the MDA8 (windows ending at hours 8…24 of the day, each
 * valid with ≥ 6 hours; the day valid with ≥ 14 valid windows) into `mda8`, the daily maximum 1h value (≥ 20 valid
 * hours) into `max1h`, at `at + d`; a day short of data still counts when its maximum, rounded to `decimals` (raw
 * when `undefined`), exceeds that day's limit in `limit8h`/`limit1h` (`NaN`: no exception) — HJ 663-2013 §4.2,
 * Table 1. `whole`: whether the station's values are whole numbers up to 2⁴⁰ (`undefined`: not known, checked here).
 */
export function ozoneKernel(v: FrameValues, base: number, days: KernelDays, target: OzoneTarget, at: number, whole: boolean | undefined, scratch: () => OzoneScratch): void {
  const { bounds, count, shift, nDays, hours } = days;
  const windows = whole ?? allWhole(v, base, base + hours) ? undefined : prepared(v, base, hours, scratch());
  for (let d = 0; d < nDays; d++) {
    const k = shift + d;
    if (k < 0 || k >= count) dayOf(target, at, d, NaN, 0, NaN, 0);
    else if (windows === undefined) wholeDay(v, base, hours, bounds[k] as number, bounds[k + 1] as number, target, at, d);
    else windowDay(windows, hours, bounds[k] as number, bounds[k + 1] as number, target, at, d);
  }
}

/**
 * Day `d` of {@link ozoneKernel} on whole numbers, in one pass over the day's hours `dayFrom … dayTo − 1` (those
 * outside the frame's `hours` missing): an 8-hour window's sum and count slide (add the hour that enters, drop the
 * one that leaves) and stay exact, so each sum is the very float that summing its hours afresh gives. Windows are
 * compared by their sums crossed with the counts (products below 2⁴⁹, exact) rather than by their means, and the
 * largest is divided once: the same float as the largest quotient, division being correctly rounded and so
 * monotone. The daily maximum 1h value comes from the same pass.
 */
function wholeDay(v: FrameValues, base: number, hours: number, dayFrom: number, dayTo: number, target: OzoneTarget, at: number, d: number): void {
  // Windows end at the day's 8th hour … its last.
  const from = Math.max(dayFrom, 0);
  const to = Math.min(dayTo, hours);
  const firstEnd = dayFrom + 7;
  const minWindowHours = SERIES_VALIDITY.movingAverage8hHours;
  let sum = 0;
  let c = 0;
  let top = -1;
  let n = 0;
  // The window of the largest mean so far: its sum and count (−1 / 1 before any valid window).
  let bestSum = -1;
  let bestCount = 1;
  let windows = 0;
  for (let e = from; e < dayTo; e++) {
    // Hour e enters the window ending at e, hour e − 8 leaves it.
    if (e < to) {
      const x = v[base + e] as number;
      if (x === x) {
        sum += x;
        c++;
        n++;
        top = x > top ? x : top;
      }
    }
    if (e - 8 >= from && e - 8 < to) {
      const y = v[base + e - 8] as number;
      if (y === y) {
        sum -= y;
        c--;
      }
    }
    if (e >= firstEnd && c >= minWindowHours) {
      windows++;
      if (sum * bestCount > bestSum * c) {
        bestSum = sum;
        bestCount = c;
      }
    }
  }
  dayOf(target, at, d, windows === 0 ? NaN : bestSum / bestCount, windows, n === 0 ? NaN : top, n);
}

/** The station's hours as window data: `w[i + 7]` holds hour i (0 where missing), `ok[i + 7]` its validity. */
function prepared(v: FrameValues, base: number, hours: number, scratch: OzoneScratch): OzoneScratch {
  const { w, ok } = scratch;
  // Hours before 0 and from `hours` on are never written: they stay missing.
  for (let i = 0; i < hours; i++) {
    const x = v[base + i] as number;
    const valid = x === x;
    w[i + 7] = valid ? x : 0;
    ok[i + 7] = valid ? 1 : 0;
  }
  return scratch;
}

/**
 * Day `d` of {@link ozoneKernel} on any values, with the arithmetic of {@link dailyMax8h} and {@link dailyMax1h}:
 * each 8-hour window summed afresh in time order (missing hours as 0), its mean compared as a float.
 */
function windowDay({ w, ok }: OzoneScratch, hours: number, dayFrom: number, dayTo: number, target: OzoneTarget, at: number, d: number): void {
  const minWindowHours = SERIES_VALIDITY.movingAverage8hHours;
  let max = NaN;
  let windows = 0;
  for (let e = Math.max(dayFrom + 7, 0); e < dayTo; e++) {
    const c = windowCount(ok, e + 7);
    if (c < minWindowHours) continue;
    const mean = windowSum(w, e + 7) / c;
    if (windows === 0 || mean > max) max = mean;
    windows++;
  }
  let top = NaN;
  let n = 0;
  for (let i = Math.max(dayFrom, 0), end = Math.min(dayTo, hours); i < end; i++) {
    if (ok[i + 7] === 0) continue;
    const x = w[i + 7] as number;
    if (n === 0 || x > top) top = x;
    n++;
  }
  dayOf(target, at, d, max, windows, top, n);
}

/** Writes day `d`'s MDA8 and daily maximum 1h value, each judged by its count and the incomplete-day exception. */
function dayOf(target: OzoneTarget, at: number, d: number, max8h: number, windows: number, top: number, hours: number): void {
  const { limit8h, limit1h, decimals } = target;
  target.mda8[at + d] = judged(max8h, windows, SERIES_VALIDITY.dailyMax8hWindows, limit8h === undefined ? NaN : (limit8h[d] as number), decimals);
  target.max1h[at + d] = judged(top, hours, SERIES_VALIDITY.dailyMax1hHours, limit1h === undefined ? NaN : (limit1h[d] as number), decimals);
}

/** A daily maximum judged as judgeDailyMaxima does: valid with enough counted values, or above the limit. */
function judged(max: number, counted: number, minimum: number, limit: number, decimals: number | undefined): number {
  if (counted >= minimum) return max;
  if (limit !== limit || max !== max) return NaN;
  return (decimals === undefined ? max : roundReported(max, decimals)) > limit ? max : NaN;
}
