import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { goodDaysRatio } from '../../src/index.js';

const days = (good: number, polluted: number, missing = 0) => [
  ...Array<number>(good).fill(75),
  ...Array<number>(polluted).fill(120),
  ...Array<null>(missing).fill(null),
];

describe('goodDaysRatio (good days over valid days, STANDARDS.md §3)', () => {
  it('reproduces the published ratios of Liuzhou', () => {
    // 2017 (plan §一(二)): 308 good days, 57 polluted: 308/365 = 84.38 % → 84.4 %.
    expect(goodDaysRatio(days(308, 57)).goodDaysRatio).toBe(84.4);
    // 2019 (柳州晚报, 2020-04-17): 327 good days, 89.6 %: 327/365 = 89.59 %.
    expect(goodDaysRatio(days(327, 38)).goodDaysRatio).toBe(89.6);
    // 2018: 322 good days published as 88.5 %: it follows over 364 valid days (322/364 = 88.46 %), not 365 (88.2 %).
    expect(goodDaysRatio(days(322, 42, 1)).goodDaysRatio).toBe(88.5);
    expect(goodDaysRatio(days(322, 43)).goodDaysRatio).toBe(88.2);
  });

  it('divides by valid days, not calendar days', () => {
    // 2014 (plan): 240 good and 123 polluted days = 363 valid days. 240/363 = 66.12 %; the plan prints 65.8 %,
    // which is 240/365 — the ratio over calendar days.
    const r = goodDaysRatio(days(240, 123, 2));
    expect(r.validDays).toBe(363);
    expect(r.missingDays).toBe(2);
    expect(r.goodDaysRatio).toBe(66.1);
  });

  it('counts categories and heavy days', () => {
    const r = goodDaysRatio([0, 50, 51, 100, 101, 150, 151, 200, 201, 300, 301, 500, null, Number.NaN]);
    expect(r.byLevel).toEqual([2, 2, 2, 2, 2, 2]);
    expect(r.goodDays).toBe(4);
    expect(r.heavyDays).toBe(4);
    expect(r.validDays).toBe(12);
    expect(r.days).toBe(14);
  });

  it('gives no ratio without valid days', () => {
    expect(goodDaysRatio([null, null])).toMatchObject({ goodDaysRatio: null, goodDaysRatioRaw: null, validDays: 0 });
    expect(goodDaysRatio([]).goodDaysRatio).toBeNull();
  });

  it('keeps counts consistent (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.option(fc.integer({ min: 0, max: 600 }), { nil: null }), { maxLength: 400 }), (aqi) => {
        const r = goodDaysRatio(Object.freeze(aqi));
        expect(r.byLevel.reduce((a, b) => a + b, 0)).toBe(r.validDays);
        expect(r.validDays + r.missingDays).toBe(r.days);
        expect(r.byLevel[0] + r.byLevel[1]).toBe(r.goodDays);
        expect(r.byLevel[4] + r.byLevel[5]).toBe(r.heavyDays);
        if (r.goodDaysRatio !== null) expect(r.goodDaysRatio).toBeGreaterThanOrEqual(0);
        if (r.goodDaysRatio !== null) expect(r.goodDaysRatio).toBeLessThanOrEqual(100);
      }),
    );
  });

  it('rejects what is not a daily AQI', () => {
    const cases: Array<[() => unknown, string, Array<string | number>]> = [
      [() => goodDaysRatio('80,90' as never), 'INVALID_TYPE', ['dailyAqi']],
      [() => goodDaysRatio([80, '90'] as never), 'INVALID_TYPE', ['dailyAqi', 1]],
      [() => goodDaysRatio([80, 90.5]), 'NOT_AN_INTEGER', ['dailyAqi', 1]],
      [() => goodDaysRatio([-1]), 'NEGATIVE_VALUE', ['dailyAqi', 0]],
      [() => goodDaysRatio([Infinity]), 'NOT_FINITE', ['dailyAqi', 0]],
    ];
    for (const [call, code, path] of cases) expect(call).toThrow(expect.objectContaining({ code, path }));
  });
});
