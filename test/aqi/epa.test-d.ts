import { describe, expectTypeOf, it } from 'vitest';
import {
  type AnyAqiEdition,
  type AqiEdition,
  type AqiReport,
  type UsAqiEdition,
  aqiEditionOn,
  dailyAqi,
  hourlyAqi,
  iaqi,
} from '../../src/index.js';

describe('US AQI types', () => {
  it('types a report by the scheme its options select', () => {
    expectTypeOf(dailyAqi({ pm25_24h: 12 }, { edition: 'EPA-2024' })).toEqualTypeOf<AqiReport<UsAqiEdition>>();
    expectTypeOf(hourlyAqi({ pm25_24h: 12 }, { scheme: 'US', date: '2024-05-06' }).edition).toEqualTypeOf<UsAqiEdition>();
    expectTypeOf(dailyAqi({ pm25_24h: 12 }, { date: '2024-05-06' }).edition).toEqualTypeOf<AqiEdition>();
    expectTypeOf(iaqi('o3_8h', 0.07, { edition: 'EPA-2012' })).toEqualTypeOf<number | null>();
  });

  it('types the edition in force by scheme', () => {
    expectTypeOf(aqiEditionOn('2024-05-06')).toEqualTypeOf<AqiEdition>();
    expectTypeOf(aqiEditionOn('2024-05-06', { scheme: 'US' })).toEqualTypeOf<UsAqiEdition>();
    expectTypeOf(aqiEditionOn('2024-05-06', { scheme: 'CN' })).toEqualTypeOf<AqiEdition>();
    expectTypeOf<UsAqiEdition>().toEqualTypeOf<'EPA-2012' | 'EPA-2024'>();
    expectTypeOf<AnyAqiEdition>().toEqualTypeOf<AqiEdition | UsAqiEdition>();
  });

  it('rejects misuse at compile time', () => {
    // @ts-expect-error an unknown scheme
    iaqi('pm25_24h', 12, { scheme: 'EU' });
    // @ts-expect-error an unknown US edition
    iaqi('pm25_24h', 12, { edition: 'EPA-2025' });
    // @ts-expect-error aqiEditionOn takes only a scheme option
    aqiEditionOn('2024-05-06', { edition: 'EPA-2024' });
  });
});
