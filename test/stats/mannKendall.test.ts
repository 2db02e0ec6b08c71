import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mannKendall } from '../../src/index.js';

/** pyMannKendall's own test series (monthly rainfall, 360 values, 7 missing) and the results its tests pin. */
const PMK = JSON.parse(readFileSync(new URL('../fixtures/pymannkendall-arbitrary-1d.json', import.meta.url), 'utf8')) as {
  values: Array<number | null>;
};

describe('mannKendall (pymannkendall original_test)', () => {
  it('reproduces pymannkendall on its own test series', () => {
    // tests/test_pymannkendall.py, test_original_test, "arbitrary data" (results compared there with the R
    // packages modifiedmk, fume, rkt and trend).
    const mk = mannKendall(PMK.values);
    expect(mk.n).toBe(353);
    expect(mk.missing).toBe(7);
    expect(mk.S).toBe(-1959);
    expect(mk.varS).toBeCloseTo(4889800.333333333, 8);
    expect(mk.Z).toBeCloseTo(-0.8854562842589916, 14);
    expect(mk.p).toBeCloseTo(0.37591058740506833, 14);
    expect(mk.tau).toBeCloseTo(-0.03153167653875869, 15);
    expect(mk.significant).toBe(false);
    expect(mk.direction).toBe('decreasing');
  });

  it('matches pymannkendall on constant and strictly rising series', () => {
    // NoTrendData: p = 1, z = 0, s = 0, var_s = 0. TrendData (0…359): s = 64620 = 360·359/2, Tau = 1.
    expect(mannKendall(Array(360).fill(7))).toMatchObject({ S: 0, varS: 0, Z: 0, p: 1, tau: 0, direction: 'none' });
    const rising = mannKendall(Array.from({ length: 360 }, (_, i) => i));
    expect(rising).toMatchObject({ S: 64620, tau: 1, significant: true, direction: 'increasing' });
    expect(rising.p).toBeLessThan(1e-100);
  });

  it('works the Liuzhou good-days ratios by hand', () => {
    // 65.8, 86.3, 84.4, 88.5, 89.6: +4 (65.8), +1 (86.3: −1 +1 +1), +2 (84.4), +1 (88.5): S = 8.
    // Var(S) = 5·4·15/18 = 16.667; Z = (8 − 1)/√16.667 = 1.71464; p = 2·P(Z ≥ 1.71464) = 0.08641.
    const mk = mannKendall([65.8, 86.3, 84.4, 88.5, 89.6]);
    expect(mk.S).toBe(8);
    expect(mk.varS).toBeCloseTo(300 / 18, 12);
    expect(mk.Z).toBeCloseTo(7 / Math.sqrt(300 / 18), 14);
    // Exactly 2·Φ(−7/√(300/18)) = 0.0864107329737000… (mpmath ncdf at 40 digits).
    expect(mk.p).toBeCloseTo(0.08641073297370003, 14);
    expect(mk.significant).toBe(false);
  });

  it('corrects the variance for ties', () => {
    // 1, 2, 2, 3: S = 5 (one tied pair); Var = (4·3·13 − 2·1·9)/18 = 138/18; Z = 4/√(138/18) = 1.44463.
    const mk = mannKendall([1, 2, 2, 3]);
    expect(mk.S).toBe(5);
    expect(mk.ties).toEqual([2]);
    expect(mk.varS).toBeCloseTo(138 / 18, 12);
    expect(mk.Z).toBeCloseTo(4 / Math.sqrt(138 / 18), 14);
    // Decreasing S uses the +1 continuity correction.
    expect(mannKendall([3, 2, 2, 1]).Z).toBeCloseTo(-4 / Math.sqrt(138 / 18), 14);
  });

  it('accepts a Float64Array and takes alpha', () => {
    const values = new Float64Array([65.8, 86.3, 84.4, 88.5, 89.6]);
    expect(mannKendall(values, { alpha: 0.1 }).significant).toBe(true);
    expect(mannKendall(Object.freeze([3, 2, 1])).S).toBe(-3);
  });

  it('rejects bad input with a code and a path', () => {
    const cases: Array<[() => unknown, string, Array<string | number>]> = [
      [() => mannKendall(3 as never), 'INVALID_TYPE', ['values']],
      [() => mannKendall([1, '2', 3] as never), 'INVALID_TYPE', ['values', 1]],
      [() => mannKendall([1, -Infinity, 3]), 'NOT_FINITE', ['values', 1]],
      [() => mannKendall([1, null, 3]), 'INSUFFICIENT_DATA', ['values']],
      [() => mannKendall(new Array(10_001).fill(1)), 'SERIES_TOO_LONG', ['values']],
      [() => mannKendall([1, 2, 3], { alpha: 1 }), 'INVALID_OPTION', ['options', 'alpha']],
      [() => mannKendall([1, 2, 3], { level: 1 } as never), 'UNKNOWN_OPTION', ['options', 'level']],
    ];
    for (const [call, code, path] of cases) expect(call).toThrow(expect.objectContaining({ code, path }));
  });

  it('is antisymmetric under reversal and keeps Var(S) and p under it', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -5, max: 5 }), { minLength: 3, maxLength: 40 }), (values) => {
        const a = mannKendall(values);
        const b = mannKendall([...values].reverse());
        expect(b.S + a.S).toBe(0);
        expect(b.varS).toBe(a.varS);
        expect(b.p).toBeCloseTo(a.p, 14);
        expect(a.p).toBeGreaterThanOrEqual(0);
        expect(a.p).toBeLessThanOrEqual(1);
      }),
      { numRuns: 200 },
    );
  });
});
