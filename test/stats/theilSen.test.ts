import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { theilSen } from '../../src/index.js';

const PMK = JSON.parse(readFileSync(new URL('../fixtures/pymannkendall-arbitrary-1d.json', import.meta.url), 'utf8')) as {
  values: Array<number | null>;
};
const points = (years: ReadonlyArray<number>, values: ReadonlyArray<number | null>) => years.map((year, i) => ({ year, value: values[i] ?? null }));

describe('theilSen (scipy.stats.theilslopes)', () => {
  // Sen (1968)'s example, used by scipy's test_theilslopes: slope 4, intercept 4 ('separate') or 6 ('joint'),
  // 93 % interval 3.71…4.38. The 21 pairwise slopes, sorted: 1, 2.5, 11/3, 26/7, 3.75, 23/6, 59/15, 63/16, 4, 4,
  // 4, 4, 69/17, 4.125, 29/7, 25/6, 46/11, 35/8, 5, 5, 6. z = Φ⁻¹(0.035) = −1.81191, σ² = 7·6·19/18 = 44.333,
  // zσ = −12.0645: the limits are the slopes at indices round((21 − 12.06)/2) − 1 = 3 and round((21 + 12.06)/2) = 17.
  const sen = points([1, 2, 3, 4, 10, 12, 18], [9, 15, 19, 20, 45, 55, 78]);

  it('reproduces Sen (1968) and scipy', () => {
    const fit = theilSen(sen, { confidence: 0.93 });
    expect(fit.slope).toBe(4);
    expect(fit.pairs).toBe(21);
    // median(y − 4x) = median(5, 7, 7, 4, 5, 7, 6) = 6.
    expect(fit.intercept).toBe(6);
    expect(fit.lowSlope).toBeCloseTo(26 / 7, 15);
    expect(fit.highSlope).toBe(35 / 8);
    // median(y) − 4·median(x) = 20 − 16 = 4.
    expect(theilSen(sen, { confidence: 0.93, intercept: 'separate' }).intercept).toBe(4);
    expect(fit.medianYear).toBe(4);
    expect(fit.valueAtMedianYear).toBe(22);
  });

  it('matches scipy on [0, 1, 1]', () => {
    // scipy: slope 0.5, intercept 0.5 ('separate') and 0.0 ('joint').
    const three = points([0, 1, 2], [0, 1, 1]);
    expect(theilSen(three)).toMatchObject({ slope: 0.5, intercept: 0 });
    expect(theilSen(three, { intercept: 'separate' }).intercept).toBe(0.5);
  });

  it('matches pymannkendall sens_slope on its test series (missing values keep their place in time)', () => {
    // tests/test_pymannkendall.py test_sens_slope: slope −0.006369426751592357, intercept (Conover:
    // median(y) − slope·median(t)) 96.15286624203821, with t the index in the full series.
    const fit = theilSen(PMK.values.map((value, i) => ({ year: i, value })), { intercept: 'separate' });
    expect(fit.missing).toBe(7);
    expect(fit.slope).toBeCloseTo(-0.006369426751592357, 16);
    expect(fit.intercept).toBeCloseTo(96.15286624203821, 11);
    expect(fit.lowSlope as number).toBeLessThan(fit.slope);
    expect(fit.highSlope as number).toBeGreaterThan(fit.slope);
  });

  it('skips pairs in the same year and handles fractional years', () => {
    const fit = theilSen(points([2014, 2014, 2015.5, 2017], [10, 12, 8, 5]));
    // Pairs with different years: (10→8)/1.5, (10→5)/3, (12→8)/1.5, (12→5)/3, (8→5)/1.5 →
    // −1.3333, −1.6667, −2.6667, −2.3333, −2: median −2.
    expect(fit.pairs).toBe(5);
    expect(fit.slope).toBe(-2);
  });

  it('rejects bad input with a code and a path', () => {
    const cases: Array<[() => unknown, string, Array<string | number>]> = [
      [() => theilSen(null as never), 'INVALID_TYPE', ['points']],
      [() => theilSen([{ year: 1, value: 'a' }] as never), 'INVALID_TYPE', ['points', 0, 'value']],
      [() => theilSen([{ year: NaN, value: 1 }]), 'NOT_FINITE', ['points', 0, 'year']],
      [() => theilSen(points([1], [1])), 'INSUFFICIENT_DATA', ['points']],
      [() => theilSen(points([1, 1, 1], [1, 2, 3])), 'INSUFFICIENT_DATA', ['points']],
      [() => theilSen(sen, { confidence: 95 }), 'INVALID_OPTION', ['options', 'confidence']],
      [() => theilSen(sen, { intercept: 'median' as never }), 'INVALID_OPTION', ['options', 'intercept']],
      [() => theilSen(sen, { alpha: 0.05 } as never), 'UNKNOWN_OPTION', ['options', 'alpha']],
      [() => theilSen(Array.from({ length: 3001 }, (_, i) => ({ year: i, value: i }))), 'SERIES_TOO_LONG', ['points']],
    ];
    for (const [call, code, path] of cases) expect(call).toThrow(expect.objectContaining({ code, path }));
  });

  it('does not mutate frozen input', () => {
    const frozen = Object.freeze(sen.map((p) => Object.freeze({ ...p })));
    expect(theilSen(frozen).slope).toBe(4);
  });

  it('recovers exact lines exactly and is invariant under the order of the points', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -20, max: 20 }),
        fc.integer({ min: -100, max: 100 }),
        fc.uniqueArray(fc.integer({ min: 1990, max: 2040 }), { minLength: 2, maxLength: 15 }),
        (b, a, years) => {
          const fit = theilSen(years.map((year) => ({ year, value: a + b * year })));
          expect(fit.slope).toBe(b);
          expect(fit.intercept).toBe(a);
          expect(fit.lowSlope).toBe(b);
          expect(fit.highSlope).toBe(b);
        },
      ),
      { numRuns: 100 },
    );
    fc.assert(
      fc.property(
        fc.array(fc.record({ year: fc.integer({ min: 2000, max: 2030 }), value: fc.integer({ min: 0, max: 200 }) }), { minLength: 3, maxLength: 12 }),
        (pts) => {
          fc.pre(new Set(pts.map((p) => p.year)).size > 1);
          const a = theilSen(pts);
          const b = theilSen([...pts].reverse());
          expect(b.slope).toBe(a.slope);
          expect(b.intercept).toBe(a.intercept);
          expect(b.lowSlope).toBe(a.lowSlope);
          expect(b.highSlope).toBe(a.highSlope);
          if (a.lowSlope !== null && a.highSlope !== null) {
            expect(a.lowSlope).toBeLessThanOrEqual(a.highSlope);
          }
        },
      ),
      { numRuns: 100 },
    );
  });
});
