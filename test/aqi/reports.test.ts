import { describe, expect, it } from 'vitest';
import { dailyAqi, hourlyAqi } from '../../src/index.js';

describe('dailyAqi (HJ 633-2012 §5.1.2, §4.4; HJ 633-2026 §4.2.2, §4.3, §5.3)', () => {
  // IAQIs worked by hand: SO2 10 → 10; NO2 40 → 50; CO 0.8 → 20; O3 8h 90 → 45;
  // PM10 80 → 2026: 50 + 50/70·30 = 71.4 → 72, 2012: 50 + 50/100·30 = 65;
  // PM2.5 62 → 2026: 100 + 50/55·2 = 101.8 → 102, 2012: 50 + 50/40·27 = 83.75 → 84; O3 1h 150 → 47.
  const day = { so2_24h: 10, no2_24h: 40, co_24h: 0.8, o3_8h: 90, pm10_24h: 80, pm25_24h: 62 };

  it('2026: six indicators, AQI = max IAQI, primary pollutant above 50', () => {
    const r = dailyAqi(day, { edition: 'HJ633-2026' });
    expect(r.iaqi).toEqual({ so2_24h: 10, no2_24h: 50, co_24h: 20, o3_8h: 45, pm10_24h: 72, pm25_24h: 102 });
    expect(r.aqi).toBe(102);
    expect(r.primaryPollutants).toEqual(['pm25']);
    expect(r.exceedingPollutants).toEqual([]);
    expect(r.category?.level).toBe(3);
    expect(r.missing).toEqual([]);
    expect(r.withheld).toBe(false);
  });

  it('2012: seven indicators including the daily max 1h O3; exceeding pollutants above 100', () => {
    const r = dailyAqi({ ...day, o3_1h: 150 }, { edition: 'HJ633-2012' });
    expect(r.iaqi).toEqual({ so2_24h: 10, no2_24h: 50, co_24h: 20, o3_1h: 47, o3_8h: 45, pm10_24h: 65, pm25_24h: 84 });
    expect(r.aqi).toBe(84);
    expect(r.primaryPollutants).toEqual(['pm25']);
    expect(r.category?.name.zh).toBe('良');
    const polluted = dailyAqi({ ...day, o3_1h: 150, pm25_24h: 80, pm10_24h: 260 }, { edition: 'HJ633-2012' });
    // PM2.5 80 → 107; PM10 260 → 150 + 50/100·10 = 155.
    expect(polluted.exceedingPollutants).toEqual(['pm10', 'pm25']);
    expect(polluted.primaryPollutants).toEqual(['pm10']);
    expect(polluted.aqi).toBe(155);
  });

  it('lists every pollutant tied at the maximum, each once, and none at AQI 50 or below', () => {
    // PM10 150 → 100 and PM2.5 75 → 100 under 2012; O3 1h 200 → 100 too.
    const tie = dailyAqi({ so2_24h: 5, no2_24h: 10, co_24h: 0.5, o3_1h: 200, o3_8h: 160, pm10_24h: 150, pm25_24h: 75 }, { edition: 'HJ633-2012' });
    expect(tie.aqi).toBe(100);
    expect(tie.primaryPollutants).toEqual(['o3', 'pm10', 'pm25']);
    const clean = dailyAqi({ so2_24h: 5, no2_24h: 40, co_24h: 0.5, o3_8h: 60, pm10_24h: 50, pm25_24h: 20 });
    // NO2 40 → 50 and PM10 50 → 50: AQI 50, no primary pollutant (HJ 633 §3.3: only above 50).
    expect(clean.aqi).toBe(50);
    expect(clean.primaryPollutants).toEqual([]);
  });

  it('2012: O3 8h above 800 gives no IAQI; the O3 IAQI comes from the 1h value (Table 1 note 3)', () => {
    const r = dailyAqi({ so2_24h: 5, no2_24h: 10, co_24h: 0.5, o3_1h: 900, o3_8h: 820, pm10_24h: 50, pm25_24h: 20 }, { edition: 'HJ633-2012' });
    // O3 1h 900: 300 + 100/200·100 = 350.
    expect(r.iaqi.o3_8h).toBeNull();
    expect(r.flags).toEqual({ o3_8h: 'noIndexAbove' });
    expect(r.pollutantIaqi.o3).toBe(350);
    expect(r.aqi).toBe(350);
    expect(r.missing).toEqual([]);
  });

  it('2026: O3 8h above 800 gives 300 (Table 3 note c)', () => {
    const r = dailyAqi({ so2_24h: 5, no2_24h: 10, co_24h: 0.5, o3_8h: 820, pm10_24h: 50, pm25_24h: 20 });
    expect(r.aqi).toBe(300);
    expect(r.flags).toEqual({ o3_8h: 'fixedAbove' });
    expect(r.primaryPollutants).toEqual(['o3']);
  });

  it('flags values above the IAQI-500 breakpoint and reports 500', () => {
    const r = dailyAqi({ so2_24h: 5, no2_24h: 10, co_24h: 0.5, o3_8h: 60, pm10_24h: 700, pm25_24h: 520 });
    expect(r.aqi).toBe(500);
    expect(r.beyondScale).toEqual(['pm10_24h', 'pm25_24h']);
    expect(r.primaryPollutants).toEqual(['pm10', 'pm25']);
    expect(r.category?.level).toBe(6);
  });

  it('raises an AQI of 0 to 1 under 2026 (§4.1.1: the AQI range is 1–500), not under 2012', () => {
    const zero = { so2_24h: 0, no2_24h: 0, co_24h: 0, o3_8h: 0, pm10_24h: 0, pm25_24h: 0 };
    expect(dailyAqi(zero, { edition: 'HJ633-2026' }).aqi).toBe(1);
    expect(dailyAqi({ ...zero, o3_1h: 0 }, { edition: 'HJ633-2012' }).aqi).toBe(0);
  });
});

