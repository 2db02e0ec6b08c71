import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CityStationDataSchema,
  DailyAqiValuesSchema,
  GuidelineYearInputSchema,
  RankEntrySchema,
  YearInputSchema,
  assessGuidelines,
  goodDaysRatio,
  rankByIndex,
} from '../../src/index.js';

describe('assessment schemas', () => {
  it('accept what the functions take and reject what they refuse', () => {
    const days = { start: '2025-01-01', values: [1, null, 3] };
    expect(YearInputSchema.safeParse({ daily: { pm25_24h: days } }).success).toBe(true);
    expect(YearInputSchema.safeParse({ hourly: { pm25: { start: '2025-01-01 01:00', values: new Float64Array(3) } } }).success).toBe(true);
    expect(YearInputSchema.safeParse({ hourly: { pm25: [{ time: '2025-01-01 01:00', value: 3 }] } }).success).toBe(true);
    expect(YearInputSchema.safeParse({ daily: { pm1_24h: days } }).success).toBe(false);
    expect(YearInputSchema.safeParse({ monthly: {} }).success).toBe(false);
    expect(YearInputSchema.safeParse({ daily: { pm25_24h: { start: '2025-01-01', values: [-1] } } }).success).toBe(false);
    expect(GuidelineYearInputSchema.safeParse({ daily: { co_8h: days } }).success).toBe(true);
    expect(GuidelineYearInputSchema.safeParse({ daily: { o3_1h: days } }).success).toBe(false);
    expect(() => assessGuidelines({ daily: { o3_1h: days } } as never, { year: 2025, edition: 'EU-2024' })).toThrow();
    expect(() => assessGuidelines({ daily: { co_8h: days } }, { year: 2025, edition: 'EU-2024' })).not.toThrow();
    expect(CityStationDataSchema.safeParse({ station: { code: '1001A', name: 'A', city: 'X' }, hourly: {} }).success).toBe(true);
    expect(CityStationDataSchema.safeParse({ station: { code: '1001A', name: 'A' }, hourly: {} }).success).toBe(false);
  });

  it('DailyAqiValuesSchema and goodDaysRatio agree (property)', () => {
    const value = fc.oneof(fc.integer({ min: -5, max: 600 }), fc.double(), fc.constant(null), fc.constant(Number.NaN), fc.constant('80'));
    fc.assert(
      fc.property(fc.array(value, { maxLength: 20 }), (list) => {
        let ok = true;
        try {
          goodDaysRatio(list as Array<number | null>);
        } catch {
          ok = false;
        }
        expect(ok).toBe(DailyAqiValuesSchema.safeParse(list).success);
      }),
      { numRuns: 500 },
    );
  });

  it('RankEntrySchema accepts the entries rankByIndex ranks', () => {
    const entry = fc.record({ id: fc.string(), index: fc.oneof(fc.double({ min: 0, max: 10, noNaN: true }), fc.constant(null)) });
    fc.assert(
      fc.property(fc.uniqueArray(entry, { selector: (e) => e.id, maxLength: 8 }), (entries) => {
        for (const e of entries) expect(RankEntrySchema.safeParse(e).success).toBe(true);
        expect(rankByIndex(entries)).toHaveLength(entries.length);
      }),
    );
  });
});
