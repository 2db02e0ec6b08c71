import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { percentile } from '../../src/index.js';

/**
 * An independent percentile in exact rational arithmetic (BigInt), written from the text of HJ 663-2013 Annex A
 * rather than from the code under test: values are hundredths, p is tenths of a percent; k = 1 + (n − 1)·p/100,
 * s = ⌊k⌋, m = X(s) + (X(s+1) − X(s))·(k − s).
 */
function exactPercentile(hundredths: ReadonlyArray<number>, pTenths: number): number {
  const xs = hundredths.map(BigInt).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const n = BigInt(xs.length);
  // k − 1 = (n − 1)·pTenths / 1000, as the fraction num/1000.
  const num = (n - 1n) * BigInt(pTenths);
  const s = num / 1000n; // 0-based index of X(s)
  const rem = num % 1000n;
  const lo = xs[Number(s)] as bigint;
  if (Number(s) >= xs.length - 1) return Number(lo) / 100;
  const hi = xs[Number(s) + 1] as bigint;
  // m = lo + (hi − lo)·rem/1000, in hundredths, as the fraction (lo·1000 + (hi − lo)·rem) / 1000.
  const numerator = lo * 1000n + (hi - lo) * rem;
  return Number(numerator) / 100_000;
}

describe('percentile (HJ 663-2013 Annex A; Hyndman & Fan type 7)', () => {
  it('reproduces the worked example of HJ 663: {3, 4, 8, 2, 5, 4} at 90 is 6.5', () => {
    // Sorted 2, 3, 4, 4, 5, 8; k = 1 + (6 − 1) × 90/100 = 5.5; s = 5; X(5) = 5, X(6) = 8; 5 + (8 − 5) × 0.5 = 6.5.
    expect(percentile([3, 4, 8, 2, 5, 4], 90)).toBe(6.5);
  });

  it("agrees with numpy's default percentile (method 'linear', numpy 2.4.6)", () => {
    // Expected values printed by `float(np.percentile(np.array(values, dtype=float), p))` with numpy 2.4.6, run on
    // the development machine (/root/.pyenv/versions/3.11.7/bin/python3 has numpy although PyPI is unreachable).
    const cases: Array<[number[], number, number]> = [
      [[3, 4, 8, 2, 5, 4], 0, 2],
      [[3, 4, 8, 2, 5, 4], 10, 2.5],
      [[3, 4, 8, 2, 5, 4], 25, 3.25],
      [[3, 4, 8, 2, 5, 4], 50, 4],
      [[3, 4, 8, 2, 5, 4], 75, 4.75],
      [[3, 4, 8, 2, 5, 4], 95, 7.25],
      [[3, 4, 8, 2, 5, 4], 98, 7.700000000000001],
      [[3, 4, 8, 2, 5, 4], 100, 8],
      [[15, 20, 35, 40, 50], 5, 16],
      [[15, 20, 35, 40, 50], 30, 23],
      [[15, 20, 35, 40, 50], 40, 29],
      [[15, 20, 35, 40, 50], 95, 48],
      [[15, 20, 35, 40, 50], 98, 49.2],
      [[0.8, 0.9, 1.1, 1.3, 0.7, 2.4, 1.0], 90, 1.7400000000000004],
      [[0.8, 0.9, 1.1, 1.3, 0.7, 2.4, 1.0], 95, 2.0699999999999994],
      [[0.8, 0.9, 1.1, 1.3, 0.7, 2.4, 1.0], 98, 2.268],
      [[7], 0, 7],
      [[7], 95, 7],
      [[1, 2], 33.3, 1.333],
      [[1, 2], 99.9, 1.999],
    ];
    for (const [values, p, expected] of cases) expect(percentile(values, p)).toBeCloseTo(expected, 12);
    // A year of 365 values: ((i·37) mod 101) + (i mod 7)/2, i = 0…364.
    const year = Array.from({ length: 365 }, (_, i) => ((i * 37) % 101) + (i % 7) * 0.5);
    expect(percentile(year, 90)).toBeCloseTo(91.9, 10);
    expect(percentile(year, 95)).toBeCloseTo(96.8, 10);
    expect(percentile(year, 98)).toBeCloseTo(100.5, 10);
  });

  it('agrees with an exact rational implementation (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 100_000 }), { minLength: 1, maxLength: 400 }),
        fc.integer({ min: 0, max: 1000 }),
        (hundredths, pTenths) => {
          const expected = exactPercentile(hundredths, pTenths);
          const actual = percentile(
            hundredths.map((h) => h / 100),
            pTenths / 10,
          );
          expect(Math.abs(actual - expected)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(expected)));
        },
      ),
    );
  });

  it('skips missing values, in arrays and in Float64Arrays alike', () => {
    expect(percentile([null, 3, Number.NaN, 4, 8, 2, null, 5, 4], 90)).toBe(6.5);
    expect(percentile(new Float64Array([3, Number.NaN, 4, 8, 2, 5, 4]), 90)).toBe(6.5);
    // eslint-disable-next-line no-sparse-arrays
    expect(percentile([, 1, , 3] as Array<number | null>, 50)).toBe(2);
  });

  it('handles the edges: one value, p = 0 and p = 100', () => {
    expect(percentile([42], 0)).toBe(42);
    expect(percentile([42], 100)).toBe(42);
    expect(percentile([5, 1, 9], 0)).toBe(1);
    expect(percentile([5, 1, 9], 100)).toBe(9);
    expect(percentile([2, 2, 2, 2], 37.5)).toBe(2);
  });

  it('lies between min and max and never decreases in p (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.option(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { nil: null }), { maxLength: 200 }),
        fc.double({ min: 0, max: 100, noNaN: true }),
        fc.double({ min: 0, max: 100, noNaN: true }),
        (values, p1, p2) => {
          const valid = values.filter((v): v is number => v !== null);
          fc.pre(valid.length > 0);
          const [lo, hi] = p1 <= p2 ? [p1, p2] : [p2, p1];
          const a = percentile(values, lo);
          const b = percentile(values, hi);
          expect(a).toBeGreaterThanOrEqual(Math.min(...valid));
          expect(b).toBeLessThanOrEqual(Math.max(...valid));
          expect(a).toBeLessThanOrEqual(b);
        },
      ),
    );
  });

  it('does not depend on the order or the representation of the values (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 500 }), { minLength: 1, maxLength: 100 }), fc.integer({ min: 0, max: 100 }), (values, p) => {
        const expected = percentile(values, p);
        expect(percentile([...values].reverse(), p)).toBe(expected);
        expect(percentile(new Float64Array(values), p)).toBe(expected);
      }),
    );
  });

  it('never mutates its input', () => {
    const frozen = Object.freeze([5, 1, null, 3]);
    expect(percentile(frozen, 50)).toBe(3);
    expect(frozen).toEqual([5, 1, null, 3]);
    const typed = new Float64Array([5, 1, Number.NaN, 3]);
    percentile(typed, 50);
    expect(Array.from(typed)).toEqual([5, 1, Number.NaN, 3]);
  });

  it('rejects bad input with a LantianError', () => {
    const cases: Array<[() => unknown, string, Array<string | number>]> = [
      [() => percentile([], 50), 'EMPTY_INPUT', ['values']],
      [() => percentile([null, Number.NaN], 50), 'EMPTY_INPUT', ['values']],
      [() => percentile([1, 2], -1), 'OUT_OF_RANGE', ['p']],
      [() => percentile([1, 2], 100.5), 'OUT_OF_RANGE', ['p']],
      [() => percentile([1, 2], Number.NaN), 'NOT_FINITE', ['p']],
      [() => percentile([1, 2], '90' as unknown as number), 'INVALID_TYPE', ['p']],
      [() => percentile('1,2' as unknown as number[], 90), 'INVALID_TYPE', ['values']],
      [() => percentile([1, '2'] as unknown as number[], 90), 'INVALID_TYPE', ['values', 1]],
      [() => percentile([1, Infinity], 90), 'NOT_FINITE', ['values', 1]],
      [() => percentile(new Float64Array([1, -Infinity]), 90), 'NOT_FINITE', ['values', 1]],
    ];
    for (const [call, code, path] of cases) {
      expect(call).toThrow(expect.objectContaining({ name: 'LantianError', code, path }));
    }
  });
});