describe('missing values (HJ 633-2026 §5.3)', () => {
  const dirty = { so2_24h: 10, no2_24h: 40, co_24h: 0.8, o3_8h: 90, pm10_24h: null, pm25_24h: 80 };
  const clean = { so2_24h: 10, no2_24h: 40, co_24h: 0.8, o3_8h: 90, pm10_24h: null, pm25_24h: 30 };

  it('2026: computes from the rest and publishes the AQI only above 100 (§5.3.1)', () => {
    const polluted = dailyAqi(dirty, { edition: 'HJ633-2026' });
    expect(polluted.aqi).toBe(119);
    expect(polluted.missing).toEqual(['pm10_24h']);
    expect(polluted.iaqi.pm10_24h).toBeNull();
    expect(polluted.withheld).toBe(false);
    const good = dailyAqi(clean, { edition: 'HJ633-2026' });
    // The others give 50 (NO2): not above 100, so NA; the individual IAQIs are still published.
    expect(good.aqi).toBeNull();
    expect(good.category).toBeNull();
    expect(good.primaryPollutants).toEqual([]);
    expect(good.withheld).toBe(true);
    expect(good.iaqi.no2_24h).toBe(50);
  });

  it('2026: a pollutant exempted by §5.3.2 does not withhold the AQI', () => {
    const r = dailyAqi(clean, { edition: 'HJ633-2026', allowMissing: ['pm10'] });
    expect(r.aqi).toBe(50);
    expect(r.withheld).toBe(false);
    expect(r.missing).toEqual(['pm10_24h']);
  });

  it('treats null, NaN and an absent key alike', () => {
    const { pm10_24h: _, ...absent } = clean;
    const a = dailyAqi({ ...clean, pm10_24h: Number.NaN });
    const b = dailyAqi(absent);
    const c = dailyAqi(clean);
    expect(a).toEqual(c);
    expect(b).toEqual(c);
  });

  it('2012: computes from the available indicators and lists the missing ones', () => {
    const r = dailyAqi({ ...clean, o3_1h: null }, { edition: 'HJ633-2012' });
    expect(r.aqi).toBe(50);
    expect(r.missing).toEqual(['o3_1h', 'pm10_24h']);
  });

  it('gives no AQI when nothing is there', () => {
    const r = dailyAqi({});
    expect(r.aqi).toBeNull();
    expect(r.missing).toHaveLength(6);
    expect(r.withheld).toBe(false);
  });
});

