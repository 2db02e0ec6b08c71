import * as z from 'zod/mini';
import { parseWith } from '../_lib/validate.js';
import { type Episode, episodeOf } from './episodes.js';
import {
  type AlertCondition,
  type AlertGrading,
  AlertGradingSchema,
  type AlertInnerCondition,
  type AlertLevelName,
  NATIONAL_ALERT_GRADING,
} from './grading.js';
import { type DailyAqiSeries, readDailyAqi } from './dailyAqi.js';
import { type Threshold, forEachRun, passes } from './internal.js';

/** The options of {@link alertLevel}. */
export const AlertLevelOptionsSchema = z.strictObject({
  /** The grading; default {@link NATIONAL_ALERT_GRADING}. */
  grading: z.optional(AlertGradingSchema),
});

/**
 * The options of {@link alertLevel}. (Written out rather than inferred from {@link AlertLevelOptionsSchema} so
 * that the level names of a grading written `as const` type the result.)
 */
export interface AlertLevelOptions<G extends AlertGrading = AlertGrading> {
  /** The grading; default {@link NATIONAL_ALERT_GRADING}. */
  readonly grading?: G;
}

/** Which condition set the level of {@link alertLevel}. */
export interface AlertReason {
  /** The condition, as the grading gives it. */
  readonly condition: AlertCondition;
  /** Its index among the level's conditions (`when`). */
  readonly conditionIndex: number;
  /**
   * The days of the episode that meet the condition's `inner` part (the first run long enough when it asks for
   * consecutive days, else every day above its threshold); `null` without an `inner` part.
   */
  readonly innerDays: ReadonlyArray<number> | null;
  /** The condition in words, e.g. `'AQI > 200 for 3 days or more, with AQI > 300 on at least 1 day of them'`. */
  readonly text: string;
}

/** The result of {@link alertLevel}. */
export interface AlertResult<L extends string = AlertLevelName> {
  /** The warning level: the most severe level any episode of the forecast meets, or `'none'`. */
  readonly level: L;
  /** The episode that sets the level (the earliest among those meeting it); `null` for `'none'`. */
  readonly episode: Episode | null;
  /** The condition met; `null` for `'none'`. */
  readonly reason: AlertReason | null;
  /** The days without a value (`null`, `undefined`, `NaN`): each ends a run, so the level may be understated. */
  readonly missing: ReadonlyArray<number>;
  /** The days of the forecast. */
  readonly days: number;
}

function thresholdOf(c: AlertCondition): Threshold {
  return c.atLeast === undefined ? { value: c.above as number, inclusive: false } : { value: c.atLeast, inclusive: true };
}

function range(start: number, end: number): number[] {
  return Array.from({ length: end - start + 1 }, (_, i) => start + i);
}

/** The days of `start…end` that meet `inner`, or `null` when they do not. */
function innerDaysOf(values: Float64Array, start: number, end: number, inner: AlertInnerCondition): number[] | null {
  const t: Threshold = { value: inner.above, inclusive: false };
  if (inner.consecutive ?? true) {
    let found: number[] | null = null;
    forEachRun(values, t, start, end, (a, b) => {
      if (b - a + 1 < inner.days) return false;
      found = range(a, b);
      return true;
    });
    return found;
  }
  const days = range(start, end).filter((i) => passes(values[i] as number, t));
  return days.length >= inner.days ? days : null;
}

function describeCondition(c: AlertCondition): string {
  const t = thresholdOf(c);
  let text = `AQI ${t.inclusive ? '≥' : '>'} ${t.value} for ${c.days} day${c.days === 1 ? '' : 's'} or more`;
  if (c.inner !== undefined) {
    const n = c.inner.days;
    text += (c.inner.consecutive ?? true) && n > 1
      ? `, with AQI > ${c.inner.above} for ${n} consecutive days or more`
      : `, with AQI > ${c.inner.above} on at least ${n} day${n === 1 ? '' : 's'} of them`;
  }
  return text;
}

interface Met {
  readonly start: number;
  readonly end: number;
  readonly conditionIndex: number;
  readonly innerDays: number[] | null;
}

/** The earliest run of `values` that meets one of `conditions` (the first condition on a tie), or `null`. */
function earliestMet(values: Float64Array, conditions: ReadonlyArray<AlertCondition>): Met | null {
  let best: Met | null = null;
  conditions.forEach((c, conditionIndex) => {
    forEachRun(values, thresholdOf(c), 0, values.length - 1, (start, end) => {
      if (best !== null && start >= best.start) return true;
      if (end - start + 1 < c.days) return false;
      const innerDays = c.inner === undefined ? null : innerDaysOf(values, start, end, c.inner);
      if (c.inner !== undefined && innerDays === null) return false;
      best = { start, end, conditionIndex, innerDays };
      return true;
    });
  });
  return best;
}

