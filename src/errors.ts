/**
 * The one error policy of lantian: bad input throws a {@link LantianError} with a stable `code` and the
 * `path` of the offending value. Missing data (`null` / `NaN` in a series or a report's input) is not an
 * error: it is counted and judged by the validity rules.
 *
 * Every message lives in {@link ERROR_MESSAGES}, so the wording is defined once and pinned by tests.
 *
 * @module Errors
 */

/**
 * The stable error codes. Code in programs against these, never against the message text.
 * docs/errors.md explains each one.
 */
export const ERROR_CODES = [
  'INVALID_TYPE',
  'NOT_FINITE',
  'NEGATIVE_VALUE',
  'OUT_OF_RANGE',
  'NOT_AN_INTEGER',
  'UNKNOWN_POLLUTANT',
  'UNKNOWN_INDICATOR',
  'UNKNOWN_EDITION',
  'UNKNOWN_OPTION',
  'INVALID_OPTION',
  'INDICATOR_NOT_IN_EDITION',
  'INDICATOR_NOT_IN_REPORT',
  'INVALID_DATE',
  'EMPTY_INPUT',
  'INSUFFICIENT_DATA',
  'UNORDERED_TIMESTAMPS',
  'DUPLICATE_TIMESTAMP',
  'SERIES_TOO_LONG',
  'INVALID_AMOUNT',
  'MALFORMED_ROW',
  'INVALID_INPUT',
] as const;

/** One of the {@link ERROR_CODES}. */
export type LantianErrorCode = (typeof ERROR_CODES)[number];

/** The path to the offending value: object keys and array indices from the argument down. */
export type ErrorPath = ReadonlyArray<string | number>;

/**
 * The message of each code. Each describes the class of problem; the error adds the specifics.
 */
export const ERROR_MESSAGES: Readonly<Record<LantianErrorCode, string>> = {
  INVALID_TYPE: 'Value has the wrong type',
  NOT_FINITE: 'Value must be a finite number',
  NEGATIVE_VALUE: 'Value must not be negative',
  OUT_OF_RANGE: 'Value is outside the allowed range',
  NOT_AN_INTEGER: 'Value must be an integer',
  UNKNOWN_POLLUTANT: 'Unknown pollutant',
  UNKNOWN_INDICATOR: 'Unknown indicator',
  UNKNOWN_EDITION: 'Unknown edition',
  UNKNOWN_OPTION: 'Unknown option',
  INVALID_OPTION: 'Invalid option',
  INDICATOR_NOT_IN_EDITION: 'The edition does not define this indicator',
  INDICATOR_NOT_IN_REPORT: 'The report does not use this indicator',
  INVALID_DATE: 'Invalid date or time',
  EMPTY_INPUT: 'Input holds no data',
  INSUFFICIENT_DATA: 'Too few values for the statistic',
  UNORDERED_TIMESTAMPS: 'Timestamps are out of order',
  DUPLICATE_TIMESTAMP: 'Timestamp appears more than once',
  SERIES_TOO_LONG: 'Series is longer than the allowed bound',
  INVALID_AMOUNT: 'Amount cannot be parsed',
  MALFORMED_ROW: 'Malformed row in a data file',
  INVALID_INPUT: 'Invalid input',
};

/**
 * Renders an error path as `a.b[2].c`; the empty path is the argument itself.
 *
 * @param path - Keys and indices.
 * @returns The rendered path.
 * @throws {LantianError} `INVALID_TYPE` when `path` is not an array of strings and numbers.
 * @example
 * ```ts
 * formatPath(['concentrations', 'pm25_24h']); //=> 'concentrations.pm25_24h'
 * formatPath(['records', 3, 'time']); //=> 'records[3].time'
 * ```
 */
export function formatPath(path: ErrorPath): string {
  if (!Array.isArray(path) || !path.every((k) => typeof k === 'string' || typeof k === 'number')) {
    throw new LantianError('INVALID_TYPE', ['path'], 'expected an array of keys and indices');
  }
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? key : `.${key}`;
  }
  return out;
}

/**
 * The error lantian throws for bad input.
 *
 * @example
 * ```ts
 * try {
 *   iaqi('pm25_24h', -1);
 * } catch (error) {
 *   if (error instanceof LantianError) {
 *     error.code; //=> 'NEGATIVE_VALUE'
 *     error.path; //=> ['concentration']
 *   }
 * }
 * ```
 */
export class LantianError extends Error {
  /** Always `'LantianError'`. */
  override readonly name = 'LantianError' as const;
  /** The stable code of the problem. */
  readonly code: LantianErrorCode;
  /** Where the offending value is, from the argument down. */
  readonly path: ErrorPath;
  /** What was wrong in this instance (the value, the allowed set …). */
  readonly detail: string | undefined;

  constructor(code: LantianErrorCode, path: ErrorPath = [], detail?: string) {
    const where = path.length > 0 ? ` at ${formatPath(path)}` : '';
    super(`${ERROR_MESSAGES[code]}${where}${detail === undefined ? '' : `: ${detail}`}`);
    this.code = code;
    this.path = Object.freeze([...path]);
    this.detail = detail;
  }
}

/**
 * Whether a value is a {@link LantianError} — also one thrown by another copy of lantian (an ESM and a CJS copy in
 * one process, another realm), recognised by its `name` and `code`.
 *
 * @param value - Anything, usually a caught error.
 * @returns `true` for a LantianError.
 * @example
 * ```ts
 * try {
 *   iaqi('pm25_24h', -1);
 * } catch (error) {
 *   isLantianError(error); //=> true
 * }
 * isLantianError(new Error('x')); //=> false
 * ```
 */
export function isLantianError(value: unknown): value is LantianError {
  return (
    value instanceof LantianError ||
    (typeof value === 'object' &&
      value !== null &&
      (value as { name?: unknown }).name === 'LantianError' &&
      typeof (value as { code?: unknown }).code === 'string')
  );
}

/** The result of a function wrapped by {@link safely}: its value, or the {@link LantianError} it threw. */
export type LantianResult<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly error: LantianError };

/**
 * Wraps a lantian function so that bad input gives a result instead of a throw — the `safeParse` of the zod
 * schemas, for every function: `{ ok: true, value }` or `{ ok: false, error }` with the {@link LantianError}. Any
 * other error (a bug, never bad input) is rethrown.
 *
 * @param fn - A lantian function.
 * @returns The same function, returning a {@link LantianResult}.
 * @throws {LantianError} `INVALID_TYPE` when `fn` is not a function.
 * @example
 * ```ts
 * const safeIaqi = safely(iaqi);
 * safeIaqi('pm25_24h', 35); //=> { ok: true, value: 50 }
 * const r = safeIaqi('pm25_24h', -1);
 * r.ok; //=> false
 * r.ok || r.error.code; //=> 'NEGATIVE_VALUE'
 * ```
 */
export function safely<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => LantianResult<R> {
  if (typeof fn !== 'function') throw new LantianError('INVALID_TYPE', ['fn'], 'expected a function');
  return (...args: A): LantianResult<R> => {
    try {
      return { ok: true, value: fn(...args) };
    } catch (error) {
      if (error instanceof LantianError) return { ok: false, error };
      throw error;
    }
  };
}
