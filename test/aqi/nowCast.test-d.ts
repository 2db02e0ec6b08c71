import { describe, expectTypeOf, it } from 'vitest';
import { type NowCast, type NowCastPollutant, nowCast } from '../../src/index.js';

describe('nowCast types', () => {
  it('returns a NowCast for the three NowCast pollutants', () => {
    expectTypeOf(nowCast('pm25', [1, null, 2])).toEqualTypeOf<NowCast>();
    expectTypeOf(nowCast('o3', new Float64Array(8)).concentration).toEqualTypeOf<number | null>();
    expectTypeOf(nowCast).parameter(0).toEqualTypeOf<NowCastPollutant>();
  });

  it('rejects misuse at compile time', () => {
    // @ts-expect-error SO2 has no NowCast
    nowCast('so2', [1, 2, 3]);
    // @ts-expect-error hourly values are numbers or null
    nowCast('pm25', ['1', '2']);
    // @ts-expect-error an unknown unit
    nowCast('o3', [1, 2], { unit: 'ug/m3 ' });
  });
});
