import * as z from 'zod/mini';
import { deepFreeze } from '../_lib/freeze.js';
import { parseWith, requireFinite, requireMember, requireRecord } from '../_lib/validate.js';
import { POLLUTANTS, type Pollutant } from '../pollutants/index.js';
import type { LimitAveraging } from '../standards/types.js';
import { NonNegativeSchema, YearSchema, idRecord } from './_schemas.js';

/**
 * The indicators an attainment plan sets targets on: the annual assessment items of HJ 663 (annual means of
 * SO2, NO2, PM10 and PM2.5, the 95th percentile of daily CO means, the 90th percentile of O3 daily maximum
 * 8-hour means) and the day ratios (优良天数比率, 重污染天数比率).
 */
export const PLAN_INDICATORS = [
  'so2_annual',
  'no2_annual',
  'pm10_annual',
  'pm25_annual',
  'co_24h_p95',
  'o3_8h_p90',
  'good_days_ratio',
  'heavy_days_ratio',
] as const;

/** One of {@link PLAN_INDICATORS}. */
export type PlanIndicator = (typeof PLAN_INDICATORS)[number];

/** What lantian records of a plan indicator. */
export interface PlanIndicatorInfo {
  readonly id: PlanIndicator;
  readonly name: { readonly zh: string; readonly en: string };
  /** µg/m³, mg/m³ (CO) or percent of valid days. */
  readonly unit: 'ug/m3' | 'mg/m3' | '%';
  /** Whether improvement means a lower value (concentrations, heavy days) or a higher one (good days). */
  readonly better: 'lower' | 'higher';
  /** The GB 3095 limit the indicator is judged against (`limitOf(item, averaging)`), or `null` for day ratios. */
  readonly limit: { readonly item: Pollutant; readonly averaging: LimitAveraging } | null;
}

/** The plan indicators: names, units, direction of improvement and the limit each is judged against. */
export const PLAN_INDICATOR_INFO: Readonly<Record<PlanIndicator, PlanIndicatorInfo>> = deepFreeze({
  so2_annual: info('so2_annual', '二氧化硫年平均浓度', 'SO₂ annual mean', 'ug/m3', 'lower', 'so2', 'annual'),
  no2_annual: info('no2_annual', '二氧化氮年平均浓度', 'NO₂ annual mean', 'ug/m3', 'lower', 'no2', 'annual'),
  pm10_annual: info('pm10_annual', '可吸入颗粒物年平均浓度', 'PM₁₀ annual mean', 'ug/m3', 'lower', 'pm10', 'annual'),
  pm25_annual: info('pm25_annual', '细颗粒物年平均浓度', 'PM₂.₅ annual mean', 'ug/m3', 'lower', 'pm25', 'annual'),
  co_24h_p95: info('co_24h_p95', '一氧化碳24小时平均第95百分位数', 'CO daily mean, 95th percentile', 'mg/m3', 'lower', 'co', 'daily'),
  o3_8h_p90: info('o3_8h_p90', '臭氧日最大8小时滑动平均值第90百分位数', 'O₃ daily max 8-h mean, 90th percentile', 'ug/m3', 'lower', 'o3', '8h'),
  good_days_ratio: info('good_days_ratio', '优良天数比率', 'good-days ratio', '%', 'higher', null, null),
  heavy_days_ratio: info('heavy_days_ratio', '重污染天数比率', 'heavily-polluted-days ratio', '%', 'lower', null, null),
});

function info(
  id: PlanIndicator,
  zh: string,
  en: string,
  unit: PlanIndicatorInfo['unit'],
  better: PlanIndicatorInfo['better'],
  item: Pollutant | null,
  averaging: LimitAveraging | null,
): PlanIndicatorInfo {
  return { id, name: { zh, en }, unit, better, limit: item === null || averaging === null ? null : { item, averaging } };
}

/**
 * How a target bounds its indicator: `'<='` (以下, 不超过, 达标), `'<'` (低于), `'>='` (达到, 不低于), `'>'`
 * (高于, 超过, "＞88%"). Plans write "下降到43μg/m3以下": in Chinese legal and planning usage 以下 includes the
 * number itself, so that is `'<='` 43.
 */
