import { isLantianError } from '../../src/index.js';

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
