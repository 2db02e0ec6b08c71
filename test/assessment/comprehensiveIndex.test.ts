import { describe, expect, it } from 'vitest';
import { comprehensiveIndex } from '../../src/index.js';

// Liuzhou 2017 as the plan quotes it (§一(二)): SO2 19, NO2 26, PM10 66, PM2.5 45 µg/m³, CO 1.5 mg/m³, O3 127 µg/m³.
const LIUZHOU_2017 = { so2: 19, no2: 26, pm10: 66, pm25: 45, co: 1.5, o3: 127 };

describe('comprehensiveIndex (STANDARDS.md §3)', () => {
  it('sums the six single indices over the Grade II limits of GB 3095-2012', () => {
    // 19/60 + 26/40 + 66/70 + 45/35 + 1.5/4 + 127/160
    // = 0.31667 + 0.65 + 0.94286 + 1.28571 + 0.375 + 0.79375 = 4.36399
    const ci = comprehensiveIndex(LIUZHOU_2017, { edition: 'GB3095-2012' });
    // Exactly 14663/3360 = 4.363988095238095… (python3 fractions) → 4.36.
    expect(ci.totalRaw).toBeCloseTo(4.363988095238095, 14);
    expect(ci.total).toBe(4.36);
    // 45/35 = 1.2857142857… → 1.29.
    expect(ci.items.pm25).toEqual({ value: 45, limit: 35, index: 1.29, indexRaw: 1.2857142857142858, weight: 1 });
    expect(ci.items.co.limit).toBe(4);
    expect(ci.items.o3.limit).toBe(160);
    expect(ci.largest).toEqual(['pm25']);
  });

  it('uses the limits of the edition and stage in force', () => {
    // GB 3095-2026 transition: PM10 66/60 = 1.1 and PM2.5 45/30 = 1.5 → 0.31667 + 0.65 + 1.1 + 1.5 + 0.375 + 0.79375 = 4.73542.
    // Exactly 2273/480 = 4.7354166….
    expect(comprehensiveIndex(LIUZHOU_2017, { date: '2027-01-01' }).total).toBe(4.74);
    // Final: SO2 19/20, NO2 26/30, PM10 66/50, PM2.5 45/25 → 0.95 + 0.86667 + 1.32 + 1.8 + 0.375 + 0.79375 = 6.10542.
    const final = comprehensiveIndex(LIUZHOU_2017, { date: '2031-01-01' });
    // Exactly 14653/2400 = 6.1054166….
    expect(final.totalRaw).toBeCloseTo(6.105416666666667, 14);
    expect(final.total).toBe(6.11);
    expect(final.stage).toBe('final');
  });

  it('offers the 3/2/2 weighted variant (UNCONFIRMED)', () => {
    // 0.31667 + 2·0.65 + 0.94286 + 3·1.28571 + 0.375 + 2·0.79375 = 8.37917
    // Exactly 2011/240 = 8.3791666….
    const weighted = comprehensiveIndex(LIUZHOU_2017, { edition: 'GB3095-2012', weighting: 'weighted' });
    expect(weighted.totalRaw).toBeCloseTo(8.379166666666666, 14);
    expect(weighted.total).toBe(8.38);
  });

  it('lists tied largest indices', () => {
    // NO2 40/40 = 1 and PM10 70/70 = 1.
    expect(comprehensiveIndex({ so2: 6, no2: 40, pm10: 70, pm25: 10, co: 1, o3: 100 }, { edition: 'GB3095-2012' }).largest).toEqual(['no2', 'pm10']);
  });

  it('needs all six values and valid options', () => {
    const { o3: _, ...five } = LIUZHOU_2017;
    const cases: Array<[() => unknown, string, Array<string | number>]> = [
      [() => comprehensiveIndex(five as never), 'INVALID_TYPE', ['values', 'o3']],
      [() => comprehensiveIndex({ ...LIUZHOU_2017, pm1: 3 } as never), 'UNKNOWN_POLLUTANT', ['values', 'pm1']],
      [() => comprehensiveIndex({ ...LIUZHOU_2017, so2: -1 }), 'NEGATIVE_VALUE', ['values', 'so2']],
      [() => comprehensiveIndex({ ...LIUZHOU_2017, so2: Number.NaN }), 'NOT_FINITE', ['values', 'so2']],
      [() => comprehensiveIndex(LIUZHOU_2017, { weighting: '322' as never }), 'INVALID_OPTION', ['options', 'weighting']],
      [() => comprehensiveIndex(null as never), 'INVALID_TYPE', ['values']],
    ];
    for (const [call, code, path] of cases) expect(call).toThrow(expect.objectContaining({ code, path }));
  });
});
