import { describe, expect, it } from 'vitest';
import { projectAttainment } from '../../src/index.js';
import { LIUZHOU_PM25 } from '../_helpers/liuzhou.js';

// Liuzhou PM2.5 annual means: the plan's 2013, 2014, 2016, 2017 and the published 2018, 2019.
const PM25 = LIUZHOU_PM25;

describe('projectAttainment', () => {
  it('projects Liuzhou PM2.5 to the GB 3095-2012 limit along the Theil–Sen line', () => {
    // The 15 pairwise slopes sorted: −11.5, −26/3, −22/3, −6.5, −6.25, −5.8, −5.8, −16/3, −4, −3.5, −3, −3, −2,
    // −1.5, 1; median −16/3. Sen's 95 % interval (σ² = 6·5·17/18, zσ = −10.43): indices 1 and 13 → −26/3, −1.5.
    // Pivot: median year 2016.5; median of y + (16/3)(x − 2016.5) = (49 + 51.333)/2 = 50.1667.
    // 35 is reached at 2016.5 + (50.1667 − 35)/(16/3) = 2019.34; with −26/3: 2018.25; with −1.5: 2026.61.
    const p = projectAttainment(PM25, { limit: { item: 'pm25', averaging: 'annual', edition: 'GB3095-2012' } });
    expect(p).toMatchObject({ limit: 35, limitSource: 'GB 3095-2012 Table 1', bound: '<=', n: 6, lastYear: 2019, lastValue: 38, met: false });
    expect(p.linear.perYear).toBeCloseTo(-16 / 3, 12);
    expect(p.linear.perYearLow).toBeCloseTo(-26 / 3, 12);
    expect(p.linear.perYearHigh).toBeCloseTo(-1.5, 12);
    expect(p.linear.year).toBeCloseTo(2019.34375, 9);
    expect(p.linear.earliest).toBeCloseTo(2018.25, 9);
    expect(p.linear.latest).toBeCloseTo(2016.5 + (50 + 1 / 6 - 35) / 1.5, 9);
    expect(p.linear.fittedLastYear).toBeCloseTo(50 + 1 / 6 - (16 / 3) * 2.5, 9);
  });

  it('projects to the tighter limits of GB 3095-2026 by date or stage', () => {
    const transition = projectAttainment(PM25, { limit: { item: 'pm25', averaging: 'annual', date: '2027-01-01' } });
    expect(transition.limit).toBe(30);
    // 2016.5 + (50.1667 − 30)/(16/3) = 2020.28.
    expect(transition.linear.year).toBeCloseTo(2020.28125, 9);
    const final = projectAttainment(PM25, { limit: { item: 'pm25', averaging: 'annual', edition: 'GB3095-2026', stage: 'final' } });
    expect(final.limit).toBe(25);
  });

  it('extrapolates a compound path from the logarithms', () => {
    // 80, 40, 20 halve every year: −50 % a year, 10 is reached in 2020 exactly.
    const halving = [{ year: 2017, value: 80 }, { year: 2018, value: 40 }, { year: 2019, value: 20 }];
    const p = projectAttainment(halving, { limit: 10 });
    expect(p.compound?.perYear).toBeCloseTo(-50, 12);
    expect(p.compound?.year).toBeCloseTo(2020, 12);
    expect(p.compound?.fittedLastYear).toBeCloseTo(20, 12);
    // The straight line: slopes −40, −30, −20, median −30; pivot median(50, 40, 50) = 50 at 2018; 10 at 2019.333.
    expect(p.linear.perYear).toBe(-30);
    expect(p.linear.year).toBeCloseTo(2018 + 40 / 30, 12);
  });

  it('recovers an exact line and its year without uncertainty', () => {
    const line = [{ year: 2017, value: 50 }, { year: 2018, value: 45 }, { year: 2019, value: 40 }];
    const p = projectAttainment(line, { limit: 35 });
    expect(p.linear).toMatchObject({ perYear: -5, perYearLow: -5, perYearHigh: -5, year: 2020, earliest: 2020, latest: 2020 });
  });

  it('projects a rising indicator to a floor, and says never when the trend points away', () => {
    // Good-days ratio 2014–2019 (plan, then published) to 88 %: already met in 2019.
    const good = [{ year: 2014, value: 65.8 }, { year: 2016, value: 86.3 }, { year: 2017, value: 84.4 }, { year: 2018, value: 88.5 }, { year: 2019, value: 89.6 }];
    const p = projectAttainment(good, { limit: 88, bound: '>=' });
    expect(p.met).toBe(true);
    expect(p.linear.year).toBeLessThan(2019);
    // The interval's low slope is negative: the least favourable end never reaches 88.
    expect(p.linear.perYearLow as number).toBeLessThan(0);
    expect(p.linear.latest).toBeNull();
    const rising = projectAttainment([{ year: 2017, value: 40 }, { year: 2018, value: 42 }, { year: 2019, value: 44 }], { limit: 35 });
    expect(rising.linear.year).toBeNull();
    expect(rising.compound?.year).toBeNull();
  });

  it('has no compound path with a zero value', () => {
    expect(projectAttainment([{ year: 2017, value: 2 }, { year: 2018, value: 1 }, { year: 2019, value: 0 }], { limit: 1 }).compound).toBeNull();
  });

  it('rejects bad input with a code and a path', () => {
    const limit = 35;
    const cases: Array<[() => unknown, string, Array<string | number>]> = [
      [() => projectAttainment(PM25, undefined as never), 'INVALID_TYPE', ['options']],
      [() => projectAttainment(PM25, {} as never), 'INVALID_TYPE', ['options', 'limit']],
      [() => projectAttainment(PM25, { limit: -1 }), 'NEGATIVE_VALUE', ['options', 'limit']],
      [() => projectAttainment(PM25, { limit: Number.NaN }), 'NOT_FINITE', ['options', 'limit']],
      [() => projectAttainment(PM25, { limit: { item: 'pm1' as never, averaging: 'annual' } }), 'UNKNOWN_POLLUTANT', ['options', 'limit', 'item']],
      [() => projectAttainment(PM25, { limit: { item: 'co', averaging: 'annual' } }), 'INDICATOR_NOT_IN_EDITION', ['options', 'limit', 'averaging']],
      [() => projectAttainment(PM25, { limit, bound: '==' as never }), 'INVALID_OPTION', ['options', 'bound']],
      [() => projectAttainment(PM25, { limit, confidence: 2 }), 'INVALID_OPTION', ['options', 'confidence']],
      [() => projectAttainment(PM25, { limit, years: 3 } as never), 'UNKNOWN_OPTION', ['options', 'years']],
      [() => projectAttainment(PM25.slice(0, 2), { limit }), 'INSUFFICIENT_DATA', ['points']],
      [() => projectAttainment([{ year: 2017, value: 'x' }] as never, { limit }), 'INVALID_TYPE', ['points', 0, 'value']],
    ];
    for (const [call, code, path] of cases) expect(call).toThrow(expect.objectContaining({ code, path }));
  });

  it('does not mutate frozen input', () => {
    const frozen = Object.freeze(PM25.map((p) => Object.freeze({ ...p })));
    expect(projectAttainment(frozen, Object.freeze({ limit: 35 })).n).toBe(6);
  });
});
