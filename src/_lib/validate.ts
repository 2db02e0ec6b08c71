/**
 * Boundary checks shared by the public functions. They throw {@link LantianError}s with stable codes and
 * paths; nothing here ever lets a TypeError or RangeError escape.
 */
import type * as z from 'zod/mini';
import { type ErrorPath, LantianError, type LantianErrorCode } from '../errors.js';

/** A short, never-throwing description of a value for error details. */
export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'undefined';
  switch (typeof value) {
    case 'number':
      return Number.isNaN(value) ? 'NaN' : String(value);
    case 'string':
      return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
    case 'bigint':
      return `${value}n`;
    case 'boolean':
      return String(value);
    case 'symbol':
      return 'a symbol';
    case 'function':
      return 'a function';
    default:
      return Array.isArray(value) ? 'an array' : value instanceof Date ? 'a Date' : 'an object';
  }
}

/** Lists allowed values for an error detail. */
export function oneOf(values: ReadonlyArray<string | number>): string {
  return values.map((v) => (typeof v === 'string' ? `'${v}'` : String(v))).join(', ');
}

/** Throws unless `value` is a finite number. */
export function requireFinite(value: unknown, path: ErrorPath): number {
  if (typeof value !== 'number') {
    throw new LantianError('INVALID_TYPE', path, `expected a number, received ${describe(value)}`);
  }
  if (!Number.isFinite(value)) throw new LantianError('NOT_FINITE', path, `received ${describe(value)}`);
  return value;
}

/** Whether a single value is missing: `null`, `undefined` or `NaN` (missing data, not bad input). */
export function isMissing(value: unknown): value is null | undefined {
  return value === null || value === undefined || (typeof value === 'number' && Number.isNaN(value));
}

/** Throws unless `value` is a finite, non-negative number (a concentration). */
export function requireConcentration(value: unknown, path: ErrorPath): number {
  const n = requireFinite(value, path);
  if (n < 0) throw new LantianError('NEGATIVE_VALUE', path, `received ${n}`);
  return n;
}

/**
 * Reads one value of a record of concentrations: `undefined`, `null` and `NaN` are missing (returns
 * `NaN`); anything else must be a finite, non-negative number.
 */
export function readOptionalConcentration(value: unknown, path: ErrorPath): number {
  if (value === undefined || value === null) return NaN;
  if (typeof value === 'number' && Number.isNaN(value)) return NaN;
  return requireConcentration(value, path);
}

/** Throws unless `value` is an integer in [min, max]. */
export function requireInteger(value: unknown, path: ErrorPath, min: number, max: number): number {
  const n = requireFinite(value, path);
  if (!Number.isInteger(n)) throw new LantianError('NOT_AN_INTEGER', path, `received ${n}`);
  if (n < min || n > max) throw new LantianError('OUT_OF_RANGE', path, `received ${n}, allowed ${min}…${max}`);
  return n;
}

/** Throws unless `value` is a boolean. */
export function requireBoolean(value: unknown, path: ErrorPath): boolean {
  if (typeof value !== 'boolean') {
    throw new LantianError('INVALID_TYPE', path, `expected a boolean, received ${describe(value)}`);
  }
  return value;
}

/** Throws unless `value` is one of `allowed`, with `code` (e.g. UNKNOWN_EDITION). */
export function requireMember<T extends string>(
  value: unknown,
  allowed: ReadonlyArray<T>,
  path: ErrorPath,
  code: LantianErrorCode,
): T {
  if (typeof value !== 'string') {
    throw new LantianError('INVALID_TYPE', path, `expected a string, received ${describe(value)}`);
  }
  if (!(allowed as ReadonlyArray<string>).includes(value)) {
    throw new LantianError(code, path, `received ${describe(value)}, expected one of ${oneOf(allowed)}`);
  }
  return value as T;
}

/** Throws `code` unless `value` is one of the numbers in `allowed` (grades, zone classes …). */
export function requireNumberMember<T extends number>(
  value: unknown,
  allowed: ReadonlyArray<T>,
  path: ErrorPath,
  code: LantianErrorCode,
): T {
  if (typeof value !== 'number') {
    throw new LantianError('INVALID_TYPE', path, `expected a number, received ${describe(value)}`);
  }
  if (!(allowed as ReadonlyArray<number>).includes(value)) {
    throw new LantianError(code, path, `received ${describe(value)}, expected one of ${oneOf(allowed)}`);
  }
  return value as T;
}

/** Whether `value` is a plain, non-array object. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Checks an options argument: `undefined` is no options; otherwise a plain object whose own keys are all in
 * `allowed` (a misspelt option is an error, never silently ignored).
 */
