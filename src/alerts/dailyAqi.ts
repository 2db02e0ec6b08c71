/**
 * The input of the alerts area: a series of daily AQI values, read once into a `Float64Array` (`NaN` where a day
 * is missing).
 *
 * @module
 */
import * as z from 'zod/mini';
import { type ErrorPath, LantianError } from '../errors.js';
import { MAX_DAILY_LENGTH } from '../series/types.js';
import { describe, readOptionalConcentration } from '../_lib/validate.js';

/** A typed array of numbers (not the BigInt ones). */
export type NumericTypedArray =
  | Float64Array
  | Float32Array
  | Int8Array
  | Int16Array
  | Int32Array
  | Uint8Array
  | Uint8ClampedArray
  | Uint16Array
  | Uint32Array;

/** Whether `value` is a {@link NumericTypedArray}. */
export function isNumericTypedArray(value: unknown): value is NumericTypedArray {
  return ArrayBuffer.isView(value) && !(value instanceof DataView) && !(value instanceof BigInt64Array) && !(value instanceof BigUint64Array);
}

/** The first value of a typed array that is negative or infinite, or -1. */
function firstBad(values: NumericTypedArray): number {
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as number;
    if (v < 0 || v === Infinity) return i;
  }
  return -1;
}

/**
 * Daily AQI values (or running 24 h means of the AQI) from the first day on: an array of non-negative numbers with
 * `null`, `undefined` or `NaN` for a missing day, or a typed array (`NaN` missing).
 */
export const DailyAqiSeriesSchema = z.union([
  z.custom<NumericTypedArray>(isNumericTypedArray, { message: 'expected a typed array of numbers' }).check(
    z.superRefine((values, ctx) => {
      const i = firstBad(values);
      if (i >= 0) ctx.addIssue({ code: 'custom', path: [i], message: `received ${values[i]}`, params: { code: values[i] === Infinity ? 'NOT_FINITE' : 'NEGATIVE_VALUE' } });
    }),
  ),
  // Not `.readonly()`: zod 4.6 freezes the input of a failed readonly branch, which throws for a typed array.
  z.array(z.union([z.number().check(z.nonnegative()), z.nan(), z.null(), z.undefined()])),
]);

/** Daily AQI values: an array with `null`/`undefined`/`NaN` for a missing day, or a typed array. */
export type DailyAqiSeries = ReadonlyArray<number | null | undefined> | NumericTypedArray;

/**
 * Reads daily AQI values once into a new `Float64Array`, `NaN` where a day is missing. Throws a
 * {@link LantianError} for anything else than a finite, non-negative number or a missing value.
 */
export function readDailyAqi(values: unknown, path: ErrorPath): Float64Array {
  const typed = isNumericTypedArray(values);
  if (!typed && !Array.isArray(values)) {
    throw new LantianError('INVALID_TYPE', path, `expected an array or a typed array of daily AQI values, received ${describe(values)}`);
  }
  const source = values as ArrayLike<unknown>;
  if (source.length > MAX_DAILY_LENGTH) throw new LantianError('SERIES_TOO_LONG', path, `${source.length} values, at most ${MAX_DAILY_LENGTH}`);
  const out = new Float64Array(source.length);
  for (let i = 0; i < source.length; i++) {
    const v: unknown = source[i];
    out[i] = typeof v === 'number' && v >= 0 && v !== Infinity ? v : readOptionalConcentration(v, [...path, i]);
  }
  return out;
}
