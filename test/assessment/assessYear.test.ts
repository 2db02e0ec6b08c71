import { describe, expect, it } from 'vitest';
import { aqiEditionOn, assessYear, dailyAqi } from '../../src/index.js';

/**
 * A hand-checked station-year. Every expected number below is worked out from the clauses (GB 3095 Tables 1 and 4,
 * HJ 663's percentile k = 1 + (n − 1)p/100, HJ 633's IAQI), with the arithmetic in the comments.
 *
 * Days are numbered 0…364 (2025, 365 days). Daily values:
 * - SO2 24h: 100 on days 0–7, else 10;            NO2 24h: 30 every day;
 * - CO 24h: 1.5 on days 300–364, else 0.5;        O3 MDA8: 170 on days 150–184, else 120;
 * - PM10 24h: 70 every day;                        PM2.5 24h: 80 on days 300–364, else 40.
 */
function fixture(year: number, days = 365) {
  const fill = (f: (d: number) => number) => ({ start: `${year}-01-01`, values: Array.from({ length: days }, (_, d) => f(d)) });
  return {
    so2_24h: fill((d) => (d <= 7 ? 100 : 10)),
    no2_24h: fill(() => 30),
    co_24h: fill((d) => (d >= 300 ? 1.5 : 0.5)),
    o3_8h: fill((d) => (d >= 150 && d <= 184 ? 170 : 120)),
    pm10_24h: fill(() => 70),
    pm25_24h: fill((d) => (d >= 300 ? 80 : 40)),
  };
}

describe('assessYear: a hand-checked station-year under GB 3095-2012 / HJ 633-2012 (2025)', () => {
  const r = assessYear({ daily: fixture(2025) }, { year: 2025 });
  const item = (p: string, s: string) => r.items.find((i) => i.pollutant === p && i.statistic === s)!;

  it('judges by GB 3095-2012 Grade II', () => {
    expect(r.limits).toEqual({
      edition: 'GB3095-2012',
      stage: undefined,
      grade: 2,
      days: [{ first: '2025-01-01', last: '2025-12-31', edition: 'GB3095-2012', stage: undefined }],
    });
    expect(r.aqiEditions).toEqual(['HJ633-2012']);
  });

  it('computes the annual items', () => {
    // SO2 mean (357·10 + 8·100)/365 = 11.97 → 12; p98: k = 1 + 364·0.98 = 357.72, X357 = 10, X358 = 100 → 74.8 → 75.
    expect(item('so2', 'annualMean')).toMatchObject({ value: 12, limit: 60, attains: true, valid: true, count: 365 });
    expect(item('so2', 'annualMean').raw).toBeCloseTo(4370 / 365, 10);
    expect(item('so2', 'p98Daily')).toMatchObject({ value: 75, limit: 150, attains: true });
    expect(item('so2', 'p98Daily').raw).toBeCloseTo(74.8, 10);
    expect(item('no2', 'annualMean')).toMatchObject({ value: 30, limit: 40, attains: true });
    // CO p95: k = 1 + 364·0.95 = 346.8; values 301…365 of the sorted list are 1.5 → 1.5.
    expect(item('co', 'p95Daily')).toMatchObject({ value: 1.5, limit: 4, attains: true });
    // O3 p90: k = 328.6; X328 = X329 = 120 (only 35 days at 170) → 120.
    expect(item('o3', 'p90Mda8')).toMatchObject({ value: 120, limit: 160, attains: true });
    // PM10 70 = the limit 70: attains (≤).
    expect(item('pm10', 'annualMean')).toMatchObject({ value: 70, limit: 70, attains: true, index: 1, indexRaw: 1, exceedanceMultiple: null });
    // PM2.5 mean (300·40 + 65·80)/365 = 47.12 → 47 > 35: (47 − 35)/35 = 0.342857; p95 X346 = 80 > 75.
    expect(item('pm25', 'annualMean')).toMatchObject({ value: 47, limit: 35, attains: false });
    // Published to two decimals: 0.342857… → 0.34; the single index 47/35 = 1.342857… → 1.34.
    expect(item('pm25', 'annualMean')).toMatchObject({ exceedanceMultiple: 0.34, index: 1.34 });
    expect(item('pm25', 'annualMean').exceedanceMultipleRaw).toBeCloseTo(12 / 35, 15);
    expect(item('pm25', 'p95Daily')).toMatchObject({ value: 80, limit: 75, attains: false });
  });

  it('decides attainment', () => {
    expect(r.nonAttaining).toEqual(['pm25']);
    expect(r.attains).toBe(false);
    expect(r.pollutants).toEqual({ so2: true, no2: true, co: true, o3: true, pm10: true, pm25: false });
  });

  it('computes the comprehensive index from the published items', () => {
    // 12/60 + 30/40 + 1.5/4 + 120/160 + 70/70 + 47/35 = 0.2 + 0.75 + 0.375 + 0.75 + 1 + 1.342857 = 4.417857.
    // Exactly 1237/280 = 4.417857142857142… (python3 fractions).
    expect(r.comprehensiveIndex?.totalRaw).toBeCloseTo(4.417857142857143, 14);
    expect(r.comprehensiveIndex?.total).toBe(4.42);
  });

  it('draws the day picture from the daily AQI', () => {
    // Ordinary day: SO2 10 → 10, NO2 30 → 38, CO 0.5 → 13, O3 120 → 50 + 50/60·20 = 66.7 → 67, PM10 70 → 60,
    // PM2.5 40 → 56.25 → 57: AQI 67, O3. Days 0–7: SO2 100 → 75. Days 150–184: O3 170 → 100 + 50/55·10 → 110.
    // Days 300–364: PM2.5 80 → 106.25 → 107. Good days 365 − 35 − 65 = 265 → 72.60 %.
    expect(r.days).toMatchObject({ days: 365, validDays: 365, goodDays: 265, heavyDays: 0, byLevel: [0, 265, 100, 0, 0, 0] });
    expect(r.days.goodDaysRatio).toBe(72.6);
    expect(r.daily[0]).toMatchObject({ date: '2025-01-01', aqi: 75, primaryPollutants: ['so2'] });
    expect(r.daily[8]).toMatchObject({ aqi: 67, primaryPollutants: ['o3'] });
    expect(r.daily[150]).toMatchObject({ date: '2025-05-31', aqi: 110, level: 3 });
    expect(r.daily[364]).toMatchObject({ date: '2025-12-31', aqi: 107, primaryPollutants: ['pm25'] });
  });

  it('counts exceedance days and primary pollutants', () => {
    // 300 / 365 = 82.191780…% → 82.2.
    expect(r.exceedance.pm25).toMatchObject({ validDays: 365, exceedanceDays: 65, complianceRate: 82.2 });
    expect(r.exceedance.pm25.complianceRateRaw).toBeCloseTo(82.19178082191782, 13);
    expect(r.exceedance.o3.exceedanceDays).toBe(35);
    expect(r.exceedance.so2.exceedanceDays).toBe(0);
    // All 365 days are above 50: SO2 primary on 8, PM2.5 on 65, O3 on the other 292.
    expect(r.primaryPollutants.daysAbove50).toBe(365);
    expect(r.primaryPollutants.days).toEqual({ so2: 8, no2: 0, co: 0, o3: 292, pm10: 0, pm25: 65 });
    // 292 / 365 = 80 % exactly.
    expect(r.primaryPollutants.share.o3).toBe(80);
    expect(r.primaryPollutants.shareRaw.o3).toBeCloseTo(80, 13);
  });
});

