import { expect } from 'vitest';
import { ERROR_CODES, ERROR_MESSAGES, type ErrorPath, LantianError, type LantianErrorCode, isLantianError } from '../../src/index.js';

/**
 * Checks that `error` is a well-formed LantianError — an instance of the class, a code of `ERROR_CODES`, a path of
 * keys and indices, the message of its code — and returns it. Anything else (a TypeError, a RangeError, a plain
 * Error) is thrown again, so that it fails the test.
 */
export function lantianErrorOf(error: unknown): LantianError {
  if (!isLantianError(error)) throw error;
  expect(error).toBeInstanceOf(LantianError);
  expect(ERROR_CODES).toContain(error.code);
  expect(Array.isArray(error.path), `${error.code}: path ${String(error.path)}`).toBe(true);
  for (const key of error.path) expect(['string', 'number']).toContain(typeof key);
  expect(error.message.startsWith(ERROR_MESSAGES[error.code]), error.message).toBe(true);
  return error;
}

/** Runs `fn`, which must throw a LantianError, and returns its code and path. */
export function codeOf(fn: () => unknown): [LantianErrorCode, ErrorPath] {
  try {
    fn();
  } catch (e) {
    const error = lantianErrorOf(e);
    return [error.code, error.path];
  }
  throw new Error('did not throw');
}

/** What a call did: returned a value, or threw a LantianError (its code and path). */
export type Outcome<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly code: LantianErrorCode; readonly path: ErrorPath };

/** Runs `fn` and tells what it did; any throw other than a well-formed LantianError fails the test. */
export function outcome<T>(fn: () => T): Outcome<T> {
  try {
    return { ok: true, value: fn() };
  } catch (e) {
    const error = lantianErrorOf(e);
    return { ok: false, code: error.code, path: error.path };
  }
}
