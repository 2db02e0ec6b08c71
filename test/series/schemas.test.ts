import { describe, expect, it } from 'vitest';
import { DailySeriesSchema, HourlySeriesSchema, PeriodSchema, TimedValueSchema, dailyMeans, periodMean } from '../../src/index.js';

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

  it('reject what the functions reject', () => {
    const bad = [
      { start: '2024-01-01 01:00', values: [-1] },
      { start: '2024-01-01 01:00', values: [Infinity] },
      { start: '2024-01-01 01:00', values: ['1'] },
      { start: '2024-01-01 01:00', values: [1], pollutant: 'pm1' },
      { start: true, values: [1] },
    ];
    for (const series of bad) {
      expect(HourlySeriesSchema.safeParse(series).success).toBe(false);
      expect(() => dailyMeans(series as never)).toThrow(expect.objectContaining({ name: 'LantianError' }));
    }
    for (const period of ['2024-13', '2024-Q5', { year: 2024, quarter: 1, month: 1 }, { year: 2024, week: 1 }, 2024.5]) {
      expect(PeriodSchema.safeParse(period).success).toBe(false);
      expect(() => periodMean({ start: '2024-01-01', values: [1], pollutant: 'so2' }, period as never)).toThrow(
        expect.objectContaining({ name: 'LantianError' }),
      );
    }
  });
});
