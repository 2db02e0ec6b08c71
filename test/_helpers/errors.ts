import { expect } from 'vitest';
import { type LantianError, isLantianError } from '../../src/index.js';

/** Runs `fn`, which must throw a LantianError, and returns its code and path. */
export function codeOf(fn: () => unknown): [string, ReadonlyArray<string | number>] {
  try {
    fn();
  } catch (e) {
    if (!isLantianError(e)) throw e;
    return [e.code, e.path];
  }
  throw new Error('did not throw');
}

/** Runs `fn`, which must throw a LantianError with `code` and `path`; returns the error. */
export function expectLantianError(fn: () => unknown, code: string, path: ReadonlyArray<string | number>): LantianError {
  try {
    fn();
  } catch (e) {
    if (!isLantianError(e)) throw e;
    expect([e.code, e.path]).toEqual([code, path]);
    return e;
  }
  throw new Error('did not throw');
}
