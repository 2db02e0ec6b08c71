import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { averageRanks, select } from '../../src/_lib/points.js';

describe('order statistics and ranks', () => {
  it('selects the k-th smallest value like a sort does, ties included', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -5, max: 5 }), { minLength: 1, maxLength: 60 }), fc.nat(), (values, k0) => {
        const k = k0 % values.length;
        const sorted = [...values].sort((a, b) => a - b);
        expect(select(Float64Array.from(values), k)).toBe(sorted[k]);
      }),
      { numRuns: 300 },
    );
  });

  it('stays fast on long runs of equal values', () => {
    const equal = new Float64Array(2_000_000).fill(4);
    expect(select(equal, 1_000_000)).toBe(4);
  });

  it('gives tied values the mean of their ranks', () => {
    // 10, 20, 20, 30: ranks 1, 2.5, 2.5, 4; one group of two.
    const { ranks, ties } = averageRanks(Float64Array.from([20, 10, 30, 20]));
    expect(Array.from(ranks)).toEqual([2.5, 1, 4, 2.5]);
    expect(ties).toEqual([2]);
  });
});