describe('assessYear: 2026 straddles the change of editions', () => {
  const r = assessYear({ daily: fixture(2026) }, { year: 2026 });

  it('judges the annual items by the edition in force at the year’s end (GB 3095-2026, transition)', () => {
    expect(r.limits).toEqual({
      edition: 'GB3095-2026',
      stage: 'transition',
      grade: 2,
      days: [
        { first: '2026-01-01', last: '2026-02-28', edition: 'GB3095-2012', stage: undefined },
        { first: '2026-03-01', last: '2026-12-31', edition: 'GB3095-2026', stage: 'transition' },
      ],
    });
    // PM10 70 > 60 now. Index: 12/60 + 30/40 + 1.5/4 + 120/160 + 70/60 + 47/30 = 4.808333.
    expect(r.nonAttaining).toEqual(['pm10', 'pm25']);
    // Exactly 577/120 = 4.808333… (python3 fractions).
    expect(r.comprehensiveIndex?.totalRaw).toBeCloseTo(4.808333333333334, 14);
    expect(r.comprehensiveIndex?.total).toBe(4.81);
  });

  it('computes each day’s AQI in that day’s edition', () => {
    expect(r.aqiEditions).toEqual(['HJ633-2012', 'HJ633-2026']);
    expect(r.daily[58]).toMatchObject({ date: '2026-02-28', edition: 'HJ633-2012' });
    expect(r.daily[59]).toMatchObject({ date: '2026-03-01', edition: 'HJ633-2026' });
    // PM2.5 80 under 2026: 100 + 50/55·20 = 118.2 → 119.
    expect(r.daily[364]).toMatchObject({ aqi: 119, edition: 'HJ633-2026' });
    expect(r.days.goodDays).toBe(265);
  });

  it('lets the caller override edition and stage (a plan judged by the final limits)', () => {
    const final = assessYear({ daily: fixture(2026) }, { year: 2026, stage: 'final' });
    expect(final.limits.stage).toBe('final');
    // Final: SO2 annual 20 (12 ok), NO2 30 (30 ok), PM10 50, PM2.5 25; SO2 p98 75 > 50 fails.
    expect(final.nonAttaining).toEqual(['so2', 'pm10', 'pm25']);
    const old = assessYear({ daily: fixture(2026) }, { year: 2026, edition: 'GB3095-2012' });
    expect(old.limits.edition).toBe('GB3095-2012');
    expect(old.nonAttaining).toEqual(['pm25']);
    const oneAqi = assessYear({ daily: fixture(2026) }, { year: 2026, aqiEdition: 'HJ633-2012' });
    expect(oneAqi.aqiEditions).toEqual(['HJ633-2012']);
  });
});

