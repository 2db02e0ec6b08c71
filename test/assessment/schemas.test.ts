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
import { codeOf, outcome } from '../_helpers/errors.js';

/**
 * The error `goodDaysRatio` must throw for a list, read from its contract (HJ 663 counts integer AQI values; a day
 * without a valid AQI is `null` or `NaN`): the first offending value decides, with its index as the path.
 * A negative non-integer may be reported as either of its two faults.
 */
function expectedGoodDaysError(list: ReadonlyArray<unknown>): { codes: string[]; path: Array<string | number> } | undefined {
  for (let i = 0; i < list.length; i++) {
    const v = list[i];
    if (v === null || Number.isNaN(v)) continue;
    const path = ['dailyAqi', i];
    if (typeof v !== 'number') return { codes: ['INVALID_TYPE'], path };
    if (v === Infinity || v === -Infinity) return { codes: ['NOT_FINITE'], path };
    if (v % 1 !== 0) return { codes: v < 0 ? ['NOT_AN_INTEGER', 'NEGATIVE_VALUE'] : ['NOT_AN_INTEGER'], path };
    if (v < 0) return { codes: ['NEGATIVE_VALUE'], path };
    if (v > 2 ** 53 - 1) return { codes: ['OUT_OF_RANGE'], path };
  }
  return undefined;
}

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
    expect(codeOf(() => assessGuidelines({ daily: { o3_1h: days } } as never, { year: 2025, edition: 'EU-2024' }))).toEqual([
      'UNKNOWN_INDICATOR',
      ['input', 'daily', 'o3_1h'],
    ]);
    expect(() => assessGuidelines({ daily: { co_8h: days } }, { year: 2025, edition: 'EU-2024' })).not.toThrow();
    expect(CityStationDataSchema.safeParse({ station: { code: '1001A', name: 'A', city: 'X' }, hourly: {} }).success).toBe(true);
    expect(CityStationDataSchema.safeParse({ station: { code: '1001A', name: 'A' }, hourly: {} }).success).toBe(false);
  });

  it('DailyAqiValuesSchema and goodDaysRatio agree (property)', () => {
    const value = fc.oneof(fc.integer({ min: -5, max: 600 }), fc.double(), fc.constant(null), fc.constant(Number.NaN), fc.constant('80'));
    fc.assert(
      fc.property(fc.array(value, { maxLength: 20 }), (list) => {
        const result = outcome(() => goodDaysRatio(list as Array<number | null>));
        const wanted = expectedGoodDaysError(list);
        expect(result.ok).toBe(DailyAqiValuesSchema.safeParse(list).success);
        expect(result.ok).toBe(wanted === undefined);
        if (!result.ok && wanted !== undefined) {
          expect(wanted.codes).toContain(result.code);
          expect(result.path).toEqual(wanted.path);
        }
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
