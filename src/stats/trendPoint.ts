import * as z from 'zod/mini';

/**
 * Validates one point of a trend series at an app's own boundary: `year` a finite number (fractional years are
 * allowed, e.g. 2019.5 for a mid-year value) and `value` a finite number, or `null` / `NaN` when missing.
 */
export const TrendPointSchema = z.strictObject({
  year: z.number(),
  value: z.union([z.number(), z.nan(), z.null()]),
});

/** One point of a trend series: a (possibly fractional) year and its value, `null` or `NaN` when missing. */
export interface TrendPoint extends z.infer<typeof TrendPointSchema> {}

/** The sign of a trend statistic: `'increasing'`, `'decreasing'` or `'none'` (zero). */
export type TrendDirection = 'increasing' | 'decreasing' | 'none';

/** The direction named by the sign of a statistic (rs, S, a slope). */
export function directionOf(statistic: number): TrendDirection {
  return statistic > 0 ? 'increasing' : statistic < 0 ? 'decreasing' : 'none';
}