export const BOUNDS = ['<=', '<', '>=', '>'] as const;

/** One of {@link BOUNDS}. */
export type Bound = (typeof BOUNDS)[number];

/** The terms of a plan's milestones: 近期, 中期, 远期. */
export const MILESTONE_TERMS = ['near', 'mid', 'long'] as const;

/** One of {@link MILESTONE_TERMS}. */
export type MilestoneTerm = (typeof MILESTONE_TERMS)[number];

const TextSchema = z.optional(z.string().check(z.maxLength(2000)));

/** A target on one indicator's value in a year: e.g. PM2.5 annual mean ≤ 43 µg/m³ in 2018. */
export const ValueTargetSchema = z.strictObject({
  kind: z.literal('value'),
  indicator: z.enum(PLAN_INDICATORS),
  year: YearSchema,
  bound: z.enum(BOUNDS),
  value: NonNegativeSchema,
  /** The plan's own words, verbatim. */
  text: TextSchema,
});

/** A value target. */
export interface ValueTarget extends z.infer<typeof ValueTargetSchema> {}

/** Full attainment (全面达标) in a year: every listed pollutant attains its GB 3095 limits (default: all six). */
export const AttainmentTargetSchema = z.strictObject({
  kind: z.literal('attainment'),
  year: YearSchema,
  pollutants: z._default(z.readonly(z.array(z.enum(POLLUTANTS)).check(z.minLength(1))), POLLUTANTS),
  text: TextSchema,
});

/** An attainment target. */
export interface AttainmentTarget extends z.infer<typeof AttainmentTargetSchema> {}

/**
 * A target on the direction of indicators by a year: `every: 'year'` for year-on-year change (逐年降低), `every:
 * 'period'` for a change against the previous milestone (进一步下降 / 进一步提高).
 */
export const DirectionTargetSchema = z.strictObject({
  kind: z.literal('direction'),
  indicators: z.readonly(z.array(z.enum(PLAN_INDICATORS)).check(z.minLength(1))),
  direction: z.enum(['decrease', 'increase']),
  every: z.enum(['year', 'period']),
  year: YearSchema,
  text: TextSchema,
});

/** A direction target. */
export interface DirectionTarget extends z.infer<typeof DirectionTargetSchema> {}

/** A plan target: a value bound, full attainment, or a direction. */
export const TargetSchema = z.discriminatedUnion('kind', [ValueTargetSchema, AttainmentTargetSchema, DirectionTargetSchema]);

/** A plan target. */
export type Target = z.infer<typeof TargetSchema>;

/** A milestone (阶段目标): the targets of one term, all due in its year. */
export const MilestoneSchema = z.strictObject({
  term: z.enum(MILESTONE_TERMS),
  year: YearSchema,
  targets: z.readonly(z.array(TargetSchema).check(z.minLength(1))),
  text: TextSchema,
});

/** A milestone. */
export interface Milestone extends z.infer<typeof MilestoneSchema> {}

/**
 * A plan's targets: its baseline year (基准年) with the values of that year, and its milestones in time order
 * (near, mid, long term), each with targets due in the milestone's year.
 */
export const PlanTargetsSchema = z
  .strictObject({
    baseline: z.strictObject({
      year: YearSchema,
      values: idRecord(PLAN_INDICATORS, NonNegativeSchema, 'UNKNOWN_INDICATOR'),
    }),
    milestones: z.readonly(z.array(MilestoneSchema).check(z.minLength(1))),
  })
  .check(z.superRefine((plan, ctx) => {
    let previous = plan.baseline.year;
    plan.milestones.forEach((milestone, i) => {
      if (milestone.year <= previous) {
        ctx.addIssue({ code: 'custom', path: ['milestones', i, 'year'], message: `milestones must come after the baseline and each other (${milestone.year} after ${previous})` });
      }
      previous = milestone.year;
      milestone.targets.forEach((target, j) => {
        if (target.year !== milestone.year) {
          ctx.addIssue({ code: 'custom', path: ['milestones', i, 'targets', j, 'year'], message: `a target of the ${milestone.year} milestone is due in ${milestone.year}, not ${target.year}` });
        }
      });
    });
  }));

