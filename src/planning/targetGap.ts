import * as z from 'zod/mini';
import { parseWith } from '../_lib/validate.js';
import { percentChangeUnchecked } from './percentChange.js';
import { BOUNDS, type Bound, PLAN_INDICATORS, PLAN_INDICATOR_INFO, type PlanIndicator, boundDirection, satisfies } from './targets.js';
import { type YearValue, YearValueSchema, pathAt } from './trajectory.js';
import { NonNegativeSchema, YearSchema } from './_schemas.js';

/** The input of {@link targetGap}. */
export const TargetGapInputSchema = z
  .strictObject({
    /** The indicator; sets the default bound (`'<='` for concentrations, `'>='` for the good-days ratio). */
    indicator: z.optional(z.enum(PLAN_INDICATORS)),
    /** The latest known value. */
    current: YearValueSchema,
    /** The target: its year, value and bound (default from `indicator`, else `'<='`). */
    target: z.strictObject({ year: YearSchema, value: NonNegativeSchema, bound: z.optional(z.enum(BOUNDS)) }),
    /** Where the plan's path starts (its baseline year); default: `current`. */
    baseline: z.optional(YearValueSchema),
    /** Values of the years after the path's start, to check the path against. */
    actuals: z.optional(z.readonly(z.array(YearValueSchema).check(z.maxLength(500)))),
  })
  .check(z.superRefine((input, ctx) => {
    if (input.target.year < input.current.year) {
      ctx.addIssue({ code: 'custom', path: ['target', 'year'], message: `the target year ${input.target.year} is before the current year ${input.current.year}` });
    }
    const start = input.baseline ?? input.current;
    if (input.baseline !== undefined && input.baseline.year > input.current.year) {
      ctx.addIssue({ code: 'custom', path: ['baseline', 'year'], message: `the baseline year ${input.baseline.year} is after the current year ${input.current.year}` });
    }
    const seen = new Set<number>();
    (input.actuals ?? []).forEach((a, i) => {
      if (a.year <= start.year || a.year > input.target.year) {
        ctx.addIssue({ code: 'custom', path: ['actuals', i, 'year'], message: `actual values lie after the path's start (${start.year}) and by the target year (${input.target.year})`, params: { code: 'OUT_OF_RANGE' } });
      }
      if (seen.has(a.year)) ctx.addIssue({ code: 'custom', path: ['actuals', i, 'year'], message: `year ${a.year} is given twice`, params: { code: 'DUPLICATE_TIMESTAMP' } });
      seen.add(a.year);
    });
  }));

/** The input of {@link targetGap}. */
export interface TargetGapInput extends z.infer<typeof TargetGapInputSchema> {}

/** One year of the path check of {@link targetGap}. */
export interface TrackYear {
  readonly year: number;
  readonly actual: number;
  /** The value on the straight path from the start to the target in this year. */
  readonly linear: number;
  /** The value on the compound path; `null` when the start or the target is 0. */
  readonly compound: number | null;
  /** Whether the actual value is on the right side of the straight path (by the target's bound). */
  readonly onTrackLinear: boolean;
  /** The same against the compound path; `null` without one. */
  readonly onTrackCompound: boolean | null;
}

/** The path check of {@link targetGap}. */
export interface TargetTrack {
  /** Where the paths start: the baseline, or the current value. */
  readonly from: YearValue;
  /** Every actual year, in time order. */
  readonly years: ReadonlyArray<TrackYear>;
  /** The latest actual year: whether the path is on track now. */
  readonly latest: TrackYear;
}

/** The result of {@link targetGap}. */
export interface TargetGap {
  readonly indicator: PlanIndicator | undefined;
  readonly current: YearValue;
  readonly target: YearValue & { readonly bound: Bound };
  /** What meeting the target asks of the values: `'decrease'` under `'<='`/`'<'`, `'increase'` under `'>='`/`'>'`. */
  readonly direction: 'decrease' | 'increase';
  /** Whether the current value already meets the target. */
  readonly met: boolean;
  /** target − current (negative when the value must fall). */
  readonly change: number;
  /** The change in percent of the current value; `null` when the current value is 0. */
  readonly changePercent: number | null;
  /** How far the current value is from meeting the target, ≥ 0 (0 when met): |target − current| when not met. */
  readonly shortfall: number;
  /** `shortfall` in percent of the current value; `null` when the current value is 0. */
  readonly shortfallPercent: number | null;
  /** target year − current year. */
  readonly yearsLeft: number;
  /** The change per year on a straight path to the target: change / yearsLeft; `null` when no year is left. */
  readonly annualLinear: number | null;
  /**
   * The change per year in percent on a compound path: ((target/current)^(1/yearsLeft) − 1)·100; `null` when no
   * year is left or a value is 0.
   */
  readonly annualCompoundPercent: number | null;
  /** The path check, when `actuals` are given. */
  readonly track: TargetTrack | null;
}