describe('hourlyAqi', () => {
  const hour = { so2_1h: 883, no2_1h: 53, co_1h: 3.4, o3_1h: 54, pm10_1h: 115, pm25_1h: 88 };

  it('2012 as published: six 1h values, PM on the 24h columns, SO2 1h above 800 → 200', () => {
    // Published: station 2647A, 2025-01-09 11:00, AQI 200 (examples/data/edge_cases_extracted.csv).
    const r = hourlyAqi(hour, { edition: 'HJ633-2012' });
    expect(r.aqi).toBe(200);
    expect(r.primaryPollutants).toEqual(['so2']);
    expect(r.flags).toEqual({ so2_1h: 'fixedAbove' });
    // PM2.5 88 → 100 + 50/40·13 = 116.25 → 117 (24h column of 2012).
    expect(r.iaqi.pm25_1h).toBe(117);
  });

  it('2012 as written (method text): 8h O3, 24h PM, and the SO2 24h IAQI above 800', () => {
    // Same hour, with the published 24h means (SO2 201, PM10 61, PM2.5 40) and O3 8h 44.
    // SO2 24h 201 → 100 + 50/325·51 = 107.8 → 108, the value the data README quotes for the text.
    const r = hourlyAqi(
      { so2_1h: 883, so2_24h: 201, no2_1h: 53, co_1h: 3.4, o3_1h: 54, o3_8h: 44, pm10_24h: 61, pm25_24h: 40 },
      { edition: 'HJ633-2012', method: 'text' },
    );
    expect(r.iaqi.so2_1h).toBeNull();
    expect(r.iaqi.so2_24h).toBe(108);
    expect(r.flags).toEqual({ so2_1h: 'noIndexAbove', so2_24h: 'fallback' });
    expect(r.aqi).toBe(108);
    expect(r.pollutantIaqi.so2).toBe(108);
  });

  it('2012 as written without the SO2 24h value: SO2 has no IAQI', () => {
    const r = hourlyAqi(
      { so2_1h: 883, no2_1h: 53, co_1h: 3.4, o3_1h: 54, o3_8h: 44, pm10_24h: 61, pm25_24h: 40 },
      { edition: 'HJ633-2012', method: 'text' },
    );
    expect(r.pollutantIaqi.so2).toBeNull();
    // PM2.5 24h 40 → 50 + 50/40·5 = 56.25 → 57.
    expect(r.aqi).toBe(57);
  });

  it('2026: the same real-time indicators on the 2026 columns', () => {
    const r = hourlyAqi(hour, { edition: 'HJ633-2026' });
    // PM2.5 88 → 100 + 50/55·28 = 125.45 → 126; PM10 115 → 50 + 50/70·65 = 96.4 → 97.
    expect(r.iaqi.pm25_1h).toBe(126);
    expect(r.iaqi.pm10_1h).toBe(97);
    expect(r.aqi).toBe(200);
    expect(r.exceedingPollutants).toEqual([]);
  });

  it('rejects indicators the report does not use', () => {
    expect(() => hourlyAqi({ pm25_24h: 30 }, { edition: 'HJ633-2026' })).toThrow(
      expect.objectContaining({ code: 'INDICATOR_NOT_IN_REPORT', path: ['concentrations', 'pm25_24h'] }),
    );
    expect(() => hourlyAqi({ so2_24h: 30 }, { edition: 'HJ633-2012' })).toThrow(
      expect.objectContaining({ code: 'INDICATOR_NOT_IN_REPORT' }),
    );
    expect(() => dailyAqi({ o3_1h: 30 }, { edition: 'HJ633-2026' })).toThrow(
      expect.objectContaining({ code: 'INDICATOR_NOT_IN_REPORT', path: ['concentrations', 'o3_1h'] }),
    );
  });
});

describe('report input validation', () => {
  it('throws LantianError with code and path for bad input', () => {
    const cases: Array<[() => unknown, string, Array<string | number>]> = [
      [() => dailyAqi(null as never), 'INVALID_TYPE', ['concentrations']],
      [() => dailyAqi([] as never), 'INVALID_TYPE', ['concentrations']],
      [() => dailyAqi({ pm25_24h: -3 }), 'NEGATIVE_VALUE', ['concentrations', 'pm25_24h']],
      [() => dailyAqi({ pm25_24h: Infinity }), 'NOT_FINITE', ['concentrations', 'pm25_24h']],
      [() => dailyAqi({ pm25_24h: '30' as never }), 'INVALID_TYPE', ['concentrations', 'pm25_24h']],
      [() => dailyAqi({ pm1_24h: 3 } as never), 'UNKNOWN_INDICATOR', ['concentrations', 'pm1_24h']],
      [() => dailyAqi(JSON.parse('{"__proto__": 5}')), 'UNKNOWN_INDICATOR', ['concentrations', '__proto__']],
      [() => dailyAqi({}, { allowMissing: ['pm1'] as never }), 'UNKNOWN_POLLUTANT', ['options', 'allowMissing', 0]],
      [() => dailyAqi({}, { allowMissing: 'pm10' as never }), 'INVALID_TYPE', ['options', 'allowMissing']],
      [() => dailyAqi({}, { edition: 'HJ633' as never }), 'UNKNOWN_EDITION', ['options', 'edition']],
    ];
    for (const [call, code, path] of cases) {
      expect(call).toThrow(expect.objectContaining({ name: 'LantianError', code, path }));
    }
  });
});
