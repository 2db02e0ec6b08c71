import { describe, expectTypeOf, it } from 'vitest';
import { type CityDailyMean, type CityHourlyMean, type DailySeries, type HourlySeries, cityMean, dailyMeans } from '../../src/index.js';

declare const hourly: HourlySeries;
declare const daily: DailySeries;

describe('cityMean types', () => {
  it('returns an hourly city series by default and a daily one with by: "day"', () => {
    expectTypeOf(cityMean([hourly])).toEqualTypeOf<CityHourlyMean>();
    expectTypeOf(cityMean({ '1871A': hourly }, { by: 'hour' })).toEqualTypeOf<CityHourlyMean>();
    expectTypeOf(cityMean([daily], { by: 'day' })).toEqualTypeOf<CityDailyMean>();
    expectTypeOf(cityMean([dailyMeans(hourly)], { by: 'day' }).values).toEqualTypeOf<Float64Array>();
    expectTypeOf(cityMean([hourly]).stations).toEqualTypeOf<Uint16Array>();
  });

  it('rejects misuse at compile time', () => {
    // @ts-expect-error an unknown averaging
    cityMean([hourly], { by: 'week' });
    // @ts-expect-error a misspelt option
    cityMean([hourly], { minStation: 2 });
    // @ts-expect-error stations are series, not numbers
    cityMean([1, 2, 3]);
    // @ts-expect-error an unknown pollutant
    cityMean([hourly], { pollutant: 'pm1' });
  });
});
