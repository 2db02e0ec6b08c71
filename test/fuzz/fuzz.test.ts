/**
 * Fuzzing every exported function: random and adversarial arguments (strings, objects with prototype keys,
 * huge and tiny numbers, sparse arrays, typed arrays, frozen objects …). Each call must either return a
 * well-formed (JSON-serialisable) result or throw a LantianError — never a TypeError, a RangeError or any
 * other error.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as lantian from '../../src/index.js';
import { lantianErrorOf } from '../_helpers/errors.js';

const functions = Object.entries(lantian).filter(
  ([name, value]) => typeof value === 'function' && name !== 'LantianError' && !/^[A-Z]/.test(name),
) as Array<[string, (...args: unknown[]) => unknown]>;

const sparse = (() => {
  const a: unknown[] = [];
  a[3] = 5;
  a[100] = 1;
  return a;
})();

const scalar = fc.oneof(
  fc.double(),
  fc.integer(),
  fc.constantFrom(0, -0, 1, -1, 1e308, -1e308, 5e-324, Number.MAX_SAFE_INTEGER, 2 ** 53 + 1, Infinity, -Infinity, Number.NaN),
  fc.string(),
  fc.constantFrom('', 'pm25', 'so2_1h', 'HJ633-2026', 'GB3095-2026', '2026-03-01', '2026-02-30', '7000万', '—', '__proto__', 'constructor', 'toString'),
  fc.boolean(),
  fc.constantFrom(null, undefined),
  fc.bigInt(),
  fc.constant(Symbol('s')),
  fc.date({ noInvalidDate: false }),
);

const value: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  any: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    scalar,
    tie('array'),
    tie('object'),
    fc.constantFrom(
      sparse,
      new Float64Array([1, Number.NaN, 3]),
      new Uint8Array(4),
      JSON.parse('{"__proto__": {"polluted": 1}}'),
      Object.create(null),
      Object.freeze({ pm25_24h: 30 }),
      { constructor: 1, toString: 2, valueOf: 3 },
      { start: '2024-01-01T01:00', values: [1, null, 3] },
      [{ time: '2024-01-01T01:00', value: 1 }, { time: '2024-01-01T01:00', value: 2 }],
      [{ year: 2014, value: 1 }],
      () => 1,
    ),
  ),
  array: fc.array(tie('any'), { maxLength: 6 }),
  object: fc.dictionary(
    fc.oneof(fc.string(), fc.constantFrom('__proto__', 'constructor', 'pm25', 'pm25_24h', 'edition', 'date', 'start', 'values', 'year', 'value')),
    tie('any'),
    { maxKeys: 5 },
  ),
})).any;

function wellFormed(result: unknown): void {
  // A result must serialise (no BigInt, no cycles) — what apps do with it.
  expect(() => JSON.stringify(result, (_k, v) => (ArrayBuffer.isView(v) ? Array.from(v as unknown as ArrayLike<number>) : v))).not.toThrow();
}

describe('fuzz: every exported function returns or throws LantianError', () => {
  it('has functions to fuzz', () => {
    expect(functions.length).toBeGreaterThan(10);
  });

  // stationPool starts worker threads when its arguments are valid (each warms up for a fraction of a second): fewer
  // runs, and each pool it makes is closed.
  const RUNS: Readonly<Record<string, number>> = { stationPool: 40 };
  for (const [name, fn] of functions) {
    // Async functions (assessStationsAsync, stationPool) must reject with a LantianError as the others throw one.
    it(name, async () => {
      await fc.assert(
        fc.asyncProperty(fc.array(value, { maxLength: 4 }), async (args) => {
          let result: unknown;
          try {
            result = await fn(...args);
          } catch (error) {
            if (!lantian.isLantianError(error)) {
              throw new Error(`${name}(${args.map((a) => typeof a).join(', ')}) threw ${(error as Error)?.name}: ${(error as Error)?.message}`);
            }
            // Random arguments can fail in many ways, so no one code is expected; the error must still be well formed.
            lantianErrorOf(error);
            return;
          }
          wellFormed(result);
          if (name === 'stationPool') await (result as lantian.StationPool).close();
        }),
        { numRuns: RUNS[name] ?? 300 },
      );
    }, name in RUNS ? 60_000 : undefined);
  }
});
