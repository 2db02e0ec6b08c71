import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dailyMeans, periodMean, periodPercentile } from '../../src/index.js';

const DAY = 86_400_000;

/**
 * A daily series of one year with the given valid days per month (the first `valid[m]` days of month m hold
 * `value`, the rest are missing).
 */
function yearWith(year: number, validPerMonth: ReadonlyArray<number>, value = 40): { start: string; values: Array<number | null> } {
  const values: Array<number | null> = [];
  for (let m = 0; m < 12; m++) {
    const days = new Date(Date.UTC(year, m + 1, 0)).getUTCDate();
    for (let d = 0; d < days; d++) values.push(d < (validPerMonth[m] as number) ? value : null);
  }
  return { start: `${year}-01-01`, values };
}

describe('periodMean: a year (GB 3095 Table 4: ≥ 324 daily values, ≥ 27 a month, ≥ 25 in February)', () => {
  // 28 + 25 + 28 + 27 × 9 = 324 valid days, every month at or above its minimum.
  const minimal = [28, 25, 28, 27, 27, 27, 27, 27, 27, 27, 27, 27];

  it('is valid with 324 valid days and not with 323 (worked by hand, 2023 and leap 2024)', () => {
    for (const year of [2023, 2024]) {
      const ok = periodMean({ ...yearWith(year, minimal), pollutant: 'pm25' }, year);
      expect(ok).toMatchObject({ valid: true, validDays: 324, value: 40, raw: 40, failures: [] });
      expect(ok.period).toMatchObject({ kind: 'year', label: String(year), first: `${year}-01-01`, last: `${year}-12-31`, days: year === 2024 ? 366 : 365 });
      // One day fewer in March (28 → 27): still ≥ 27 there, but 323 in the year.
      const short = periodMean({ ...yearWith(year, [28, 25, 27, 27, 27, 27, 27, 27, 27, 27, 27, 27]), pollutant: 'pm25' }, year);
      expect(short).toMatchObject({ valid: false, validDays: 323, value: null, raw: null, observed: 40 });
      expect(short.failures).toEqual([{ rule: 'total', month: undefined, validDays: 323, required: 324 }]);
    }
  });

  it('fails a month below 27 even with enough days in the year, and says which', () => {
    const r = periodMean({ ...yearWith(2023, [31, 28, 31, 30, 31, 26, 31, 31, 30, 31, 30, 31]), pollutant: 'no2' }, 2023);
    expect(r.validDays).toBe(361); // 365 − 4 missing days in June
    expect(r.failures).toEqual([{ rule: 'month', month: '2023-06', validDays: 26, required: 27 }]);
    expect(r.months.find((m) => m.month === '2023-06')).toEqual({ month: '2023-06', validDays: 26, required: 27, met: false });
    expect(r.months).toHaveLength(12);
  });

  it('asks 25 in February of a leap year too (24 fails, 25 passes)', () => {
    const feb = (valid: number) => ({ start: '2024-02-01', values: Array.from({ length: 29 }, (_, d) => (d < valid ? 40 : null)), pollutant: 'pm10' as const });
    expect(periodMean(feb(25), '2024-02')).toMatchObject({ valid: true, validDays: 25, value: 40 });
    expect(periodMean(feb(24), { year: 2024, month: 2 }).failures).toEqual([{ rule: 'month', month: '2024-02', validDays: 24, required: 25 }]);
    // The year around it: February at 24 fails the year as well.
    const year = periodMean({ ...yearWith(2024, [31, 24, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]), pollutant: 'pm10' }, '2024');
    expect(year.failures).toEqual([{ rule: 'month', month: '2024-02', validDays: 24, required: 25 }]);
  });

  it('averages the valid days only (worked by hand)', () => {
    // January 2019 holding 1, 2, …, 31: mean 16. With days 30 and 31 missing: (1 + … + 29)/29 = 15, 29 ≥ 27 days.
    const jan = Array.from({ length: 31 }, (_, d) => d + 1);
    expect(periodMean({ start: '2019-01-01', values: jan, pollutant: 'so2' }, '2019-01').value).toBe(16);
    expect(periodMean({ start: '2019-01-01', values: [...jan.slice(0, 29), null, null], pollutant: 'so2' }, '2019-01').value).toBe(15);
    // Days outside the series are missing; days of the series outside the period are ignored.
    expect(periodMean({ start: '2018-12-31', values: [500, ...jan], pollutant: 'so2' }, '2019-01').value).toBe(16);
  });

  it('takes a result of dailyMeans as it is: invalid days never count', () => {
    // 2019-01-01 … 01-31 with 24 hours of 30 µg/m³, except 2019-01-05 with 19 hours of 300 µg/m³.
    const hourly: Array<number | null> = [];
    for (let d = 0; d < 31; d++) for (let h = 0; h < 24; h++) hourly.push(d === 4 ? (h < 19 ? 300 : null) : 30);
    const daily = dailyMeans({ start: '2019-01-01 01:00', values: hourly, pollutant: 'pm25' });
    expect(periodMean(daily, '2019-01')).toMatchObject({ valid: true, validDays: 30, value: 30, pollutant: 'pm25' });
  });
});

