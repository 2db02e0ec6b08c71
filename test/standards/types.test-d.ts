import { describe, expectTypeOf, it } from 'vitest';
import { type EuEdition, type GuidelineLevel, type Grade, type LimitValue, type WhoEdition, limitOf, limitsOf } from '../../src/index.js';

describe('limit types follow the scheme', () => {
  it('types a GB 3095 limit with a grade, a WHO level with its level, an EU value with neither', () => {
    expectTypeOf(limitOf('pm25', 'annual')).toEqualTypeOf<LimitValue>();
    expectTypeOf(limitOf('pm25', 'annual').grade).toEqualTypeOf<Grade>();
    const who = limitOf('pm25', 'annual', { edition: 'WHO-2021', level: 'IT-2' });
    expectTypeOf(who).toEqualTypeOf<LimitValue<WhoEdition>>();
    expectTypeOf(who.level).toEqualTypeOf<GuidelineLevel>();
    expectTypeOf(who.grade).toEqualTypeOf<undefined>();
    expectTypeOf(limitOf('no2', '1h', { edition: 'EU-2024' })).toEqualTypeOf<LimitValue<EuEdition>>();
    expectTypeOf(limitOf('no2', '1h', { scheme: 'EU', date: '2031-01-01' }).edition).toEqualTypeOf<EuEdition>();
    expectTypeOf(limitsOf({ scheme: 'WHO' })).toEqualTypeOf<ReadonlyArray<LimitValue<WhoEdition>>>();
  });

  it('rejects options of another scheme', () => {
    // @ts-expect-error a level is an option of the WHO scheme only
    limitOf('pm25', 'annual', { edition: 'EU-2024', level: 'AQG' });
    // @ts-expect-error WHO has no grades
    limitOf('pm25', 'annual', { edition: 'WHO-2021', grade: 2 });
    // @ts-expect-error no such level
    limitOf('pm25', 'annual', { edition: 'WHO-2021', level: 'IT-5' });
    // @ts-expect-error a level needs the WHO edition or scheme
    limitOf('pm25', 'annual', { level: 'AQG' });
    // @ts-expect-error no such averaging
    limitOf('pm25', 'weekly', { scheme: 'WHO' });
  });
});