/** A plan's targets as validated by {@link planTargets}. */
export interface PlanTargets extends z.output<typeof PlanTargetsSchema> {}

/** A plan's targets as written by a caller (defaults may be left out). */
export type PlanTargetsInput = z.input<typeof PlanTargetsSchema>;

/**
 * Validates a plan's targets (baseline and milestones) and fills their defaults: an attainment target without
 * `pollutants` covers all six. Milestones must follow the baseline and each other in time, and each target is
 * due in its milestone's year.
 *
 * @param input - The baseline and the milestones.
 * @returns The validated targets.
 * @throws {LantianError} `INVALID_TYPE`, `OUT_OF_RANGE`, `NOT_AN_INTEGER`, `NEGATIVE_VALUE`, `INVALID_INPUT` or
 *   `UNKNOWN_OPTION` (unknown key) with the path of the bad field, under `plan`; `UNKNOWN_INDICATOR` for a
 *   baseline value of an unknown indicator; `INVALID_INPUT` for milestones out of order or a target due in
 *   another year than its milestone.
 * @example
 * ```ts
 * const plan = planTargets({
 *   baseline: { year: 2014, values: { pm25_annual: 67, good_days_ratio: 65.8 } },
 *   milestones: [
 *     { term: 'near', year: 2018, targets: [{ kind: 'value', indicator: 'pm25_annual', year: 2018, bound: '<=', value: 43 }] },
 *     { term: 'long', year: 2025, targets: [{ kind: 'attainment', year: 2025 }] },
 *   ],
 * });
 * plan.milestones[1].targets[0]; //=> { kind: 'attainment', year: 2025, pollutants: ['so2', 'no2', 'co', 'o3', 'pm10', 'pm25'] }
 * ```
 */
export function planTargets(input: PlanTargetsInput): PlanTargets {
  return parseWith(PlanTargetsSchema, input, ['plan']);
}

/** Whether improvement under a bound means falling (`'<='`, `'<'`) or rising (`'>='`, `'>'`) values. */
export function boundDirection(bound: Bound): 'decrease' | 'increase' {
  return bound === '<=' || bound === '<' ? 'decrease' : 'increase';
}

/** Whether `value` satisfies `bound threshold` (no checks). */
export function satisfies(value: number, bound: Bound, threshold: number): boolean {
  switch (bound) {
    case '<=':
      return value <= threshold;
    case '<':
      return value < threshold;
    case '>=':
      return value >= threshold;
    case '>':
      return value > threshold;
  }
}

/**
 * Whether a value meets a target's bound: `value ≤ target` for `'<='`, `value > target` for `'>'` (a "＞88%"
 * target is not met by 88), and so on. The value is compared as given: pass the published (rounded) figure to
 * judge as the plan's assessment does.
 *
 * @param target - `{ bound, value }` (a {@link ValueTarget} will do).
 * @param value - The observed value.
 * @returns Whether the target is met.
 * @throws {LantianError} `INVALID_TYPE` / `INVALID_OPTION` for a bad bound; `INVALID_TYPE` / `NOT_FINITE` for a
 *   bad number.
 * @example
 * ```ts
 * isTargetMet({ bound: '<=', value: 43 }, 41); //=> true (Liuzhou PM2.5 2018)
 * isTargetMet({ bound: '>', value: 88 }, 88); //=> false
 * ```
 */
export function isTargetMet(target: { readonly bound: Bound; readonly value: number }, value: number): boolean {
  const t = requireRecord(target, ['target']);
  const bound = requireMember(t['bound'], BOUNDS, ['target', 'bound'], 'INVALID_OPTION');
  const threshold = requireFinite(t['value'], ['target', 'value']);
  return satisfies(requireFinite(value, ['value']), bound, threshold);
}