/**
 * The gap between an indicator's current value and a plan's target: the change still needed (absolute and in
 * percent), whether the target is already met, the years left, the annual change a straight or a compound path
 * needs, and — given the actual values of the years since the path's start — whether they are on track.
 *
 * Direction comes from the target's bound: under `'<='` or `'<'` (concentrations, heavy days) the value must
 * fall, under `'>='` or `'>'` (the good-days ratio) it must rise; a strict bound is not met by the value itself
 * ("＞88%" is not met by 88). The bound defaults to the indicator's (`PLAN_INDICATOR_INFO`), else `'<='`.
 *
 * The paths run from `baseline` (default: `current`) to the target: straight (equal steps) and compound (equal
 * percentages). An actual value is on track when it meets the path's value of its year by the target's bound.
 * Values are used as given (pass published, rounded figures to judge as a plan's assessment does).
 *
 * @param input - `{ indicator?, current: { year, value }, target: { year, value, bound? }, baseline?, actuals? }`.
 * @returns The gap, the annual change needed and the path check.
 * @throws {LantianError} `INVALID_TYPE`, `NOT_AN_INTEGER`, `OUT_OF_RANGE`, `NEGATIVE_VALUE`, `INVALID_OPTION` (a
 *   bad bound or indicator) or `UNKNOWN_OPTION` (unknown key) with the field's path under `input`;
 *   `INVALID_INPUT` for a target before the current year or a baseline after it; `OUT_OF_RANGE` for an actual
 *   year outside the path; `DUPLICATE_TIMESTAMP` for a year given twice.
 * @example
 * ```ts
 * // Liuzhou PM2.5: 45 µg/m³ in 2017, mid-term target ≤ 39 in 2020; published 41 (2018) and 38 (2019).
 * const gap = targetGap({
 *   indicator: 'pm25_annual',
 *   current: { year: 2017, value: 45 },
 *   target: { year: 2020, value: 39 },
 *   actuals: [{ year: 2018, value: 41 }, { year: 2019, value: 38 }],
 * });
 * gap.change; //=> -6
 * gap.changePercent; //=> -13.333333333333334
 * gap.annualLinear; //=> -2
 * gap.annualCompoundPercent; //=> -4.658049800559006 (((39/45)^(1/3) − 1)·100)
 * gap.track?.latest;
 * //=> { year: 2019, actual: 38, linear: 41, compound: 40.90539360524709, onTrackLinear: true, onTrackCompound: true }
 * ```
 */
export function targetGap(input: TargetGapInput): TargetGap {
  const parsed = parseWith(TargetGapInputSchema, input, ['input']);
  const indicator = parsed.indicator;
  const bound: Bound = parsed.target.bound ?? (indicator !== undefined && PLAN_INDICATOR_INFO[indicator].better === 'higher' ? '>=' : '<=');
  const current = parsed.current;
  const target = { year: parsed.target.year, value: parsed.target.value, bound };
  const direction = boundDirection(bound);
  const met = satisfies(current.value, bound, target.value);
  const change = plusZero(target.value - current.value);
  const shortfall = met ? 0 : Math.abs(change);
  const yearsLeft = target.year - current.year;
  const from = parsed.baseline ?? current;
  let track: TargetTrack | null = null;
  const actuals = [...(parsed.actuals ?? [])].sort((a, b) => a.year - b.year);
  if (actuals.length > 0) {
    const years = actuals.map((a): TrackYear => {
      const path = pathAt(from, target, a.year);
      return {
        year: a.year,
        actual: a.value,
        linear: path.linear,
        compound: path.compound,
        onTrackLinear: satisfies(a.value, bound, path.linear),
        onTrackCompound: path.compound === null ? null : satisfies(a.value, bound, path.compound),
      };
    });
    track = { from, years, latest: years[years.length - 1] as TrackYear };
  }
  return {
    indicator,
    current,
    target,
    direction,
    met,
    change,
    changePercent: current.value === 0 ? null : percentChangeUnchecked(current.value, target.value),
    shortfall,
    shortfallPercent: current.value === 0 ? null : (100 * shortfall) / current.value,
    yearsLeft,
    annualLinear: yearsLeft === 0 ? null : plusZero(change / yearsLeft),
    annualCompoundPercent:
      yearsLeft === 0 || current.value === 0 || target.value === 0 ? null : plusZero(((target.value / current.value) ** (1 / yearsLeft) - 1) * 100),
    track,
  };
}

function plusZero(v: number): number {
  return v === 0 ? 0 : v;
}
