import * as z from 'zod/mini';
import { parseWith } from '../_lib/validate.js';
import { NonNegativeSchema, YearSchema } from './_schemas.js';

/** A value in a year: `{ year, value }` with an integer year and a non-negative value. */
export const YearValueSchema = z.strictObject({ year: YearSchema, value: NonNegativeSchema });

/** A value in a year. */
export interface YearValue extends z.infer<typeof YearValueSchema> {}

/** The input of {@link trajectory}: a baseline and one or more milestones after it, in time order. */
export const TrajectoryInputSchema = z
  .strictObject({
    baseline: YearValueSchema,
    milestones: z.readonly(z.array(YearValueSchema).check(z.minLength(1), z.maxLength(200))),
  })
  .check(z.superRefine((input, ctx) => {
    let previous = input.baseline.year;
    input.milestones.forEach((m, i) => {
      if (m.year <= previous) {
        ctx.addIssue({ code: 'custom', path: ['milestones', i, 'year'], message: `milestones must follow the baseline and each other (${m.year} after ${previous})` });
      }
      previous = m.year;
    });
  }));

/** The input of {@link trajectory}. */
export interface TrajectoryInput extends z.infer<typeof TrajectoryInputSchema> {}

/** One year of a {@link Trajectory}. */
export interface TrajectoryPoint {
  readonly year: number;
  /** The value on the straight path (equal steps each year within a segment). */
  readonly linear: number;
  /** The value on the compound path (the same percentage each year); `null` where a segment starts or ends at 0. */
  readonly compound: number | null;
  /** Whether the year is the baseline or a milestone (where both paths pass through the given value). */
  readonly milestone: boolean;
}

/** One segment of a {@link Trajectory}, from the baseline or a milestone to the next milestone. */
export interface TrajectorySegment {
  readonly from: YearValue;
  readonly to: YearValue;
  /** The change per year on the straight path (negative for a decrease). */
  readonly linearPerYear: number;
  /** The change per year on the compound path in percent: ((to/from)^(1/years) − 1)·100; `null` with a 0 end. */
  readonly compoundPercentPerYear: number | null;
}

/** The result of {@link trajectory}. */
export interface Trajectory {
  /** Every year from the baseline to the last milestone. */
  readonly points: ReadonlyArray<TrajectoryPoint>;
  readonly segments: ReadonlyArray<TrajectorySegment>;
}

/**
 * The yearly path from a baseline to one or more milestones, two ways: the straight (linear) path, an equal step
 * each year, and the compound path, an equal percentage each year ("年均下降x%"). Between milestones the path
 * runs segment by segment, each passing through the milestone's value.
 *
 * @param input - `{ baseline: { year, value }, milestones: [{ year, value }, …] }`, years integers in time order.
 * @returns The value of each path in every year and the annual change of each segment.
 * @throws {LantianError} `INVALID_TYPE`, `NOT_AN_INTEGER`, `OUT_OF_RANGE` (a year outside 1900…2200), `NEGATIVE_VALUE`
 *   or `UNKNOWN_OPTION` (unknown key) with the path of the field; `INVALID_INPUT` for milestones out of order.
 * @example
 * ```ts
 * // Liuzhou PM2.5: 67 µg/m³ in 2014, targets 43 (2018), 39 (2020), 35 (2025).
 * const t = trajectory({ baseline: { year: 2014, value: 67 }, milestones: [{ year: 2018, value: 43 }, { year: 2020, value: 39 }, { year: 2025, value: 35 }] });
 * t.points[1]; //=> { year: 2015, linear: 61, compound: 59.968504144139395, milestone: false }
 * t.segments[0].linearPerYear; //=> -6
 * t.segments[0].compoundPercentPerYear; //=> -10.494769934120306 (((43/67)^(1/4) − 1)·100)
 * ```
 */
export function trajectory(input: TrajectoryInput): Trajectory {
  const { baseline, milestones } = parseWith(TrajectoryInputSchema, input, ['input']);
  const points: TrajectoryPoint[] = [{ year: baseline.year, linear: baseline.value, compound: baseline.value, milestone: true }];
  const segments: TrajectorySegment[] = [];
  let from: YearValue = baseline;
  for (const to of milestones) {
    const years = to.year - from.year;
    segments.push({
      from,
      to,
      linearPerYear: plusZero((to.value - from.value) / years),
      compoundPercentPerYear: from.value > 0 && to.value > 0 ? plusZero(((to.value / from.value) ** (1 / years) - 1) * 100) : null,
    });
    for (let year = from.year + 1; year <= to.year; year++) {
      const at = pathAt(from, to, year);
      points.push({ year, linear: at.linear, compound: at.compound, milestone: year === to.year });
    }
    from = to;
  }
  return { points, segments };
}

/**
 * The straight and the compound path from `from` to `to` at `year` (no checks; `from.year < to.year`). The
 * end points are returned exactly.
 */
export function pathAt(from: YearValue, to: YearValue, year: number): { readonly linear: number; readonly compound: number | null } {
  if (year === from.year) return { linear: from.value, compound: from.value };
  if (year === to.year) return { linear: to.value, compound: to.value };
  const fraction = (year - from.year) / (to.year - from.year);
  return {
    linear: from.value + (to.value - from.value) * fraction,
    compound: from.value > 0 && to.value > 0 ? from.value * (to.value / from.value) ** fraction : null,
  };
}

function plusZero(v: number): number {
  return v === 0 ? 0 : v;
}
