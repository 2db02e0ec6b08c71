import { describe, expectTypeOf, it } from 'vitest';
import {
  type AqiEdition,
  type AqiReport,
  type Indicator,
  type Pollutant,
  aqiCategory,
  dailyAqi,
  hourlyAqi,
  iaqi,
  roundConcentration,
} from '../../src/index.js';

describe('public types', () => {
  it('iaqi returns a number or null', () => {
    expectTypeOf(iaqi('pm25_24h', 35)).toEqualTypeOf<number | null>();
    expectTypeOf(iaqi).parameter(0).toEqualTypeOf<Indicator>();
  });

  it('reports are typed', () => {
    expectTypeOf(dailyAqi({ pm25_24h: 30 })).toEqualTypeOf<AqiReport>();
    expectTypeOf(hourlyAqi({ pm25_1h: null }).primaryPollutants).toEqualTypeOf<ReadonlyArray<Pollutant>>();
    expectTypeOf(dailyAqi({}).edition).toEqualTypeOf<AqiEdition>();
    expectTypeOf(aqiCategory(10).color.rgb).toEqualTypeOf<readonly [number, number, number]>();
  });

  it('rejects misuse at compile time', () => {
    // @ts-expect-error an unknown indicator
    iaqi('pm1_24h', 35);
    // @ts-expect-error a concentration must be a number
    iaqi('pm25_24h', '35');
    // @ts-expect-error an unknown edition
    iaqi('pm25_24h', 35, { edition: 'HJ633-2020' });
    // @ts-expect-error an unknown key in the concentrations
    dailyAqi({ pm25: 35 });
    // @ts-expect-error a misspelt option
    dailyAqi({}, { roundConcentration: false });
    // @ts-expect-error an unknown pollutant
    roundConcentration('pm1', 3);
    // @ts-expect-error an unknown method
    hourlyAqi({}, { method: 'official' });
  });
});
