import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { trajectory } from '../../src/index.js';

// Liuzhou PM2.5: 67 µg/m³ in the 2014 baseline, targets 43 (2018), 39 (2020), 35 (2025) (Table 1).
const LIUZHOU = { baseline: { year: 2014, value: 67 }, milestones: [{ year: 2018, value: 43 }, { year: 2020, value: 39 }, { year: 2025, value: 35 }] };

describe('trajectory', () => {
  it('runs straight segments through every milestone', () => {
    const t = trajectory(LIUZHOU);
    // 67 → 43 in 4 years: −6 a year; 43 → 39 in 2: −2; 39 → 35 in 5: −0.8.
    expect(t.points.map((p) => p.year)).toEqual([2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025]);
    const linear = t.points.map((p) => p.linear);
    [67, 61, 55, 49, 43, 41, 39, 38.2, 37.4, 36.6, 35.8, 35].forEach((v, i) => expect(linear[i]).toBeCloseTo(v, 12));
    expect(t.segments.map((s) => s.linearPerYear)).toEqual([-6, -2, -0.8]);
    expect(t.points.filter((p) => p.milestone).map((p) => p.year)).toEqual([2014, 2018, 2020, 2025]);
  });

  it('runs compound segments with the same percentage each year', () => {
    const t = trajectory(LIUZHOU);
    // Two years into a four-year segment the compound path is the geometric mean: √(67·43) = 53.6749.
    expect(t.points[2]?.compound).toBeCloseTo(Math.sqrt(67 * 43), 12);
    // (1 + r)^4 = 43/67: r = −10.4948 %.
    const r = (t.segments[0]?.compoundPercentPerYear as number) / 100;
    expect((1 + r) ** 4).toBeCloseTo(43 / 67, 14);
    // 100·((43/67)^¼ − 1) = −10.494769934120302… (mpmath at 40 digits).
    expect(t.segments[0]?.compoundPercentPerYear).toBeCloseTo(-10.494769934120303, 13);
    // Milestones are hit exactly.
    expect(t.points[4]).toEqual({ year: 2018, linear: 43, compound: 43, milestone: true });
  });

  it('has no compound path through 0', () => {
    const t = trajectory({ baseline: { year: 2020, value: 10 }, milestones: [{ year: 2022, value: 0 }] });
    expect(t.points[1]).toEqual({ year: 2021, linear: 5, compound: null, milestone: false });
    expect(t.segments[0]?.compoundPercentPerYear).toBeNull();
  });

  it('stays between the ends of each segment and is monotone within it', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 300 }), fc.integer({ min: 1, max: 300 }), fc.integer({ min: 1, max: 20 }), (a, b, years) => {
        const t = trajectory({ baseline: { year: 2000, value: a }, milestones: [{ year: 2000 + years, value: b }] });
        for (let i = 1; i < t.points.length; i++) {
          const p = t.points[i] as { linear: number; compound: number };
          const q = t.points[i - 1] as { linear: number; compound: number };
          expect(Math.sign(p.linear - q.linear)).toBe(Math.sign(b - a));
          expect(p.compound).toBeGreaterThanOrEqual(Math.min(a, b) - 1e-9);
          expect(p.compound).toBeLessThanOrEqual(Math.max(a, b) + 1e-9);
          // The compound path lies on or below the straight one (a geometric mean never exceeds the arithmetic).
          expect(p.compound).toBeLessThanOrEqual(p.linear + 1e-9);
        }
      }),
      { numRuns: 100 },
    );
  });

  it('does not mutate frozen input', () => {
    const frozen = Object.freeze({ baseline: Object.freeze({ year: 2014, value: 67 }), milestones: Object.freeze([Object.freeze({ year: 2018, value: 43 })]) });
    expect(trajectory(frozen).points).toHaveLength(5);
  });

  it('rejects bad input with a code and a path', () => {
    const cases: Array<[() => unknown, string, Array<string | number>]> = [
      [() => trajectory(undefined as never), 'INVALID_TYPE', ['input']],
      [() => trajectory({ baseline: { year: 2014, value: 67 }, milestones: [] }), 'OUT_OF_RANGE', ['input', 'milestones']],
      [() => trajectory({ baseline: { year: 2014, value: 67 }, milestones: [{ year: 2014, value: 43 }] }), 'INVALID_INPUT', ['input', 'milestones', 0, 'year']],
      [() => trajectory({ baseline: { year: 2014, value: -1 }, milestones: [{ year: 2018, value: 43 }] }), 'NEGATIVE_VALUE', ['input', 'baseline', 'value']],
      [() => trajectory({ baseline: { year: 2014, value: 67 }, milestones: [{ year: 2018.5, value: 43 }] }), 'NOT_AN_INTEGER', ['input', 'milestones', 0, 'year']],
      [() => trajectory({ baseline: { year: 1800, value: 67 }, milestones: [{ year: 2018, value: 43 }] }), 'OUT_OF_RANGE', ['input', 'baseline', 'year']],
      [() => trajectory({ ...LIUZHOU, method: 'linear' } as never), 'UNKNOWN_OPTION', ['input', 'method']],
    ];
    for (const [call, code, path] of cases) expect(call).toThrow(expect.objectContaining({ code, path }));
  });
});
