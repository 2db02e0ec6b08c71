/**
 * Hourly and daily series and the statistics of HJ 663 with the validity of GB 3095 Table 4: daily means, 8-hour
 * moving means, MDA8, daily maxima, period means and percentiles, records.
 *
 * @module Series
 */
export {
  HOUR_LABELS,
  MAX_HOURLY_LENGTH,
  MAX_DAILY_LENGTH,
  TimeInputSchema,
  SeriesValueSchema,
  SeriesValuesSchema,
  HourlySeriesSchema,
  DailySeriesSchema,
  TimedValueSchema,
  type HourLabel,
  type TimeOptions,
  type SeriesValues,
  type TimeInput,
  type HourlySeries,
  type DailySeries,
  type TimedValue,
  type HourlyInput,
  type DailyInput,
} from './types.js';
export {
  SERIES_VALIDITY,
  ITEM_VALIDITY_RULE,
  VALIDITY_RULES,
  PERIOD_KINDS,
  type SeriesValidity,
  type PeriodMinimum,
  type PeriodKind,
  type ValidityRule,
} from './validity.js';
export { dailyMeans, type DailyMeans, type DailyMeansOptions, type DailyStatistics } from './dailyMeans.js';
export { movingAverage8h, type MovingAverage8h, type MovingAverage8hOptions, type HourlyStatistics } from './movingAverage8h.js';
export { dailyMax8h, type DailyMax8h, type DailyMax8hOptions, type DailyMaxOptions, type DailyMaxima } from './dailyMax8h.js';
export { dailyMax1h, type DailyMax1h, type DailyMax1hOptions } from './dailyMax1h.js';
export {
  PeriodSchema,
  type PeriodInput,
  type Period,
  type PeriodOptions,
  type PeriodStatistic,
  type MonthCoverage,
  type CoverageFailure,
} from './period.js';
export { periodMean, type PeriodMean } from './periodMean.js';
export { periodPercentile, type PeriodPercentile } from './periodPercentile.js';
export { dailyRecords, hourlyRecords, type DailyRecord, type HourlyRecord } from './records.js';
export { dailyValueOn } from './dailyValueOn.js';
