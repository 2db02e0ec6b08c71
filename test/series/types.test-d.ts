import { describe, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import {
  type AirItem,
  type DailyMax8h,
  type DailyMeans,
  type DailyRecord,
  type DailySeries,
  type DailySeriesSchema,
  type HourlySeries,
  type HourlySeriesSchema,
  type MovingAverage8h,
  type TimedValue,
  type TimedValueSchema,
  type PeriodMean,
  type PeriodPercentile,
  dailyMax1h,
  dailyMax8h,
  dailyMeans,
  dailyRecords,
  movingAverage8h,
  periodMean,
  periodPercentile,
} from '../../src/index.js';

describe('series types', () => {
  it('takes series of arrays, Float64Arrays and records', () => {
    expectTypeOf(dailyMeans({ start: '2024-01-01 01:00', values: [1, null, Number.NaN] })).toEqualTypeOf<DailyMeans>();
    expectTypeOf(dailyMeans({ start: new Date(), values: new Float64Array(24) })).toEqualTypeOf<DailyMeans>();
    expectTypeOf(dailyMeans([{ time: 0, value: null }])).toEqualTypeOf<DailyMeans>();
    expectTypeOf(dailyMax8h({ start: 0, values: [] }, { limit: { value: 160 } })).toEqualTypeOf<DailyMax8h>();
    // What the schemas accept is a series.
    expectTypeOf<z.output<typeof HourlySeriesSchema>>().toExtend<HourlySeries>();
    expectTypeOf<z.output<typeof DailySeriesSchema>>().toExtend<DailySeries>();
    expectTypeOf<z.output<typeof TimedValueSchema>>().toExtend<TimedValue>();
    // Results are series.
    expectTypeOf<DailyMeans>().toExtend<DailySeries>();
    expectTypeOf<DailyMax8h>().toExtend<DailySeries>();
    expectTypeOf<MovingAverage8h>().toExtend<HourlySeries>();
  });

  it('returns typed arrays per day and plain records on request', () => {
    const daily = dailyMeans({ start: '2024-01-01 01:00', values: [] });
    expectTypeOf(daily.values).toEqualTypeOf<Float64Array>();
    expectTypeOf(daily.validHours).toEqualTypeOf<Uint8Array>();
    expectTypeOf(daily.start).toEqualTypeOf<string>();
    expectTypeOf(daily.pollutant).toEqualTypeOf<AirItem | undefined>();
    expectTypeOf(dailyRecords(daily)).toEqualTypeOf<DailyRecord[]>();
  });

  it('gives period statistics with nullable values', () => {
    const p = periodMean(dailyMeans({ start: 0, values: [] }), 2024, { pollutant: 'pm25' });
    expectTypeOf(p).toEqualTypeOf<PeriodMean>();
    expectTypeOf(p.value).toEqualTypeOf<number | null>();
    expectTypeOf(periodPercentile({ start: '2024-01-01', values: [] }, '2024-Q1', 95)).toEqualTypeOf<PeriodPercentile>();
  });

  it('rejects misuse at compile time', () => {
    // @ts-expect-error values must be numbers, null or a Float64Array
    dailyMeans({ start: '2024-01-01 01:00', values: ['30'] });
    // @ts-expect-error a Float32Array is not a series' values
    dailyMeans({ start: '2024-01-01 01:00', values: new Float32Array(2) });
    // @ts-expect-error an unknown label convention
    dailyMeans({ start: 0, values: [] }, { label: 'middle' });
    // @ts-expect-error a misspelt option
    movingAverage8h({ start: 0, values: [] }, { minHours: 6 });
    // @ts-expect-error an unknown pollutant
    dailyMax1h({ start: 0, values: [], pollutant: 'pm1' });
    // @ts-expect-error compare is 'rounded' or 'raw'
    dailyMax8h({ start: 0, values: [] }, { compare: 'exact' });
    // @ts-expect-error a period is a year, 'YYYY-Qn', 'YYYY-MM' or an object
    periodMean({ start: 0, values: [] }, { year: 2024, week: 3 });
    // @ts-expect-error p is a number
    periodPercentile({ start: 0, values: [] }, 2024, '95');
  });
});
