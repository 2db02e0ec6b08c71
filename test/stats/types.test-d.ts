import { describe, expectTypeOf, it } from 'vitest';
import {
  type MannKendall,
  type SpearmanTrend,
  type TheilSen,
  type TrendDirection,
  type TrendPoint,
  mannKendall,
  spearmanTrend,
  theilSen,
} from '../../src/index.js';

const points: TrendPoint[] = [{ year: 2014, value: 67 }, { year: 2015, value: null }];

describe('trend types', () => {
  it('returns typed results', () => {
    expectTypeOf(spearmanTrend(points)).toEqualTypeOf<SpearmanTrend>();
    expectTypeOf(spearmanTrend(points).direction).toEqualTypeOf<TrendDirection>();
    expectTypeOf(spearmanTrend(points).critical).toEqualTypeOf<number | null>();
    expectTypeOf(mannKendall([1, null, 3])).toEqualTypeOf<MannKendall>();
    expectTypeOf(theilSen(points)).toEqualTypeOf<TheilSen>();
    expectTypeOf(theilSen(points).lowSlope).toEqualTypeOf<number | null>();
  });

  it('rejects misuse at compile time', () => {
    // @ts-expect-error points need a year
    spearmanTrend([{ value: 3 }]);
    // @ts-expect-error only 0.05 and 0.01 have critical values
    spearmanTrend(points, { alpha: 0.1 });
    // @ts-expect-error mannKendall takes values, not points
    mannKendall(points);
    // @ts-expect-error an unknown intercept method
    theilSen(points, { intercept: 'median' });
    // @ts-expect-error a misspelt option
    theilSen(points, { confidenceLevel: 0.9 });
  });
});
