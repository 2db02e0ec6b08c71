import { describe, expectTypeOf, it } from 'vitest';
import { type VegaLiteSpec, aqiCalendarSpec, itemsSpec, plotPage, stationsSpec, trendSpec } from '../../src/index.js';

describe('plot types', () => {
  it('returns Vega-Lite specs with typed data rows', () => {
    const spec = aqiCalendarSpec({ year: 2024, daily: [] });
    expectTypeOf(spec).toExtend<VegaLiteSpec>();
    expectTypeOf(spec.data.values[0]).toExtend<{ date: string; aqi: number | null; category: string } | undefined>();
    expectTypeOf(trendSpec([{ year: 2020, value: 1 }]).data.values[0]).toExtend<{ year: number; value: number | null; series: string } | undefined>();
    expectTypeOf(plotPage).returns.toEqualTypeOf<string>();
  });

  it('rejects misuse at compile time', () => {
    // @ts-expect-error a year is a number
    aqiCalendarSpec({ year: '2024', daily: [] });
    // @ts-expect-error an item needs its limit
    itemsSpec({ year: 2019, items: [{ pollutant: 'pm25', statistic: 'annualMean', value: 1, valid: true }] });
    // @ts-expect-error an index is a number or null
    stationsSpec([{ id: 'a', index: '3' }]);
    // @ts-expect-error the scripts are required
    plotPage([], { title: 'x' });
  });
});