describe('assessYear: validity (GB 3095 Table 4)', () => {
  it('invalidates a year with a thin February (24 valid days, 25 required)', () => {
    const data = fixture(2025);
    const pm25 = [...data.pm25_24h.values] as Array<number | null>;
    for (const d of [31, 32, 33, 34]) pm25[d] = null; // 1–4 February
    const r = assessYear({ daily: { ...data, pm25_24h: { start: '2025-01-01', values: pm25 } } }, { year: 2025 });
    const mean = r.items.find((i) => i.pollutant === 'pm25' && i.statistic === 'annualMean')!;
    expect(mean).toMatchObject({ valid: false, value: null, attains: null, count: 361 });
    expect(mean.reason).toBe('24 valid days in 2025-02, 25 required');
    expect(mean.observed).toBeCloseTo((296 * 40 + 65 * 80) / 361, 10);
    expect(r.pollutants.pm25).toBeNull();
    expect(r.comprehensiveIndex).toBeNull();
    // The AQI still covers the other pollutants on those days.
    expect(r.days.validDays).toBe(365);
  });

  it('accepts 25 valid days in the February of a leap year', () => {
    const data = fixture(2024, 366);
    const pm25 = [...data.pm25_24h.values] as Array<number | null>;
    for (const d of [31, 32, 33, 34]) pm25[d] = null; // 29 − 4 = 25 valid February days
    const r = assessYear({ daily: { ...data, pm25_24h: { start: '2024-01-01', values: pm25 } } }, { year: 2024 });
    expect(r.items.find((i) => i.pollutant === 'pm25' && i.statistic === 'annualMean')!.valid).toBe(true);
  });

  it('reports a pollutant without data', () => {
    const { co_24h: _, ...five } = fixture(2025);
    const r = assessYear({ daily: five }, { year: 2025 });
    expect(r.items.find((i) => i.pollutant === 'co')).toMatchObject({ valid: false, reason: 'no data given', attains: null });
    expect(r.pollutants.co).toBeNull();
    expect(r.attains).toBe(false);
  });
});

describe('assessYear: sand and dust', () => {
  it('removes dust days from PM statistics and keeps them for the good-days ratio', () => {
    // Days 300–309 are 2025-10-28 … 2025-11-06.
    const dustDays = ['2025-10-28', '2025-10-29', '2025-10-30', '2025-10-31', '2025-11-01', '2025-11-02', '2025-11-03', '2025-11-04', '2025-11-05', '2025-11-06'];
    const r = assessYear({ daily: fixture(2025) }, { year: 2025, dustDays });
    // PM2.5 without 10 days at 80: (300·40 + 55·80)/355 = 46.20 → 46.
    const mean = r.items.find((i) => i.pollutant === 'pm25' && i.statistic === 'annualMean')!;
    expect(mean).toMatchObject({ value: 46, valid: true, count: 355 });
    expect(r.exceedance.pm25.exceedanceDays).toBe(55);
    expect(r.days.goodDays).toBe(265);
    expect(r.dustDays).toBe(10);
    // Other pollutants keep the dust days.
    expect(r.items.find((i) => i.pollutant === 'so2' && i.statistic === 'annualMean')!.count).toBe(365);
  });
});

describe('assessYear: hourly input', () => {
  it('forms daily means and the MDA8 from hours (hour labels at the hour’s end)', () => {
    // 2025 in hours: label 2025-01-01 01:00 is the first hour; 8760 hours; constant values.
    const hours = (v: number) => ({ start: '2025-01-01 01:00', values: new Float64Array(8760).fill(v) });
    const r = assessYear({ hourly: { so2: hours(10), no2: hours(30), co: hours(0.8), o3: hours(100), pm10: hours(50), pm25: hours(30) } }, { year: 2025 });
    expect(r.items.every((i) => i.valid)).toBe(true);
    expect(r.attains).toBe(true);
    expect(r.items.find((i) => i.pollutant === 'o3')!.value).toBe(100);
    // O3 1h 100 → 32, O3 8h 100 → 50; NO2 30 → 38; PM10 50 → 50; PM2.5 30 → 43: AQI 50, no primary pollutant.
    expect(r.daily[0]).toMatchObject({ aqi: 50, primaryPollutants: [] });
    expect(r.days.goodDays).toBe(365);
  });
});

