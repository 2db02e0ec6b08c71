import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dailyMeans } from '../../src/index.js';

const START = '2024-01-01 01:00';
const H = 3_600_000;

/**
 * An independent daily mean, written differently from the code under test: each value's label is turned into the
 * Beijing calendar date of its hour's start with Date arithmetic, values are grouped by that date string, and a
 * day counts with ≥ 20 values (GB 3095 Table 4).
 */
function referenceDailyMeans(startUtcMs: number, values: ReadonlyArray<number | null>): Map<string, { mean: number; n: number }> {
  const groups = new Map<string, number[]>();
  values.forEach((v, i) => {
    const hourStartBeijing = new Date(startUtcMs + i * H - H + 8 * H);
    const day = hourStartBeijing.toISOString().slice(0, 10);
    if (!groups.has(day)) groups.set(day, []);
    if (v !== null) groups.get(day)!.push(v);
  });
  const out = new Map<string, { mean: number; n: number }>();
  for (const [day, xs] of groups) out.set(day, { mean: xs.length >= 20 ? xs.reduce((a, b) => a + b, 0) / xs.length : Number.NaN, n: xs.length });
  return out;
}

describe('dailyMeans (GB 3095 Table 4: a daily mean needs ≥ 20 hourly values)', () => {
  it('counts a day with 20 valid hours and not one with 19 (worked by hand)', () => {
    // 20 valid hours: ten of 30 and ten of 50, then 4 missing. (10 × 30 + 10 × 50) / 20 = 800 / 20 = 40.
    const twenty = [...Array(10).fill(30), ...Array(10).fill(50), null, null, null, null];
    const a = dailyMeans({ start: START, values: twenty });
    expect(Array.from(a.values)).toEqual([40]);
    expect(Array.from(a.validHours)).toEqual([20]);
    expect(Array.from(a.valid)).toEqual([1]);
    // 19 valid hours: one 50 fewer. (300 + 450) / 19 = 39.47…: observed, but not a valid daily mean.
    const nineteen = [...Array(10).fill(30), ...Array(9).fill(50), null, null, null, null, null];
    const b = dailyMeans({ start: START, values: nineteen });
    expect(Array.from(b.values)).toEqual([Number.NaN]);
    expect(b.observed[0]).toBeCloseTo(750 / 19, 12);
    expect(Array.from(b.validHours)).toEqual([19]);
    expect(Array.from(b.valid)).toEqual([0]);
  });

  it('reports every day the series touches, partial days included', () => {
    // 30 values from 2024-01-01 01:00: day 1 has 24 hours, day 2 six.
    const r = dailyMeans({ start: START, values: Array.from({ length: 30 }, (_, i) => i) });
    expect(r.start).toBe('2024-01-01');
    expect(Array.from(r.validHours)).toEqual([24, 6]);
    // Hours 1…24 hold 0…23: mean 11.5. Day 2 holds 24…29: observed mean 26.5, not valid.
    expect(Array.from(r.values)).toEqual([11.5, Number.NaN]);
    expect(Array.from(r.observed)).toEqual([11.5, 26.5]);
    expect(dailyMeans({ start: START, values: [] })).toMatchObject({ start: '2024-01-01', values: new Float64Array(0) });
  });

  it('asks 24 hours of TSP, BaP and Pb (Table 4: 24 h of sampling), and takes an explicit minimum', () => {
    const day = [...Array(23).fill(80), null];
    expect(Array.from(dailyMeans({ start: START, values: day, pollutant: 'tsp' }).valid)).toEqual([0]);
    expect(Array.from(dailyMeans({ start: START, values: day }, { pollutant: 'pm10' }).valid)).toEqual([1]);
    expect(dailyMeans({ start: START, values: day, pollutant: 'pb' }).minValidHours).toBe(24);
    // The EU's 75 % rule, for comparison: 18 of 24 hours.
    const eighteen = [...Array(18).fill(5), ...Array(6).fill(null)];
    expect(Array.from(dailyMeans({ start: START, values: eighteen }, { minValidHours: 18 }).values)).toEqual([5]);
  });

  it('carries the pollutant and rejects contradictions', () => {
    expect(dailyMeans({ start: START, values: [1], pollutant: 'so2' }).pollutant).toBe('so2');
    expect(dailyMeans({ start: START, values: [1] }).pollutant).toBeUndefined();
    expect(() => dailyMeans({ start: START, values: [1], pollutant: 'so2' }, { pollutant: 'no2' })).toThrow(
      expect.objectContaining({ code: 'INVALID_OPTION', path: ['options', 'pollutant'] }),
    );
    expect(() => dailyMeans({ start: START, values: [1], pollutant: 'pm1' as never })).toThrow(
      expect.objectContaining({ code: 'UNKNOWN_POLLUTANT', path: ['hourly', 'pollutant'] }),
    );
  });

  it('rejects bad values with their index, and misspelt options', () => {
    const cases: Array<[unknown, string, Array<string | number>]> = [
      [[1, -2], 'NEGATIVE_VALUE', ['hourly', 'values', 1]],
      [new Float64Array([1, 2, -0.5]), 'NEGATIVE_VALUE', ['hourly', 'values', 2]],
      [new Float64Array([Infinity]), 'NOT_FINITE', ['hourly', 'values', 0]],
      [[1, '2'], 'INVALID_TYPE', ['hourly', 'values', 1]],
      [new Float32Array(2), 'INVALID_TYPE', ['hourly', 'values']],
    ];
    for (const [values, code, path] of cases) {
      expect(() => dailyMeans({ start: START, values: values as number[] })).toThrow(expect.objectContaining({ code, path }));
    }
    expect(() => dailyMeans({ start: START, values: [1] }, { minValidHour: 20 } as never)).toThrow(expect.objectContaining({ code: 'UNKNOWN_OPTION' }));
    expect(() => dailyMeans({ start: START, values: [1] }, { minValidHours: 25 })).toThrow(expect.objectContaining({ code: 'OUT_OF_RANGE' }));
    expect(() => dailyMeans('30,40' as never)).toThrow(expect.objectContaining({ code: 'INVALID_TYPE', path: ['hourly'] }));
  });

  it('never mutates its input', () => {
    const values = Object.freeze([1, null, 3, Number.NaN, 5]);
    const series = Object.freeze({ start: START, values });
    dailyMeans(series);
    expect(values).toEqual([1, null, 3, Number.NaN, 5]);
    const typed = new Float64Array([1, Number.NaN, 3]);
    dailyMeans({ start: START, values: typed });
    expect(Array.from(typed)).toEqual([1, Number.NaN, 3]);
    const records = Object.freeze([Object.freeze({ time: START, value: 2 })]);
    expect(Array.from(dailyMeans(records).observed)).toEqual([2]);
  });

  const hourValue = fc.option(fc.integer({ min: 0, max: 500 }), { nil: null, freq: 5 });

  it('agrees with an independent grouping by calendar date (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 23 }), fc.array(hourValue, { maxLength: 24 * 5 }), (offset, values) => {
        const start = Date.UTC(2024, 1, 27, offset); // around a leap day
        const r = dailyMeans({ start, values });
        const ref = referenceDailyMeans(start, values);
        expect(r.values.length).toBe(ref.size);
        [...ref.values()].forEach((day, k) => {
          expect(r.validHours[k]).toBe(day.n);
          if (Number.isNaN(day.mean)) expect(r.values[k]).toBeNaN();
          else expect(r.values[k]).toBeCloseTo(day.mean, 9);
        });
        if (values.length > 0) expect(r.start).toBe([...ref.keys()][0]);
      }),
    );
  });

  it('never lies outside the range of its hours (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.option(fc.double({ min: 0, max: 1e4, noNaN: true }), { nil: null }), { minLength: 24, maxLength: 24 }), (values) => {
        const r = dailyMeans({ start: START, values });
        const valid = values.filter((v): v is number => v !== null);
        if (valid.length === 0) return;
        expect(r.observed[0]).toBeGreaterThanOrEqual(Math.min(...valid));
        expect(r.observed[0]).toBeLessThanOrEqual(Math.max(...valid));
      }),
    );
  });

  it('does not depend on how the series is given: array, Float64Array or records (property)', () => {
    fc.assert(
      fc.property(fc.array(hourValue, { maxLength: 24 * 3 }), (values) => {
        const asArray = dailyMeans({ start: START, values });
        const asTyped = dailyMeans({ start: START, values: Float64Array.from(values, (v) => (v === null ? Number.NaN : v)) });
        expect(asTyped).toEqual(asArray);
        // Records: only the present values, each with its label; leading and trailing gaps shorten the span.
        const records = values.flatMap((value, i) => (value === null ? [] : [{ time: Date.parse('2024-01-01T01:00+08:00') + i * H, value }]));
        if (records.length === 0) return;
        const asRecords = dailyMeans(records);
        const firstIndex = values.findIndex((v) => v !== null);
        const shift = Math.floor((firstIndex + 0) / 24);
        expect(Array.from(asRecords.observed)).toEqual(Array.from(asArray.observed).slice(shift, shift + asRecords.observed.length));
      }),
    );
  });
});
