import { describe, expectTypeOf, it } from 'vitest';
import { type AlertGrading, type AlertResult, type Episode, type NationalAlertLevel, NATIONAL_ALERT_GRADING, alertLevel, episodes } from '../../src/index.js';

describe('alerts types', () => {
  it('types the level by the grading', () => {
    expectTypeOf<NationalAlertLevel>().toEqualTypeOf<'yellow' | 'orange' | 'red'>();
    expectTypeOf(alertLevel([210, 220]).level).toEqualTypeOf<'none' | 'yellow' | 'orange' | 'red'>();
    expectTypeOf(alertLevel([210, 220])).toEqualTypeOf<AlertResult>();
    const blue = { levels: [{ level: 'blue', when: [{ above: 200, days: 1 }] }, ...NATIONAL_ALERT_GRADING.levels] } as const satisfies AlertGrading;
    expectTypeOf(alertLevel([210], { grading: blue }).level).toEqualTypeOf<'none' | 'blue' | 'yellow' | 'orange' | 'red'>();
    expectTypeOf(alertLevel([210], { grading: { levels: [{ level: 'alert', when: [{ above: 200, days: 1 }] }] } }).level).toEqualTypeOf<'none' | 'alert'>();
    expectTypeOf(episodes(new Float64Array(3))).toEqualTypeOf<ReadonlyArray<Episode>>();
  });

  it('rejects misuse at compile time', () => {
    // @ts-expect-error a forecast is an array of numbers
    alertLevel('210,220');
    // @ts-expect-error a day is a number or missing
    alertLevel([210, '220']);
    // @ts-expect-error not a level of the national grading
    if (alertLevel([210]).level === 'purple') return;
    // @ts-expect-error a condition has days, not hours
    alertLevel([210], { grading: { levels: [{ level: 'x', when: [{ above: 200, hours: 48 }] }] } });
    // @ts-expect-error the national grading is frozen data
    NATIONAL_ALERT_GRADING.levels[0].when[0].days = 1;
    // @ts-expect-error an unknown option
    episodes([210], { threshold: 200 });
  });
});