describe('assessYear: bad input', () => {
  it('throws LantianError with code and path', () => {
    const data = fixture(2025);
    const cases: Array<[() => unknown, string, Array<string | number>]> = [
      [() => assessYear({ daily: data }, {} as never), 'INVALID_TYPE', ['options', 'year']],
      [() => assessYear({ daily: data }, undefined as never), 'INVALID_TYPE', ['options', 'year']],
      [() => assessYear(null as never, { year: 2025 }), 'INVALID_TYPE', ['input']],
      [() => assessYear({ daily: { pm1_24h: data.pm25_24h } } as never, { year: 2025 }), 'UNKNOWN_INDICATOR', ['input', 'daily', 'pm1_24h']],
      [() => assessYear({ hourly: { pm1: data.pm25_24h } } as never, { year: 2025 }), 'UNKNOWN_POLLUTANT', ['input', 'hourly', 'pm1']],
      [() => assessYear({ monthly: {} } as never, { year: 2025 }), 'UNKNOWN_OPTION', ['input', 'monthly']],
      [() => assessYear({ daily: data }, { year: 2025, dustDays: ['2024-05-01'] }), 'INVALID_DATE', ['options', 'dustDays', 0]],
      [() => assessYear({ daily: data }, { year: 2025, grade: 3 as never }), 'INVALID_OPTION', ['options', 'grade']],
      [() => assessYear({ daily: data }, { year: 2025, compare: 'x' as never }), 'INVALID_OPTION', ['options', 'compare']],
      [() => assessYear({ daily: { ...data, pm25_24h: { start: '2025-01-01', values: [-1] } } }, { year: 2025 }), 'NEGATIVE_VALUE', ['input', 'daily', 'pm25_24h', 'values', 0]],
      [
        () => assessYear({ daily: { pm25_24h: data.pm25_24h }, hourly: { pm25: { start: '2025-01-01 01:00', values: [1] } } }, { year: 2025 }),
        'INVALID_INPUT',
        ['input', 'daily', 'pm25_24h'],
      ],
    ];
    for (const [call, code, path] of cases) expect(call).toThrow(expect.objectContaining({ code, path }));
  });

  it('does not mutate its input', () => {
    const data = fixture(2025);
    const frozen = Object.freeze({ daily: Object.freeze({ ...data, pm25_24h: Object.freeze({ ...data.pm25_24h, values: Object.freeze([...data.pm25_24h.values]) }) }) });
    const before = JSON.stringify(frozen);
    assessYear(frozen, { year: 2025, dustDays: Object.freeze(['2025-03-01']) });
    expect(JSON.stringify(frozen)).toBe(before);
  });
});

describe('assessYear: the day picture agrees with dailyAqi day by day', () => {
  it('over 2026, which straddles the AQI editions, with gaps and every category', () => {
    // A pseudo-random year (Lehmer generator): values from clean to heavily polluted, about 4 % missing.
    let x = 12345;
    const next = () => (x = (x * 48271) % 2147483647) / 2147483647;
    const scale = { so2_24h: 300, no2_24h: 250, co_24h: 8, o3_8h: 400, o3_1h: 500, pm10_24h: 450, pm25_24h: 300 } as const;
    const daily = Object.fromEntries(
      Object.entries(scale).map(([indicator, s]) => [
        indicator,
        { start: '2026-01-01', values: Array.from({ length: 365 }, () => (next() < 0.04 ? null : indicator === 'co_24h' ? Math.round(next() ** 4 * s * 10) / 10 : Math.round(next() ** 4 * s))) },
      ]),
    );
    const r = assessYear({ daily }, { year: 2026 });
    expect(r.aqiEditions).toEqual(['HJ633-2012', 'HJ633-2026']);
    const levels = new Set<number | null>();
    r.daily.forEach((day, d) => {
      const edition = aqiEditionOn(day.date);
      const concentrations = Object.fromEntries(
        Object.entries(daily)
          .filter(([indicator]) => indicator !== 'o3_1h' || edition === 'HJ633-2012')
          .map(([indicator, series]) => [indicator, series.values[d]]),
      );
      const report = dailyAqi(concentrations, { edition });
      expect(day.edition).toBe(edition);
      expect(day.aqi).toBe(report.aqi);
      expect(day.level).toBe(report.category?.level ?? null);
      expect(day.primaryPollutants).toEqual(report.primaryPollutants);
      levels.add(day.level);
    });
    // The year reaches every category and days without an AQI.
    expect([...levels].sort()).toEqual([1, 2, 3, 4, 5, 6, null]);
  });
});
