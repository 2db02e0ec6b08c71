import { describe, expect, it } from 'vitest';
import { trajectory, trendSpec, TREND_SERIES } from '../../src/index.js';
import { codeOf } from '../_helpers/errors.js';
import { LIUZHOU_PM25 } from '../_helpers/liuzhou.js';

const of = (spec: ReturnType<typeof trendSpec>, label: string) => spec.data.values.filter((d) => d.series === label);

describe('trendSpec', () => {
  it("draws the Theil–Sen line over the observed years (Liuzhou PM2.5 2013–2019, slopes worked by hand)", () => {
    const spec = trendSpec(LIUZHOU_PM25, { valueTitle: 'PM₂.₅ (µg/m³)' });
    // The 15 pairwise slopes of (2013,70) (2014,67) (2016,44) (2017,45) (2018,41) (2019,38), sorted:
    // −11.5, −8.67, −7.33, −6.5, −6.25, −5.8, −5.8, −5.33, −4, −3.5, −3, −3, −2, −1.5, 1 → median −5.33 (= −16/3).
    // Intercept (joint): median of y + 16/3·x = 10806, 10808.33, 10796, 10802.33, 10803.67, 10806 → 10804.83.
    const line = of(spec, TREND_SERIES.trend.label);
    expect(line.map((d) => d.year)).toEqual([2013, 2019]);
    expect(line[0]?.value).toBeCloseTo(68.8333, 3); // 10804.83 − 10736
    expect(line[1]?.value).toBeCloseTo(36.8333, 3); // 68.83 − 6 × 16/3
    expect(of(spec, TREND_SERIES.observed.label)).toHaveLength(6);
    expect(of(spec, TREND_SERIES.target.label)).toEqual([]);
    expect(spec.encoding.color.scale.domain).toEqual([TREND_SERIES.observed.label, TREND_SERIES.trend.label]);
    expect(spec.encoding.y.title).toBe('PM₂.₅ (µg/m³)');
  });

  it("draws a plan's trajectory, milestones marked, on either path", () => {
    const t = trajectory({ baseline: { year: 2014, value: 67 }, milestones: [{ year: 2018, value: 43 }, { year: 2020, value: 39 }] });
    const linear = of(trendSpec(LIUZHOU_PM25, { target: t }), TREND_SERIES.target.label);
    // 67 → 43 in four equal steps of 6, then 43 → 39 in two steps of 2.
    expect(linear.map((d) => [d.year, d.value, d.milestone])).toEqual([
      [2014, 67, true],
      [2015, 61, false],
      [2016, 55, false],
      [2017, 49, false],
      [2018, 43, true],
      [2019, 41, false],
      [2020, 39, true],
    ]);
    const compound = of(trendSpec(LIUZHOU_PM25, { target: t, targetPath: 'compound', title: 'PM2.5' }), TREND_SERIES.target.label);
    // (43/67)^(1/4) × 67 = 59.9685…
    expect(compound[1]?.value).toBeCloseTo(59.9685, 4);
    const milestones = of(trendSpec(LIUZHOU_PM25, { target: [{ year: 2020, value: 35 }] }), TREND_SERIES.target.label);
    expect(milestones).toEqual([{ year: 2020, value: 35, series: TREND_SERIES.target.label, milestone: true }]);
  });

  it('leaves missing values as gaps and fits the rest', () => {
    const spec = trendSpec([{ year: 2015, value: 10 }, { year: 2016, value: null }, { year: 2017, value: 6 }]);
    expect(of(spec, TREND_SERIES.observed.label)[1]?.value).toBeNull();
    expect(of(spec, TREND_SERIES.trend.label).map((d) => d.value)).toEqual([10, 6]);
    expect(spec.title.subtitle).toBe('Theil–Sen: -2 per year (95 % interval -2 … -2)');
  });

  it('rejects bad input with a code and a path', () => {
    expect(codeOf(() => trendSpec({} as never))).toEqual(['INVALID_TYPE', ['points']]);
    expect(codeOf(() => trendSpec([null as never]))).toEqual(['INVALID_TYPE', ['points', 0]]);
    expect(codeOf(() => trendSpec([{ year: Infinity, value: 1 }]))).toEqual(['NOT_FINITE', ['points', 0, 'year']]);
    expect(codeOf(() => trendSpec([{ year: 2015, value: 1 }])))?.toEqual(['INSUFFICIENT_DATA', ['points']]);
    const two = [{ year: 2015, value: 1 }, { year: 2016, value: 2 }];
    expect(codeOf(() => trendSpec(two, { target: 3 as never }))).toEqual(['INVALID_TYPE', ['options', 'target']]);
    expect(codeOf(() => trendSpec(two, { target: [{ year: 2020, value: null as never }] }))).toEqual(['INVALID_TYPE', ['options', 'target', 0, 'value']]);
    expect(codeOf(() => trendSpec(two, { target: { points: [{ year: 'x' }] } as never }))).toEqual(['INVALID_TYPE', ['options', 'target', 'points', 0, 'year']]);
    expect(codeOf(() => trendSpec(two, { targetPath: 'log' as never }))).toEqual(['INVALID_OPTION', ['options', 'targetPath']]);
    expect(codeOf(() => trendSpec(two, { valueTitle: '' }))).toEqual(['INVALID_OPTION', ['options', 'valueTitle']]);
  });
});