/**
 * The heavy-pollution warning level (重污染天气预警级别) of a forecast of daily AQI: the grading's most severe
 * level that some episode of the forecast meets. By default the national grading of 2017
 * ({@link NATIONAL_ALERT_GRADING}, 环大气〔2017〕86号): yellow for AQI > 200 lasting 2 days (48 h) or more, orange
 * for 3 days (72 h) or more with AQI > 300 on at least one of them, red for 4 days (96 h) or more with AQI > 300
 * lasting 2 days (48 h) or more, or any day reaching 500.
 *
 * "Lasting" is read as consecutive days: a run of days above the threshold, which a day at or below it, or a
 * missing day, ends. "Above 200" is strict (200 is not above 200); "reaching 500" is ≥ 500. The strongest level
 * wins; among the episodes meeting it the earliest sets `episode` (on a tie, the level's first condition). The
 * ministry's rule that two episodes too close to clear in between count as one is not applied: join them in the
 * forecast if your plan does. An empty forecast, or one without an episode, gives `'none'`.
 *
 * The forecast is the daily AQI (or the running 24 h mean, which the 2017 rules allow across midnight) from the
 * first forecast day on; a local table (a blue level, other thresholds) goes in `options.grading`.
 *
 * @param forecast - Forecast daily AQI values from day 0 on: an array (`null`/`undefined`/`NaN` for a missing
 *   day) or a typed array (`NaN` missing).
 * @param options - `grading`: the table of levels (default {@link NATIONAL_ALERT_GRADING}).
 * @returns The level, the episode that sets it, the condition met (`reason`), the missing days.
 * @throws {LantianError} `INVALID_TYPE` when `forecast` is not an array or a typed array, or holds a non-number;
 *   `NOT_FINITE` for ±Infinity; `NEGATIVE_VALUE` for a negative AQI (path: its index); `SERIES_TOO_LONG` beyond
 *   100,000 days; `INVALID_OPTION`, `INVALID_TYPE`, `OUT_OF_RANGE`, `NOT_AN_INTEGER` or `UNKNOWN_OPTION` for a
 *   malformed grading (path: under `options.grading`).
 * @example
 * ```ts
 * alertLevel([150, 210, 240, 180]).level; //=> 'yellow'
 * alertLevel([210, 320, 240]).level; //=> 'orange'
 * alertLevel([210, 310, 305, 220]).level; //=> 'red'
 * alertLevel([180, 500]).reason?.text; //=> 'AQI ≥ 500 for 1 day or more'
 * alertLevel([200, 200, 200]).level; //=> 'none' (200 is not above 200)
 * alertLevel([201, 300, 300, 201]).level; //=> 'yellow' (300 is not above 300)
 * const r = alertLevel([120, 230, 260, 310, 240, 150]);
 * r.level; //=> 'orange'
 * [r.episode?.start, r.episode?.end, r.reason?.innerDays]; //=> [1, 4, [3]]
 * ```
 */
export function alertLevel<const G extends AlertGrading = typeof NATIONAL_ALERT_GRADING>(
  forecast: DailyAqiSeries,
  options?: AlertLevelOptions<G>,
): AlertResult<AlertLevelName<G>> {
  const opts = parseWith(AlertLevelOptionsSchema, options === undefined ? {} : options, ['options']);
  const values = readDailyAqi(forecast, ['forecast']);
  const grading: AlertGrading = opts.grading ?? NATIONAL_ALERT_GRADING;
  const missing: number[] = [];
  for (let i = 0; i < values.length; i++) if (Number.isNaN(values[i])) missing.push(i);
  for (let l = grading.levels.length - 1; l >= 0; l--) {
    const rule = grading.levels[l] as AlertGrading['levels'][number];
    const met = earliestMet(values, rule.when);
    if (met === null) continue;
    const condition = rule.when[met.conditionIndex] as AlertCondition;
    return {
      level: rule.level as AlertLevelName<G>,
      episode: episodeOf(values, met.start, met.end),
      reason: { condition, conditionIndex: met.conditionIndex, innerDays: met.innerDays, text: describeCondition(condition) },
      missing,
      days: values.length,
    };
  }
  return { level: 'none' as AlertLevelName<G>, episode: null, reason: null, missing, days: values.length };
}