describe('periodMean: quarters and months (UNCONFIRMED readings of Table 4)', () => {
  it('asks each month of a quarter for its minimum', () => {
    const q1 = (jan: number, feb: number, mar: number) => {
      const values: Array<number | null> = [];
      for (const [days, valid] of [[31, jan], [29, feb], [31, mar]] as const) for (let d = 0; d < days; d++) values.push(d < valid ? 20 : null);
      return { start: '2024-01-01', values, pollutant: 'so2' as const };
    };
    expect(periodMean(q1(27, 25, 27), '2024-Q1')).toMatchObject({ valid: true, validDays: 79, period: { kind: 'quarter', quarter: 1, days: 91 } });
    expect(periodMean(q1(27, 25, 26), { year: 2024, quarter: 1 }).failures).toEqual([{ rule: 'month', month: '2024-03', validDays: 26, required: 27 }]);
  });

  it('applies the Pb/TSP/BaP row: 60 a year and 5 a month; Pb quarters 15 and 5 a month', () => {
    // Five samples a month: 60 in the year.
    const sampled = (perMonth: ReadonlyArray<number>) => ({ ...yearWith(2023, perMonth, 0.05), pollutant: 'pb' as const });
    expect(periodMean(sampled(Array(12).fill(5)), 2023)).toMatchObject({ valid: true, validDays: 60, rule: 'sampled', value: 0.05 });
    const fewer = periodMean(sampled([4, ...Array(11).fill(5)]), 2023);
    expect(fewer.failures).toEqual([
      { rule: 'total', month: undefined, validDays: 59, required: 60 },
      { rule: 'month', month: '2023-01', validDays: 4, required: 5 },
    ]);
    // A quarter: 15 with ≥ 5 a month. 6 + 4 + 6 = 16 ≥ 15, but February has 4.
    expect(periodMean(sampled([5, 5, 5]), '2023-Q1').valid).toBe(true);
    expect(periodMean(sampled([6, 4, 6]), '2023-Q1').failures).toEqual([{ rule: 'month', month: '2023-02', validDays: 4, required: 5 }]);
    expect(periodMean(sampled([6, 5, 3]), '2023-Q1').failures.map((f) => f.rule)).toEqual(['total', 'month']);
    // TSP: the same annual rule; a PM2.5 series judged by it on request.
    expect(periodMean({ ...yearWith(2023, Array(12).fill(5), 150), pollutant: 'tsp' }, 2023).valid).toBe(true);
    expect(periodMean({ ...yearWith(2023, Array(12).fill(5)), pollutant: 'pm25' }, 2023, { rule: 'sampled' }).valid).toBe(true);
  });
});

describe('periodMean: rounding as published (GB/T 8170)', () => {
  it('rounds the exact mean, not its binary approximation', () => {
    // 30 days of CO alternating 0.3 and 2.4 mg/m³: the mean is exactly 1.35, which rounds half to even to 1.4.
    // In binary floating point the sum comes out as 1.3499999999999994 × 30; rounded naively that would be 1.3.
    const values = Array.from({ length: 30 }, (_, i) => (i % 2 === 0 ? 0.3 : 2.4));
    const r = periodMean({ start: '2019-01-01', values, pollutant: 'co' }, '2019-01');
    expect(r.raw).toBeCloseTo(1.35, 12);
    expect(r.value).toBe(1.4);
  });

  it('rounds the daily values first on request (roundDaily)', () => {
    // 0.65 and 0.85 alternating: mean 0.75 → 0.8. Rounded daily first, 0.6 and 0.8 (half to even) → mean 0.7.
    const values = Array.from({ length: 30 }, (_, i) => (i % 2 === 0 ? 0.65 : 0.85));
    const daily = { start: '2019-01-01', values, pollutant: 'co' as const };
    expect(periodMean(daily, '2019-01').value).toBe(0.8);
    const rounded = periodMean(daily, '2019-01', { roundDaily: true });
    expect(rounded.raw).toBeCloseTo(0.7, 12);
    expect(rounded.value).toBe(0.7);
  });
});

