import { describe, expectTypeOf, it } from 'vitest';
import { type ConcentrationUnit, convertConcentration, molarVolume } from '../../src/index.js';

describe('unit conversion types', () => {
  it('takes the four units and returns a number', () => {
    expectTypeOf(convertConcentration('so2', 1, 'ppb', 'ug/m3')).toEqualTypeOf<number>();
    expectTypeOf(convertConcentration).parameter(2).toEqualTypeOf<ConcentrationUnit>();
    expectTypeOf(molarVolume({ temperatureC: 20 })).toEqualTypeOf<number>();
  });

  it('rejects misuse at compile time', () => {
    // @ts-expect-error a unit that is not one of the four
    convertConcentration('so2', 1, 'ppt', 'ug/m3');
    // @ts-expect-error an unknown pollutant
    convertConcentration('pm1', 1, 'ug/m3', 'mg/m3');
    // @ts-expect-error temperature in kelvin is not an option
    convertConcentration('so2', 1, 'ppb', 'ug/m3', { temperatureK: 298.15 });
  });
});
