/**
 * The exact ties of the rounding rule (GB/T 8170-2008 §3.2, half to even on the exact value) and 2026's days judged by
 * their own limits. Every expected figure is worked by hand from the data below, in exact arithmetic.
 */
import { describe, expect, it } from 'vitest';
import { assessYear, dailyAqi, dailyMeans, periodPercentile } from '../../src/index.js';

/** 24 integer hours summing to `sum`: 23 hours of `base` and one hour of the rest. */
function day(sum: number, base: number): number[] {
  return [...Array(23).fill(base), sum - 23 * base];
}

/** A year of hours from daily sums (2025: 365 days, hours labelled by their end from 2025-01-01 01:00). */
function hoursOf(sums: ReadonlyArray<number>, base: number): number[] {
  return sums.flatMap((sum) => day(sum, base));
}

/** 182 days summing to `a`, 182 to `b` (alternating) and one to `middle`: the year's mean is exactly `middle / 24`. */
function alternating(a: number, b: number, middle: number): number[] {
  return [...Array.from({ length: 364 }, (_, d) => (d % 2 === 0 ? a : b)), middle];
}

describe('exact ties in the annual assessment', () => {
  it('PM2.5 annual mean exactly 35.5 publishes 36 and does not attain the 35 limit', () => {
    // Days of 845/24 and 859/24 µg/m³ and one of 852/24: (182·845 + 182·859 + 852) / 8760 = 310980 / 8760 = 35.5.
    const pm25 = { start: '2025-01-01 01:00', values: hoursOf(alternating(845, 859, 852), 35) };
    const r = assessYear({ hourly: { pm25 } }, { year: 2025 });
    const mean = r.items.find((i) => i.pollutant === 'pm25' && i.statistic === 'annualMean')!;
    expect(mean.raw).toBeCloseTo(35.5, 12);
    expect(mean.value).toBe(36);
    expect(mean.attains).toBe(false);
    expect(r.pollutants.pm25).toBe(false);
    expect(r.nonAttaining).toEqual(['pm25']);
    // (36 − 35) / 35 = 0.02857… → 0.03.
    expect(mean.exceedanceMultiple).toBe(0.03);
  });

  it('SO2 annual mean exactly 21.5 publishes 22', () => {
    // 182 days summing to 516 − d, then 182 to 516 + d (d = 3i mod 97), then one of 516: the deviations cancel, so the
    // mean is 516 / 24 = 21.5 exactly; summed in this order the float mean is 21.49999999999998.
    const offsets = Array.from({ length: 182 }, (_, i) => (3 * i) % 97);
    const sums = [...offsets.map((d) => 516 - d), ...offsets.map((d) => 516 + d), 516];
    const so2 = { start: '2025-01-01 01:00', values: hoursOf(sums, 12) };
    const mean = assessYear({ hourly: { so2 } }, { year: 2025 }).items.find((i) => i.pollutant === 'so2' && i.statistic === 'annualMean')!;
    expect(mean.raw).toBeCloseTo(21.5, 12);
    expect(mean.value).toBe(22);
  });

  it('CO alternating 1.3/1.4 mg/m³: daily means of exactly 1.35 publish 1.4, in the AQI and the 95th percentile', () => {
    const hours = Array.from({ length: 8760 }, (_, h) => (h % 2 === 0 ? 1.3 : 1.4));
    const co = { start: '2025-01-01 01:00', values: hours, pollutant: 'co' as const };
    // Each day: 12 × 1.3 + 12 × 1.4 = 32.4; / 24 = 1.35 exactly.
    const means = dailyMeans(co);
    expect(means.values[0]).toBeCloseTo(1.35, 12);
    // IAQI of 1.4 (HJ 633-2012 Table 1, 0–2 mg/m³ → 0–50): 50 × 1.4 / 2 = 35; of 1.3 it would be 32.5 → 33.
    expect(dailyAqi({ co_24h: means.values[0] as number }, { edition: 'HJ633-2012' }).iaqi.co_24h).toBe(35);
    const r = assessYear({ hourly: { co } }, { year: 2025, allowMissing: ['so2', 'no2', 'o3', 'pm10', 'pm25'] });
    expect(r.daily[0]?.aqi).toBe(35);
    expect(r.daily[200]?.aqi).toBe(35);
    const p95 = r.items.find((i) => i.pollutant === 'co')!;
    expect(p95.value).toBe(1.4);
    expect(periodPercentile({ ...means, pollutant: 'co' }, 2025, 95).value).toBe(1.4);
  });
});

describe('2026: each day judged by the limits in force on it', () => {
  const pm25 = { start: '2026-01-01', values: Array(365).fill(70) };
  it('PM2.5 at 70 every day: 306 exceedance days by default (GB 3095-2012 daily 75 until 28 February, 60 from 1 March)', () => {
    // 1 March 2026 is day 60 of the year: 365 − 59 = 306 days above 60.
    const r = assessYear({ daily: { pm25_24h: pm25 } }, { year: 2026 });
    expect(r.exceedance.pm25).toMatchObject({ validDays: 365, exceedanceDays: 306 });
    // 59 / 365 = 16.164…% → 16.2.
    expect(r.exceedance.pm25.complianceRate).toBe(16.2);
    expect(r.limits.days).toEqual([
      { first: '2026-01-01', last: '2026-02-28', edition: 'GB3095-2012', stage: undefined },
      { first: '2026-03-01', last: '2026-12-31', edition: 'GB3095-2026', stage: 'transition' },
    ]);
  });

  it('judges every day by the annual items’ edition on request (365 days)', () => {
    const r = assessYear({ daily: { pm25_24h: pm25 } }, { year: 2026, dayLimits: 'annual' });
    expect(r.exceedance.pm25.exceedanceDays).toBe(365);
    expect(r.limits.days).toEqual([{ first: '2026-01-01', last: '2026-12-31', edition: 'GB3095-2026', stage: 'transition' }]);
  });

  it('keeps one run in a year without a change, and rejects an unknown mode', () => {
    const r = assessYear({ daily: { pm25_24h: { start: '2027-01-01', values: Array(365).fill(70) } } }, { year: 2027 });
    expect(r.exceedance.pm25.exceedanceDays).toBe(365);
    expect(r.limits.days).toEqual([{ first: '2027-01-01', last: '2027-12-31', edition: 'GB3095-2026', stage: 'transition' }]);
    expect(() => assessYear({ daily: { pm25_24h: pm25 } }, { year: 2026, dayLimits: 'each' as never })).toThrow(
      expect.objectContaining({ code: 'INVALID_OPTION', path: ['options', 'dayLimits'] }),
    );
  });
});
