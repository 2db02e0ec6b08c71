import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { percentChange } from '../../src/index.js';

describe('percentChange', () => {
  it('reproduces the Liuzhou plan’s arithmetic where it is right (§一(二))', () => {
    // SO2 2009 → 2017: (19 − 63)/63 = −0.6984127 → "下降了69.84%".
    expect(percentChange(63, 19)).toBeCloseTo(-69.84126984126983, 12); // −4400/63 exactly (python3 fractions)
    expect(percentChange(63, 19, { decimals: 2 })).toBe(-69.84);
    // PM2.5 2013 → 2017: (45 − 70)/70 = −0.3571429 → "降低了35.71%".
    expect(percentChange(70, 45, { decimals: 2 })).toBe(-35.71);
    // O3 2014 → 2017: (127 − 155)/155 = −0.1806452 → "下降了18.06%".
    expect(percentChange(155, 127, { decimals: 2 })).toBe(-18.06);
  });

  it('pins where the plan is not right: PM10 92 → 66 is −28.26 %, not the stated −27.08 %', () => {
    // (66 − 92)/92 = −26/92 = −0.2826087.
    expect(percentChange(92, 66, { decimals: 2 })).toBe(-28.26);
  });

  it('rounds half to even on the decimal value, once, from the raw value', () => {
    // 1 → 1.00125 is +0.125 %: a tie at two decimals, to the even 0.12.
    expect(percentChange(1, 1.00125, { decimals: 2 })).toBe(0.12);
    expect(percentChange(8, 9, { decimals: 1 })).toBe(12.5);
    expect(percentChange(8, 9, { decimals: 0 })).toBe(12);
    expect(percentChange(40, 0)).toBe(-100);
    expect(Object.is(percentChange(5, 5), 0)).toBe(true);
  });

  it('obeys the laws of percentage change', () => {
    const positive = fc.double({ min: 0.001, max: 1e6, noNaN: true });
    fc.assert(
      fc.property(positive, positive, positive, (a, b, c) => {
        // Sign follows the direction; a decrease is at most −100 %.
        expect(Math.sign(percentChange(a, b))).toBe(Math.sign(b - a));
        expect(percentChange(a, b)).toBeGreaterThanOrEqual(-100);
        // Chaining: (1 + p(a,b))(1 + p(b,c)) = 1 + p(a,c).
        const chained = (1 + percentChange(a, b) / 100) * (1 + percentChange(b, c) / 100);
        expect(chained).toBeCloseTo(1 + percentChange(a, c) / 100, 6);
        // Scale-free.
        expect(percentChange(2 * a, 2 * b)).toBeCloseTo(percentChange(a, b), 6);
      }),
      { numRuns: 200 },
    );
  });

  it('rejects bad input with a code and a path', () => {
    const cases: Array<[() => unknown, string, Array<string | number>]> = [
      [() => percentChange('63' as never, 19), 'INVALID_TYPE', ['from']],
      [() => percentChange(63, Number.NaN), 'NOT_FINITE', ['to']],
      [() => percentChange(0, 19), 'OUT_OF_RANGE', ['from']],
      [() => percentChange(-1, 19), 'NEGATIVE_VALUE', ['from']],
      [() => percentChange(63, -19), 'NEGATIVE_VALUE', ['to']],
      [() => percentChange(63, 19, { decimals: 1.5 }), 'NOT_AN_INTEGER', ['options', 'decimals']],
      [() => percentChange(63, 19, { decimals: 16 }), 'OUT_OF_RANGE', ['options', 'decimals']],
      [() => percentChange(63, 19, { digits: 2 } as never), 'UNKNOWN_OPTION', ['options', 'digits']],
    ];
    for (const [call, code, path] of cases) expect(call).toThrow(expect.objectContaining({ code, path }));
  });
});