/**
 * An independent percentile in exact rational arithmetic (BigInt), from the text of HJ 663: values are integers;
 * k = 1 + (n − 1)·p/100, s = ⌊k⌋, X(s) + (X(s+1) − X(s))·(k − s), returned as numerator / 100.
 */
function exactPercentile(values: ReadonlyArray<number>, p: number): number {
  const xs = values.map(BigInt).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const kMinus1 = BigInt(xs.length - 1) * BigInt(p); // (k − 1) · 100
  const s = kMinus1 / 100n;
  const rem = kMinus1 % 100n;
  const lo = xs[Number(s)]!;
  const hi = xs[Math.min(Number(s) + 1, xs.length - 1)]!;
  return Number(lo * 100n + (hi - lo) * rem) / 100;
}

describe('periodPercentile (HJ 663: percentile of the daily values, with the coverage of the annual mean)', () => {
  it("gives HJ 663's example over the valid days it has", () => {
    // {3, 4, 8, 2, 5, 4} at 90 → 6.5: six days are not a valid year, so value is null and observed holds it.
    const r = periodPercentile({ start: '2019-03-01', values: [3, 4, 8, 2, 5, 4], pollutant: 'so2' }, 2019, 90);
    expect(r).toMatchObject({ statistic: 'percentile', p: 90, observed: 6.5, value: null, valid: false, validDays: 6 });
  });

  it('agrees with exact rational arithmetic on whole years of integer daily values (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 600 }), { minLength: 365, maxLength: 365 }), fc.integer({ min: 0, max: 100 }), (values, p) => {
        const r = periodPercentile({ start: '2023-01-01', values, pollutant: 'pm10' }, 2023, p);
        expect(r.valid).toBe(true);
        expect(r.raw).toBeCloseTo(exactPercentile(values, p), 9);
      }),
    );
  });

  it('gives the annual items of a year (98th, 95th, 90th) and rounds them as published', () => {
    // Daily values 1, 2, …, 365 (any order). k − 1 = 364·p/100: p = 98 → 356.72 → 357 + 0.72 = 357.72 → 358;
    // p = 95 → 345.8 → 346.8 → 347; p = 90 → 327.6 → 328.6 → 329 (half-even is not needed: no ties).
    // numpy 2.4.6, np.percentile(values, [98, 95, 90]): 357.71999999999997, 346.8, 328.6.
    const values = Array.from({ length: 365 }, (_, i) => ((i * 97) % 365) + 1);
    const daily = { start: '2023-01-01', values, pollutant: 'no2' as const };
    expect(periodPercentile(daily, 2023, 98)).toMatchObject({ value: 358, valid: true });
    expect(periodPercentile(daily, 2023, 98).raw).toBeCloseTo(357.72, 10);
    expect(periodPercentile(daily, 2023, 95).raw).toBeCloseTo(346.8, 10);
    expect(periodPercentile(daily, 2023, 90).value).toBe(329);
  });

  it('is invalid with the coverage that invalidates the mean', () => {
    const r = periodPercentile({ ...yearWith(2023, [28, 25, 27, 27, 27, 27, 27, 27, 27, 27, 27, 27]), pollutant: 'o3' }, 2023, 90);
    expect(r.failures).toEqual([{ rule: 'total', month: undefined, validDays: 323, required: 324 }]);
  });

  it('rejects a bad p', () => {
    const daily = { start: '2023-01-01', values: [1], pollutant: 'o3' as const };
    expect(() => periodPercentile(daily, 2023, 101)).toThrow(expect.objectContaining({ code: 'OUT_OF_RANGE', path: ['p'] }));
    expect(() => periodPercentile(daily, 2023, Number.NaN)).toThrow(expect.objectContaining({ code: 'NOT_FINITE', path: ['p'] }));
  });
});

