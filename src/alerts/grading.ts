/**
 * Heavy-pollution warning gradings as data: the national table of 2017 and the shape a province's or a city's
 * own table takes.
 *
 * @module
 */
import * as z from 'zod/mini';
import { deepFreeze } from '../_lib/freeze.js';

/** The longest run a condition may ask for, in days (a year and a day of a leap year). */
export const MAX_ALERT_DAYS = 366;

const ThresholdSchema = z.number().check(z.nonnegative());
const DaysSchema = z.int().check(z.minimum(1), z.maximum(MAX_ALERT_DAYS));

/**
 * The condition inside a run of an {@link AlertCondition}: days of the run with AQI above a second threshold
 * (`above`), at least `days` of them — on `days` consecutive days (`consecutive: true`, the default: "AQI > 300
 * lasting 2 days") or on any `days` days of the run (`consecutive: false`: "AQI > 300 on at least one day").
 */
export const AlertInnerConditionSchema = z.readonly(
  z.strictObject({
    /** A day counts when its AQI is strictly above this value. */
    above: ThresholdSchema,
    /** How many such days the run must hold (1…366). */
    days: DaysSchema,
    /** Whether those days must follow one another (default `true`). With `days: 1` it makes no difference. */
    consecutive: z.optional(z.boolean()),
  }),
);

/** The condition inside a run of an {@link AlertCondition}. */
export interface AlertInnerCondition extends z.infer<typeof AlertInnerConditionSchema> {}

/**
 * One condition of a warning level: a run of at least `days` consecutive forecast days whose AQI is above
 * `above` (strictly: "AQI > 200") or at least `atLeast` ("AQI reaching 500") — exactly one of the two — and,
 * when `inner` is given, holding that inner condition. A missing day ends a run.
 */
export const AlertConditionSchema = z
  .readonly(
    z.strictObject({
      /** A day is in the run when its AQI is strictly above this value ("> 200"). */
      above: z.optional(ThresholdSchema),
      /** A day is in the run when its AQI is this value or more ("reaching 500"). */
      atLeast: z.optional(ThresholdSchema),
      /** The shortest run that meets the condition, in days (1…366): "lasting 2 days (48 h)" is 2. */
      days: DaysSchema,
      /** A further condition on the days of the run. */
      inner: z.optional(AlertInnerConditionSchema),
    }),
  )
  .check(
    z.superRefine((c, ctx) => {
      if ((c.above === undefined) === (c.atLeast === undefined)) {
        ctx.addIssue({ code: 'custom', path: ['above'], message: 'give exactly one of above and atLeast', params: { code: 'INVALID_OPTION' } });
      }
    }),
  );

/** One condition of a warning level. */
export interface AlertCondition extends z.infer<typeof AlertConditionSchema> {}

/** One level of an {@link AlertGrading}: its name and the conditions any one of which raises it. */
export const AlertLevelRuleSchema = z.readonly(
  z.strictObject({
    /** The level's name, e.g. `'orange'`; not `'none'`, which is the result when no level is met. */
    level: z.string().check(z.minLength(1)),
    /** The conditions: the level is met when any one of them holds. */
    when: z.readonly(z.array(AlertConditionSchema).check(z.minLength(1))),
  }),
);

/** One level of an {@link AlertGrading}. */
export interface AlertLevelRule extends z.infer<typeof AlertLevelRuleSchema> {}

/**
 * A warning grading: its levels from the least to the most severe, each with its conditions, and where the table
 * comes from. A level's conditions are checked on their own: a more severe level need not imply a lesser one.
 */
export const AlertGradingSchema = z
  .readonly(
    z.strictObject({
      /** A short name of the table. */
      name: z.optional(z.string()),
      /** The document the table comes from. */
      source: z.optional(z.string()),
      /** The levels, from the least to the most severe. */
      levels: z.readonly(z.array(AlertLevelRuleSchema).check(z.minLength(1))),
    }),
  )
  .check(
    z.superRefine((g, ctx) => {
      const seen = new Set<string>();
      g.levels.forEach((rule, i) => {
        if (rule.level === 'none') {
          ctx.addIssue({ code: 'custom', path: ['levels', i, 'level'], message: "'none' is the result without a level", params: { code: 'INVALID_OPTION' } });
        } else if (seen.has(rule.level)) {
          ctx.addIssue({ code: 'custom', path: ['levels', i, 'level'], message: `level '${rule.level}' is given twice`, params: { code: 'INVALID_OPTION' } });
        }
        seen.add(rule.level);
      });
    }),
  );

/** A warning grading: levels from the least to the most severe, each with its conditions. */
export interface AlertGrading extends z.infer<typeof AlertGradingSchema> {}

/** The level names of a grading, and `'none'`. */
export type AlertLevelName<G extends AlertGrading = typeof NATIONAL_ALERT_GRADING> = 'none' | G['levels'][number]['level'];

/** The levels of the national grading, from the least to the most severe. */
export type NationalAlertLevel = (typeof NATIONAL_ALERT_GRADING)['levels'][number]['level'];

/**
 * The national grading of heavy-pollution warnings (重污染天气预警分级标准) on the forecast daily AQI, set by the
 * Ministry of Environmental Protection in 2017 for the revision of the cities' emergency plans: 环境保护部
 * 《重污染天气预警分级标准和应急减排措施修订工作方案》(环大气〔2017〕86号), as presented on 2017-09-20, and taken
 * over by 《关于推进重污染天气应急预案修订工作的指导意见》(环办大气函〔2018〕875号):
 *
 * - yellow (黄色, 三级): forecast daily AQI > 200 lasting 2 days (48 h) or more, no higher level reached;
 * - orange (橙色, 二级): AQI > 200 lasting 3 days (72 h) or more, with AQI > 300 on at least one of them;
 * - red (红色, 一级): AQI > 200 lasting 4 days (96 h) or more with AQI > 300 lasting 2 days (48 h) or more, or a
 *   forecast daily AQI reaching 500.
 *
 * Local plans may be stricter or add a blue level (the 2016 Beijing–Tianjin–Hebei table: AQI > 200 on one day);
 * write such a table as an {@link AlertGrading}. UNCONFIRMED: the wording above is read from the ministry's
 * 2017 presentation and from local plans that reproduce it, not from the text of 环大气〔2017〕86号 itself; that
 * 环办大气函〔2018〕875号 keeps it is read from the local plans that cite both; whether the 2024 guidance
 * (环大气〔2024〕6号) changed the thresholds is not checked. Pass your own table when in doubt.
 */
export const NATIONAL_ALERT_GRADING = deepFreeze({
  name: 'national-2017',
  source: '环境保护部《重污染天气预警分级标准和应急减排措施修订工作方案》(环大气〔2017〕86号)',
  levels: [
    { level: 'yellow', when: [{ above: 200, days: 2 }] },
    { level: 'orange', when: [{ above: 200, days: 3, inner: { above: 300, days: 1, consecutive: false } }] },
    {
      level: 'red',
      when: [
        { above: 200, days: 4, inner: { above: 300, days: 2, consecutive: true } },
        { atLeast: 500, days: 1 },
      ],
    },
  ],
} as const satisfies AlertGrading);
