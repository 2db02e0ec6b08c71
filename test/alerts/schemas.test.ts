/** The exported schemas accept what the functions accept and refuse what they refuse. */
import { describe, expect, it } from 'vitest';
import {
  AlertConditionSchema,
  AlertGradingSchema,
  AlertLevelOptionsSchema,
  DailyAqiSeriesSchema,
  EpisodesOptionsSchema,
  NATIONAL_ALERT_GRADING,
} from '../../src/index.js';

describe('alerts schemas', () => {
  it('accept the national grading, which is frozen', () => {
    expect(AlertGradingSchema.safeParse(NATIONAL_ALERT_GRADING).success).toBe(true);
    expect(AlertLevelOptionsSchema.safeParse({ grading: NATIONAL_ALERT_GRADING }).success).toBe(true);
    expect(Object.isFrozen(NATIONAL_ALERT_GRADING.levels[2].when[0].inner)).toBe(true);
    expect(NATIONAL_ALERT_GRADING.levels.map((l) => l.level)).toEqual(['yellow', 'orange', 'red']);
  });

  it('refuse a condition with both or neither threshold', () => {
    expect(AlertConditionSchema.safeParse({ above: 200, days: 2 }).success).toBe(true);
    expect(AlertConditionSchema.safeParse({ atLeast: 500, days: 1 }).success).toBe(true);
    expect(AlertConditionSchema.safeParse({ days: 1 }).success).toBe(false);
    expect(AlertConditionSchema.safeParse({ above: 200, atLeast: 500, days: 1 }).success).toBe(false);
    expect(AlertGradingSchema.safeParse({ levels: [{ level: 'none', when: [{ above: 1, days: 1 }] }] }).success).toBe(false);
  });

  it('check daily AQI series as the functions do', () => {
    expect(DailyAqiSeriesSchema.safeParse([210, null, undefined, Number.NaN, 0]).success).toBe(true);
    expect(DailyAqiSeriesSchema.safeParse(new Float64Array([210, Number.NaN])).success).toBe(true);
    expect(DailyAqiSeriesSchema.safeParse(new Uint8Array([21])).success).toBe(true);
    expect(DailyAqiSeriesSchema.safeParse([210, -1]).success).toBe(false);
    expect(DailyAqiSeriesSchema.safeParse([Number.POSITIVE_INFINITY]).success).toBe(false);
    expect(DailyAqiSeriesSchema.safeParse(new Float64Array([1, -1])).success).toBe(false);
    expect(DailyAqiSeriesSchema.safeParse(new Float32Array([Number.POSITIVE_INFINITY])).success).toBe(false);
    expect(DailyAqiSeriesSchema.safeParse(new BigInt64Array(1)).success).toBe(false);
    expect(DailyAqiSeriesSchema.safeParse('210').success).toBe(false);
    expect(EpisodesOptionsSchema.safeParse({ above: 150, minDays: 2 }).success).toBe(true);
    expect(EpisodesOptionsSchema.safeParse({ above: 150, atLeast: 2 }).success).toBe(false);
  });
});