export function readOptions(
  options: unknown,
  allowed: ReadonlyArray<string>,
  path: ErrorPath = ['options'],
): Record<string, unknown> {
  if (options === undefined) return {};
  if (!isRecord(options)) {
    throw new LantianError('INVALID_TYPE', path, `expected an options object, received ${describe(options)}`);
  }
  for (const key of Object.keys(options)) {
    if (!allowed.includes(key)) {
      throw new LantianError('UNKNOWN_OPTION', [...path, key], `expected one of ${oneOf(allowed)}`);
    }
  }
  return options;
}

/** Reads an object argument, allowing only own keys from `allowed` when given. */
export function requireRecord(value: unknown, path: ErrorPath): Record<string, unknown> {
  if (!isRecord(value)) {
    throw new LantianError('INVALID_TYPE', path, `expected an object, received ${describe(value)}`);
  }
  return value;
}

const ZOD_CODE_MAP: Readonly<Record<string, LantianErrorCode>> = {
  invalid_type: 'INVALID_TYPE',
  too_small: 'OUT_OF_RANGE',
  too_big: 'OUT_OF_RANGE',
  invalid_value: 'INVALID_INPUT',
  invalid_format: 'INVALID_INPUT',
  unrecognized_keys: 'UNKNOWN_OPTION',
  not_multiple_of: 'OUT_OF_RANGE',
  invalid_union: 'INVALID_INPUT',
};

/**
 * Parses `value` with a zod schema (zod/mini) and turns the first issue into a {@link LantianError}, worded as the
 * library's other errors. A custom issue may name its code with `params: { code }`.
 */
export function parseWith<S extends z.ZodMiniType>(schema: S, value: unknown, path: ErrorPath = []): z.output<S> {
  const result = schema.safeParse(value, { error: englishIssue });
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  /* c8 ignore next -- zod reports at least one issue on failure */
  if (issue === undefined) throw new LantianError('INVALID_INPUT', path);
  const params = (issue as { params?: { code?: unknown } }).params;
  let code: LantianErrorCode =
    typeof params?.code === 'string' ? (params.code as LantianErrorCode) : (ZOD_CODE_MAP[issue.code] ?? 'INVALID_INPUT');
  const received = (issue as { received?: unknown }).received;
  if (issue.code === 'invalid_type' && (received === 'NaN' || received === 'Infinity')) code = 'NOT_FINITE';
  // zod's int check fails a number that is not an integer with expected 'int' (a non-number fails earlier).
  if (issue.code === 'invalid_type' && (issue as { expected?: unknown }).expected === 'int') code = 'NOT_AN_INTEGER';
  const issuePath = issue.path.filter((k): k is string | number => typeof k !== 'symbol');
  // An unknown key is reported at the object; point at the key itself.
  const unknownKey = issue.code === 'unrecognized_keys' ? (issue as { keys?: ReadonlyArray<string> }).keys?.[0] : undefined;
  if (unknownKey !== undefined) issuePath.push(unknownKey);
  throw new LantianError(code, [...path, ...issuePath], issue.message);
}

/**
 * An issue of a zod schema in the words of the library's own errors (`expected …, received …`), built only when a
 * value fails. A custom issue keeps the message its schema gives.
 */
function englishIssue(issue: z.core.$ZodRawIssue): string {
  const i = issue as unknown as Record<string, unknown>;
  const received = `received ${typeof i['received'] === 'string' ? i['received'] : describe(i['input'])}`;
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${i['expected'] === 'int' ? 'an integer' : String(i['expected'])}, ${received}`;
    case 'too_small':
    case 'too_big': {
      const small = issue.code === 'too_small';
      const bound = `${i['inclusive'] === false ? (small ? 'above' : 'below') : small ? 'at least' : 'at most'} ${String(small ? i['minimum'] : i['maximum'])}`;
      return i['origin'] === 'string' || i['origin'] === 'array' ? `expected ${bound} ${i['origin'] === 'string' ? 'characters' : 'items'}` : `expected ${bound}, ${received}`;
    }
    case 'unrecognized_keys':
      return `unknown key ${oneOf(i['keys'] as string[])}`;
    case 'invalid_value':
      return `expected one of ${oneOf(i['values'] as string[])}, ${received}`;
    case 'invalid_format':
      return `expected ${i['format'] === 'regex' ? `a string matching ${String(i['pattern'])}` : `a ${String(i['format'])}`}, ${received}`;
    default:
      return `invalid value, ${received}`;
  }
}