describe('period inputs', () => {
  const daily = { start: '2023-01-01', values: [1, 2, 3], pollutant: 'so2' as const };

  it('reads years, quarters and months in every form', () => {
    for (const period of [2023, '2023', { year: 2023 }]) expect(periodMean(daily, period).period.label).toBe('2023');
    for (const period of ['2023-Q4', { year: 2023, quarter: 4 }]) {
      expect(periodMean(daily, period).period).toEqual({ kind: 'quarter', label: '2023-Q4', year: 2023, quarter: 4, month: undefined, first: '2023-10-01', last: '2023-12-31', days: 92 });
    }
    expect(periodMean(daily, '2023-02').period).toMatchObject({ kind: 'month', month: 2, first: '2023-02-01', last: '2023-02-28', days: 28 });
  });

  it('rejects bad periods and a missing pollutant', () => {
    const cases: Array<[unknown, string, Array<string | number>]> = [
      ['2023-13', 'INVALID_INPUT', ['period']],
      ['2023-Q5', 'INVALID_INPUT', ['period']],
      [{ year: 2023, quarter: 1, month: 2 }, 'INVALID_INPUT', ['period']],
      [{ year: 2023, week: 2 }, 'UNKNOWN_OPTION', ['period', 'week']],
      [2023.5, 'NOT_AN_INTEGER', ['period']],
      [1800, 'OUT_OF_RANGE', ['period']],
      [null, 'INVALID_TYPE', ['period']],
    ];
    for (const [period, code, path] of cases) expect(() => periodMean(daily, period as never)).toThrow(expect.objectContaining({ code, path }));
    expect(() => periodMean({ start: '2023-01-01', values: [1] }, 2023)).toThrow(expect.objectContaining({ code: 'INVALID_OPTION', path: ['options', 'pollutant'] }));
    expect(() => periodMean(daily, 2023, { rule: 'weekly' as never })).toThrow(expect.objectContaining({ code: 'INVALID_OPTION', path: ['options', 'rule'] }));
    expect(() => periodMean(daily, 2023, { roundDaily: 'yes' as never })).toThrow(expect.objectContaining({ code: 'INVALID_TYPE' }));
  });

  it('takes records of days, in order and without duplicates', () => {
    const records = [
      { time: '2023-01-01', value: 10 },
      { time: '2023-01-03', value: 20 },
    ];
    expect(periodMean(records, '2023-01', { pollutant: 'so2' })).toMatchObject({ validDays: 2, observed: 15 });
    expect(() => periodMean([...records, { time: '2023-01-02', value: 1 }], 2023, { pollutant: 'so2' })).toThrow(
      expect.objectContaining({ code: 'UNORDERED_TIMESTAMPS', path: ['daily', 2, 'time'] }),
    );
    expect(() => periodMean([...records, { time: '2023-01-03', value: 1 }], 2023, { pollutant: 'so2' })).toThrow(
      expect.objectContaining({ code: 'DUPLICATE_TIMESTAMP', path: ['daily', 2, 'time'] }),
    );
    // A Date is read as the Beijing day it falls on: 16:00 UTC is midnight in Beijing.
    expect(periodMean({ start: new Date(Date.UTC(2022, 11, 31, 16)), values: [7], pollutant: 'so2' }, '2023-01').observed).toBe(7);
  });

  it('does not depend on how the days are given, and never mutates them (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.option(fc.integer({ min: 0, max: 300 }), { nil: null }), { minLength: 1, maxLength: 120 }), (values) => {
        const frozen = Object.freeze([...values]);
        const a = periodMean(Object.freeze({ start: '2023-01-01', values: frozen, pollutant: 'pm25' as const }), '2023-Q1');
        const b = periodMean({ start: '2023-01-01', values: Float64Array.from(values, (v) => v ?? Number.NaN), pollutant: 'pm25' }, '2023-Q1');
        expect(b).toEqual(a);
        const records = values.flatMap((value, i) => (value === null ? [] : [{ time: Date.UTC(2022, 11, 31, 16) + i * DAY, value }]));
        if (records.length > 0) expect(periodMean(records, '2023-Q1', { pollutant: 'pm25' })).toEqual(a);
        expect(frozen).toEqual(values);
      }),
    );
  });
});
