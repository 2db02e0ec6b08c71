import { describe, expect, it } from 'vitest';
import { assessDay } from '../../src/index.js';

describe('assessDay', () => {
  const day = { so2_24h: 12, no2_24h: 85, co_24h: 1.1, o3_8h: 150, pm10_24h: 130, pm25_24h: 80 };

  it('judges each daily value against GB 3095-2012 Grade II in 2025', () => {
    const r = assessDay(day, { date: '2025-12-01' });
    expect(r.limits).toEqual({ edition: 'GB3095-2012', stage: undefined, grade: 2 });
    // NO2 85 > 80: (85 − 80)/80 = 0.0625; PM2.5 80 > 75: 5/75 = 0.0667; PM10 130 ≤ 150.
    expect(r.exceeding).toEqual(['no2', 'pm25']);
    // Published to two decimals: 0.0625 → 0.06.
    expect(r.items.find((i) => i.pollutant === 'no2')).toMatchObject({ limit: 80, attains: false, exceedanceMultiple: 0.06, exceedanceMultipleRaw: 0.0625 });
    expect(r.items.find((i) => i.pollutant === 'pm10')).toMatchObject({ limit: 150, attains: true, exceedanceMultiple: null });
    expect(r.attains).toBe(false);
    // AQI (HJ 633-2012): NO2 85 → 100 + 50/100·5 = 102.5 → 103; PM2.5 80 → 106.25 → 107.
    expect(r.aqi.edition).toBe('HJ633-2012');
    expect(r.aqi.aqi).toBe(107);
  });

  it('uses the 2026 editions from 2026-03-01 (transition stage)', () => {
    const r = assessDay(day, { date: '2026-03-01' });
    expect(r.limits).toEqual({ edition: 'GB3095-2026', stage: 'transition', grade: 2 });
    // PM10 130 > 120 now; PM2.5 80 > 60.
    expect(r.exceeding).toEqual(['no2', 'pm10', 'pm25']);
    expect(r.aqi.edition).toBe('HJ633-2026');
  });

  it('compares the published (rounded) value by default, the raw one on request (UNCONFIRMED)', () => {
    const edge = { pm25_24h: 75.4 };
    expect(assessDay(edge, { date: '2025-01-01' }).items.find((i) => i.indicator === 'pm25_24h')).toMatchObject({
      raw: 75.4,
      value: 75,
      attains: true,
    });
    expect(assessDay(edge, { date: '2025-01-01', compare: 'raw' }).items.find((i) => i.indicator === 'pm25_24h')).toMatchObject({ attains: false });
  });

  it('judges the O3 daily max 1h against the 1h limit under HJ 633-2012 daily reports', () => {
    const r = assessDay({ o3_1h: 210, o3_8h: 150 }, { date: '2020-07-01' });
    expect(r.items.find((i) => i.indicator === 'o3_1h')).toMatchObject({ limit: 200, attains: false, averaging: '1h' });
    expect(r.exceeding).toEqual(['o3']);
  });

  it('is undecided (null) with a missing value and nothing over the limit', () => {
    const r = assessDay({ ...day, no2_24h: 30, pm25_24h: null, o3_8h: 100 }, { date: '2025-06-01' });
    expect(r.exceeding).toEqual([]);
    expect(r.attains).toBeNull();
    expect(r.aqi.missing).toEqual(['o3_1h', 'pm25_24h']);
  });

  it('applies the grade of a class 1 zone', () => {
    expect(assessDay({ pm25_24h: 40 }, { date: '2025-06-01', zoneClass: 1 }).exceeding).toEqual(['pm25']);
  });

  it('rejects bad options with their paths', () => {
    expect(() => assessDay(day, { aqiEdition: 'HJ633' as never })).toThrow(expect.objectContaining({ code: 'UNKNOWN_EDITION', path: ['options', 'aqiEdition'] }));
    expect(() => assessDay(day, { compare: 'exact' as never })).toThrow(expect.objectContaining({ code: 'INVALID_OPTION', path: ['options', 'compare'] }));
    expect(() => assessDay({ pm25_24h: -2 })).toThrow(expect.objectContaining({ code: 'NEGATIVE_VALUE', path: ['concentrations', 'pm25_24h'] }));
  });
});
