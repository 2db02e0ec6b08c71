/**
 * Heavy-pollution warning levels from a forecast of daily AQI, with the grading as data.
 *
 * @module Alerts
 */
export {
  MAX_ALERT_DAYS,
  AlertInnerConditionSchema,
  AlertConditionSchema,
  AlertLevelRuleSchema,
  AlertGradingSchema,
  NATIONAL_ALERT_GRADING,
  type AlertInnerCondition,
  type AlertCondition,
  type AlertLevelRule,
  type AlertGrading,
  type AlertLevelName,
  type NationalAlertLevel,
} from './grading.js';
export { DailyAqiSeriesSchema, type DailyAqiSeries, type NumericTypedArray } from './dailyAqi.js';
export { HEAVY_POLLUTION_AQI, EpisodesOptionsSchema, episodes, type EpisodesOptions, type Episode } from './episodes.js';
export { AlertLevelOptionsSchema, alertLevel, type AlertLevelOptions, type AlertReason, type AlertResult } from './alertLevel.js';
