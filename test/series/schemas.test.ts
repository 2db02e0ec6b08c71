import { describe, expect, it } from 'vitest';
import { DailySeriesSchema, HourlySeriesSchema, PeriodSchema, TimedValueSchema, dailyMeans, periodMean } from '../../src/index.js';
import { codeOf } from '../_helpers/errors.js';

/** The exported schemas let apps validate at their own boundary what the functions accept. */
describe('series schemas', () => {
  it('accept what the functions accept', () => {
    const good = [
      { start: '2024-01-01 01:00', values: [1, null, Number.NaN] },
      { start: new Date(Date.UTC(2024, 0, 1)), values: new Float64Array(3), pollutant: 'o3' },
      { start: 1_704_067_200_000, values: [] },
    ];
    for (const series of good) {
      expect(HourlySeriesSchema.safeParse(series).success).toBe(true);
      expect(() => dailyMeans(series as never)).not.toThrow();
    }
    expect(DailySeriesSchema.safeParse({ start: '2024-01-01', values: [1] }).success).toBe(true);
    expect(TimedValueSchema.safeParse({ time: '2024-01-01 01:00', value: null }).success).toBe(true);
    for (const period of [2024, '2024', '2024-Q2', '2024-02', { year: 2024, month: 2 }]) {
      expect(PeriodSchema.safeParse(period).success).toBe(true);
      expect(() => periodMean({ start: '2024-01-01', values: [1], pollutant: 'so2' }, period)).not.toThrow();
    }
  });

  it('reject what the functions reject, with the code and path of the fault', () => {
    const bad: Array<[unknown, string, Array<string | number>]> = [
      [{ start: '2024-01-01 01:00', values: [-1] }, 'NEGATIVE_VALUE', ['hourly', 'values', 0]],
      [{ start: '2024-01-01 01:00', values: [Infinity] }, 'NOT_FINITE', ['hourly', 'values', 0]],
      [{ start: '2024-01-01 01:00', values: ['1'] }, 'INVALID_TYPE', ['hourly', 'values', 0]],
      [{ start: '2024-01-01 01:00', values: [1], pollutant: 'pm1' }, 'UNKNOWN_POLLUTANT', ['hourly', 'pollutant']],
      [{ start: true, values: [1] }, 'INVALID_TYPE', ['hourly', 'start']],
    ];
    for (const [series, code, path] of bad) {
      expect(HourlySeriesSchema.safeParse(series).success).toBe(false);
      expect(codeOf(() => dailyMeans(series as never))).toEqual([code, path]);
    }
    const periods: Array<[unknown, string, Array<string | number>]> = [
      ['2024-13', 'INVALID_INPUT', ['period']],
      ['2024-Q5', 'INVALID_INPUT', ['period']],
      [{ year: 2024, quarter: 1, month: 1 }, 'INVALID_INPUT', ['period']],
      [{ year: 2024, week: 1 }, 'UNKNOWN_OPTION', ['period', 'week']],
      [2024.5, 'NOT_AN_INTEGER', ['period']],
    ];
    for (const [period, code, path] of periods) {
      expect(PeriodSchema.safeParse(period).success).toBe(false);
      expect(codeOf(() => periodMean({ start: '2024-01-01', values: [1], pollutant: 'so2' }, period as never))).toEqual([code, path]);
    }
  });
});
