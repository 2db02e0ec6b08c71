import { describe, expect, it } from 'vitest';
import { targetGap } from '../../src/index.js';

// The Liuzhou plan's 2017 values (§一(二)) and Table 1 targets; the published 2018 and 2019 values
// (PM2.5 41 and 38 µg/m³, good days 88.5 % and 89.6 %).
const PM_2017 = { year: 2017, value: 45 };
const GOOD_2017 = { year: 2017, value: 84.4 };

describe('targetGap', () => {
  it('measures the PM2.5 gaps from 2017 to the 2018, 2020 and 2025 targets', () => {
    const near = targetGap({ indicator: 'pm25_annual', current: PM_2017, target: { year: 2018, value: 43 } });
    // 43 − 45 = −2, −2/45 = −4.444 %, one year.
    expect(near).toMatchObject({ direction: 'decrease', met: false, change: -2, shortfall: 2, yearsLeft: 1, annualLinear: -2 });
    // Exactly −200/45 = −40/9 = −4.444… %, for the change and, over one year, the compound rate (a root: 13 digits).
    expect(near.changePercent).toBeCloseTo(-4.444444444444445, 14);
    expect(near.annualCompoundPercent).toBeCloseTo(-4.444444444444445, 13);
    const mid = targetGap({ indicator: 'pm25_annual', current: PM_2017, target: { year: 2020, value: 39 } });
    // −6 in 3 years: −2 a year; compound (1 + r)³ = 39/45 → r = −4.658 %.
    expect(mid).toMatchObject({ change: -6, yearsLeft: 3, annualLinear: -2 });
    expect((1 + (mid.annualCompoundPercent as number) / 100) ** 3).toBeCloseTo(39 / 45, 14);
    const long = targetGap({ indicator: 'pm25_annual', current: PM_2017, target: { year: 2025, value: 35 } });
    // −10 in 8 years: −1.25 a year; −22.22 %.
    expect(long).toMatchObject({ change: -10, yearsLeft: 8, annualLinear: -1.25 });
    // Exactly −1000/45 = −200/9 = −22.222… %.
    expect(long.changePercent).toBeCloseTo(-22.22222222222222, 13);
    expect(long.shortfallPercent).toBeCloseTo(22.22222222222222, 13);
  });

  it('takes the direction from the bound: the good-days ratio must rise', () => {
    const g = targetGap({ indicator: 'good_days_ratio', current: GOOD_2017, target: { year: 2020, value: 88 } });
    // 88 − 84.4 = +3.6 points in 3 years: +1.2 a year.
    expect(g.direction).toBe('increase');
    expect(g.target.bound).toBe('>=');
    expect(g.change).toBeCloseTo(3.6, 12);
    expect(g.annualLinear).toBeCloseTo(1.2, 12);
    expect(g.met).toBe(false);
    // Without an indicator or a bound the default is a ceiling ('<='): 84.4 ≤ 88 is "met".
    expect(targetGap({ current: GOOD_2017, target: { year: 2020, value: 88 } }).met).toBe(true);
  });

  it('says the 2018 targets were met by the published 2018 values', () => {
    const pm = targetGap({ indicator: 'pm25_annual', current: { year: 2018, value: 41 }, target: { year: 2018, value: 43 } });
    expect(pm).toMatchObject({ met: true, shortfall: 0, change: 2, yearsLeft: 0, annualLinear: null, annualCompoundPercent: null });
    const good = targetGap({ indicator: 'good_days_ratio', current: { year: 2018, value: 88.5 }, target: { year: 2018, value: 87.7 } });
    expect(good.met).toBe(true);
  });

  it('treats a strict bound strictly: "＞88%" is not met by 88', () => {
    const g = targetGap({ indicator: 'good_days_ratio', current: { year: 2025, value: 88 }, target: { year: 2025, value: 88, bound: '>' } });
    expect(g.met).toBe(false);
    expect(g.shortfall).toBe(0);
  });

  it('checks 2018 and 2019 against the straight and compound paths from 2017 to the 2020 target', () => {
    const gap = targetGap({
      indicator: 'pm25_annual',
      current: PM_2017,
      target: { year: 2020, value: 39 },
      actuals: [{ year: 2019, value: 38 }, { year: 2018, value: 41 }],
    });
    // Straight path 45 → 39: 43 in 2018, 41 in 2019. Compound: 45·(39/45)^(1/3) = 42.904, 45·(39/45)^(2/3) = 40.905.
    expect(gap.track?.years.map((y) => y.year)).toEqual([2018, 2019]);
    expect(gap.track?.years[0]).toMatchObject({ actual: 41, linear: 43, onTrackLinear: true, onTrackCompound: true });
    expect(gap.track?.years[0]?.compound).toBeCloseTo(45 * (39 / 45) ** (1 / 3), 12);
    expect(gap.track?.latest).toMatchObject({ year: 2019, actual: 38, linear: 41, onTrackLinear: true, onTrackCompound: true });
    // A 2019 value of 42 would be off both paths.
    const off = targetGap({ current: PM_2017, target: { year: 2020, value: 39 }, actuals: [{ year: 2019, value: 42 }] });
    expect(off.track?.latest).toMatchObject({ onTrackLinear: false, onTrackCompound: false });
    // Between the two: 41.0 is on the straight path (41) but above the compound one (40.9).
    const between = targetGap({ current: PM_2017, target: { year: 2020, value: 39 }, actuals: [{ year: 2019, value: 41 }] });
    expect(between.track?.latest).toMatchObject({ onTrackLinear: true, onTrackCompound: false });
  });

  it('starts the paths at the baseline when one is given', () => {
    const gap = targetGap({
      indicator: 'pm25_annual',
      baseline: { year: 2014, value: 67 },
      current: PM_2017,
      target: { year: 2020, value: 39 },
      actuals: [{ year: 2018, value: 41 }],
    });
    // 67 → 39 over 6 years: 67 − 28·4/6 = 48.333 in 2018.
    expect(gap.track?.from).toEqual({ year: 2014, value: 67 });
    // Exactly 67 − 112/6 = 145/3 = 48.333….
    expect(gap.track?.latest.linear).toBeCloseTo(48.333333333333336, 13);
    expect(gap.annualLinear).toBe(-2);
  });

  it('does not mutate frozen input', () => {
    const input = Object.freeze({ current: Object.freeze({ ...PM_2017 }), target: Object.freeze({ year: 2020, value: 39 }), actuals: Object.freeze([Object.freeze({ year: 2019, value: 38 })]) });
    expect(targetGap(input).track?.latest.year).toBe(2019);
  });

  it('rejects bad input with a code and a path', () => {
    const target = { year: 2020, value: 39 };
    const cases: Array<[() => unknown, string, Array<string | number>]> = [
      [() => targetGap(null as never), 'INVALID_TYPE', ['input']],
      [() => targetGap({ current: PM_2017 } as never), 'INVALID_TYPE', ['input', 'target']],
      [() => targetGap({ current: PM_2017, target: { year: 2016, value: 39 } }), 'INVALID_INPUT', ['input', 'target', 'year']],
      [() => targetGap({ current: PM_2017, target, baseline: { year: 2018, value: 1 } }), 'INVALID_INPUT', ['input', 'baseline', 'year']],
      [() => targetGap({ current: PM_2017, target, actuals: [{ year: 2021, value: 30 }] }), 'OUT_OF_RANGE', ['input', 'actuals', 0, 'year']],
      [() => targetGap({ current: PM_2017, target, actuals: [{ year: 2017, value: 30 }] }), 'OUT_OF_RANGE', ['input', 'actuals', 0, 'year']],
      [() => targetGap({ current: PM_2017, target, actuals: [{ year: 2018, value: 30 }, { year: 2018, value: 31 }] }), 'DUPLICATE_TIMESTAMP', ['input', 'actuals', 1, 'year']],
      [() => targetGap({ current: { year: 2017, value: -45 }, target }), 'NEGATIVE_VALUE', ['input', 'current', 'value']],
      [() => targetGap({ current: PM_2017, target: { ...target, bound: '=<' as never } }), 'INVALID_INPUT', ['input', 'target', 'bound']],
      [() => targetGap({ indicator: 'pm1_annual' as never, current: PM_2017, target }), 'INVALID_INPUT', ['input', 'indicator']],
      [() => targetGap({ current: PM_2017, target, tolerance: 1 } as never), 'UNKNOWN_OPTION', ['input', 'tolerance']],
    ];
    for (const [call, code, path] of cases) expect(call).toThrow(expect.objectContaining({ code, path }));
  });
});
