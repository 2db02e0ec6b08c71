import { describe, expectTypeOf, it } from 'vitest';
import { fromStandardState, toStandardState } from '../../src/index.js';

describe('reference-state types', () => {
  it('returns a number for a number, a Float64Array for values, a series for a series', () => {
    expectTypeOf(toStandardState('so2', 10)).toEqualTypeOf<number>();
    expectTypeOf(toStandardState('pm25', [1, null], { temperature: 293, pressure: 100 })).toEqualTypeOf<Float64Array>();
    expectTypeOf(fromStandardState('pm25', new Float64Array(2), { temperature: 293, pressure: 100 })).toEqualTypeOf<Float64Array>();
    const s = toStandardState('no2', { start: '2019-01-01 01:00', values: [1], pollutant: 'no2' as const });
    expectTypeOf(s.values).toEqualTypeOf<Float64Array>();
    expectTypeOf(s.start).toEqualTypeOf<string>();
    expectTypeOf(s.pollutant).toEqualTypeOf<'no2'>();
  });

  it('rejects misuse at compile time', () => {
    // @ts-expect-error an unknown item
    toStandardState('pm1', 3);
    // @ts-expect-error conditions are standard, reference or actual
    toStandardState('so2', 3, { conditions: 'normal' });
    // @ts-expect-error a misspelt option
    toStandardState('pm25', 3, { temprature: 293, pressure: 100 });
    // @ts-expect-error a concentration is a number
    toStandardState('so2', '3');
  });
});
