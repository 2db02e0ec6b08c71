import { describe, expectTypeOf, it } from 'vitest';
import {
  type AttainmentProjection,
  type Bound,
  type ConsistencyReport,
  type PlanTargets,
  type TargetGap,
  type Trajectory,
  type Verdict,
  checkConsistency,
  percentChange,
  planTargets,
  projectAttainment,
  targetGap,
  trajectory,
} from '../../src/index.js';

describe('planning target types', () => {
  it('returns typed results', () => {
    expectTypeOf(percentChange(63, 19)).toEqualTypeOf<number>();
    expectTypeOf(targetGap({ current: { year: 2017, value: 45 }, target: { year: 2020, value: 39 } })).toEqualTypeOf<TargetGap>();
    expectTypeOf<TargetGap['target']['bound']>().toEqualTypeOf<Bound>();
    expectTypeOf(trajectory({ baseline: { year: 2014, value: 67 }, milestones: [{ year: 2018, value: 43 }] })).toEqualTypeOf<Trajectory>();
    expectTypeOf(checkConsistency([{ kind: 'change', from: 63, to: 19, stated: '-69.84' }])).toEqualTypeOf<ConsistencyReport>();
    expectTypeOf<ConsistencyReport['checks'][number]['verdict']>().toEqualTypeOf<Verdict>();
    expectTypeOf(projectAttainment([], { limit: 35 })).toEqualTypeOf<AttainmentProjection>();
    expectTypeOf(planTargets({ baseline: { year: 2014, values: {} }, milestones: [] })).toEqualTypeOf<PlanTargets>();
  });

  it('rejects misuse at compile time', () => {
    // @ts-expect-error an unknown bound
    targetGap({ current: { year: 2017, value: 45 }, target: { year: 2020, value: 39, bound: '=<' } });
    // @ts-expect-error an unknown indicator
    targetGap({ indicator: 'pm1_annual', current: { year: 2017, value: 45 }, target: { year: 2020, value: 39 } });
    // @ts-expect-error a statement kind that does not exist
    checkConsistency([{ kind: 'guess', from: 1, to: 2, stated: 3 }]);
    // @ts-expect-error a change needs its stated figure
    checkConsistency([{ kind: 'change', from: 1, to: 2 }]);
    // @ts-expect-error the limit is required
    projectAttainment([], {});
    // @ts-expect-error a limit of an unknown pollutant
    projectAttainment([], { limit: { item: 'pm1', averaging: 'annual' } });
    // @ts-expect-error a misspelt option
    percentChange(63, 19, { digits: 2 });
  });
});
