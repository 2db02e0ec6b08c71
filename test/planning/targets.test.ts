import { describe, expect, it } from 'vitest';
import { PLAN_INDICATOR_INFO, isTargetMet, planTargets } from '../../src/index.js';

/** The Liuzhou plan's targets, §二(五)(六) and Table 1, as its own words give them. */
const LIUZHOU = {
  baseline: { year: 2014, values: { pm25_annual: 67, good_days_ratio: 65.8 } },
  milestones: [
    {
      term: 'near' as const,
      year: 2018,
      targets: [
        { kind: 'value' as const, indicator: 'pm25_annual' as const, year: 2018, bound: '<=' as const, value: 43, text: 'PM2.5年均浓度下降到43μg/m3以下' },
        { kind: 'value' as const, indicator: 'good_days_ratio' as const, year: 2018, bound: '>=' as const, value: 87.7, text: '优良天数比率87.7%' },
      ],
    },
    {
      term: 'mid' as const,
      year: 2020,
      targets: [
        { kind: 'value' as const, indicator: 'pm25_annual' as const, year: 2020, bound: '<=' as const, value: 39 },
        { kind: 'direction' as const, indicators: ['so2_annual' as const, 'no2_annual' as const], direction: 'decrease' as const, every: 'year' as const, year: 2020, text: 'SO2和NO2浓度逐年降低' },
        { kind: 'value' as const, indicator: 'good_days_ratio' as const, year: 2020, bound: '>=' as const, value: 88 },
      ],
    },
    {
      term: 'long' as const,
      year: 2025,
      targets: [
        { kind: 'attainment' as const, year: 2025, text: '环境空气质量六项污染物全面达标' },
        { kind: 'value' as const, indicator: 'pm25_annual' as const, year: 2025, bound: '<=' as const, value: 35 },
        { kind: 'value' as const, indicator: 'good_days_ratio' as const, year: 2025, bound: '>' as const, value: 88, text: '＞88' },
      ],
    },
  ],
};

describe('plan targets', () => {
  it('encodes the Liuzhou targets, filling full attainment with all six pollutants', () => {
    const plan = planTargets(LIUZHOU);
    const attainment = plan.milestones[2]?.targets[0];
    expect(attainment).toEqual({ kind: 'attainment', year: 2025, pollutants: ['so2', 'no2', 'co', 'o3', 'pm10', 'pm25'], text: '环境空气质量六项污染物全面达标' });
    // The 2025 PM2.5 target is the GB 3095-2012 Grade II annual limit: 35 µg/m³ (GB 3095-2012 Table 1).
    const pm = plan.milestones[2]?.targets[1];
    expect(pm).toMatchObject({ kind: 'value', indicator: 'pm25_annual', year: 2025, bound: '<=', value: 35 });
    expect(PLAN_INDICATOR_INFO.pm25_annual.limit).toEqual({ item: 'pm25', averaging: 'annual' });
  });

  it('knows which way each indicator improves and which limit it is judged by', () => {
    expect(PLAN_INDICATOR_INFO.pm25_annual).toMatchObject({ better: 'lower', unit: 'ug/m3', limit: { item: 'pm25', averaging: 'annual' } });
    expect(PLAN_INDICATOR_INFO.o3_8h_p90.limit).toEqual({ item: 'o3', averaging: '8h' });
    expect(PLAN_INDICATOR_INFO.good_days_ratio).toMatchObject({ better: 'higher', unit: '%', limit: null });
    expect(Object.isFrozen(PLAN_INDICATOR_INFO.co_24h_p95)).toBe(true);
  });

  it('judges strict and non-strict bounds', () => {
    // Published 2018: PM2.5 41 ≤ 43 and 88.5 % ≥ 87.7 %: the near-term targets were met.
    expect(isTargetMet({ bound: '<=', value: 43 }, 41)).toBe(true);
    expect(isTargetMet({ bound: '>=', value: 87.7 }, 88.5)).toBe(true);
    expect(isTargetMet({ bound: '<=', value: 43 }, 43)).toBe(true);
    expect(isTargetMet({ bound: '<', value: 43 }, 43)).toBe(false);
    // "＞88%" is not met by 88.
    expect(isTargetMet({ bound: '>', value: 88 }, 88)).toBe(false);
    expect(isTargetMet({ bound: '>', value: 88 }, 88.1)).toBe(true);
  });

  it('does not mutate frozen input', () => {
    const frozen = JSON.parse(JSON.stringify(LIUZHOU)) as typeof LIUZHOU;
    const deepFreeze = (o: unknown): void => {
      if (typeof o === 'object' && o !== null) {
        Object.freeze(o);
        for (const v of Object.values(o)) deepFreeze(v);
      }
    };
    deepFreeze(frozen);
    expect(planTargets(frozen).milestones).toHaveLength(3);
  });

  it('rejects bad plans with a code and a path', () => {
    const m0 = LIUZHOU.milestones[0] as (typeof LIUZHOU.milestones)[0];
    const cases: Array<[() => unknown, string, Array<string | number>]> = [
      [() => planTargets(null as never), 'INVALID_TYPE', ['plan']],
      [() => planTargets({ ...LIUZHOU, milestones: [] }), 'OUT_OF_RANGE', ['plan', 'milestones']],
      [() => planTargets({ ...LIUZHOU, baseline: { year: 2014.5, values: {} } }), 'NOT_AN_INTEGER', ['plan', 'baseline', 'year']],
      [() => planTargets({ ...LIUZHOU, baseline: { year: 2014, values: { pm1_annual: 3 } as never } }), 'UNKNOWN_INDICATOR', ['plan', 'baseline', 'values', 'pm1_annual']],
      [() => planTargets({ ...LIUZHOU, milestones: [...LIUZHOU.milestones].reverse() }), 'INVALID_INPUT', ['plan', 'milestones', 1, 'year']],
      [() => planTargets({ ...LIUZHOU, milestones: [{ ...m0, targets: [{ ...(m0.targets[0] as object), year: 2019 } as never] }] }), 'INVALID_INPUT', ['plan', 'milestones', 0, 'targets', 0, 'year']],
      [() => planTargets({ ...LIUZHOU, milestones: [{ ...m0, targets: [{ ...(m0.targets[0] as object), value: -1 } as never] }] }), 'NEGATIVE_VALUE', ['plan', 'milestones', 0, 'targets', 0, 'value']],
      [() => planTargets({ ...LIUZHOU, milestones: [{ ...m0, targets: [{ kind: 'wish', year: 2018 } as never] }] }), 'INVALID_INPUT', ['plan', 'milestones', 0, 'targets', 0, 'kind']],
      [() => planTargets({ ...LIUZHOU, extra: 1 } as never), 'UNKNOWN_OPTION', ['plan', 'extra']],
      [() => isTargetMet({ bound: '=<' as never, value: 43 }, 41), 'INVALID_OPTION', ['target', 'bound']],
      [() => isTargetMet({ bound: '<=', value: 43 }, Number.NaN), 'NOT_FINITE', ['value']],
      [() => isTargetMet(null as never, 41), 'INVALID_TYPE', ['target']],
    ];
    for (const [call, code, path] of cases) expect(call).toThrow(expect.objectContaining({ code, path }));
  });
});
