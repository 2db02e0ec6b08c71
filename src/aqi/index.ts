/**
 * The air quality index: HJ 633-2012 and HJ 633-2026 (IAQI, daily and hourly reports, categories, the columnar
 * `aqiColumns`) and the US EPA AQI with NowCast, on one breakpoint engine.
 *
 * @module AQI
 */
export { iaqi, iaqiDetail, type IaqiOptions, type IaqiDetail } from './iaqi.js';
export {
  dailyAqi,
  hourlyAqi,
  type AqiConcentrations,
  type AqiReport,
  type AqiReportOptions,
  type CnAqiReportOptions,
  type UsAqiReportOptions,
  type AqiFlag,
} from './reports.js';
export { AqiConcentrationsSchema } from './schemas.js';
export { aqiCategory, type AqiCategory, type AqiCategoryOptions } from './aqiCategory.js';
export {
  AQI_SCHEMES,
  US_AQI_SCHEMES,
  HJ633_2012,
  HJ633_2012_TABLE_1,
  HJ633_2026,
  HJ633_2026_TABLE_3,
  EPA_2012,
  EPA_2012_TABLE,
  EPA_2024,
  EPA_2024_TABLE,
} from './schemes/index.js';
export { HJ633_COLORS, EPA_COLORS } from './colors.js';
export type { AqiMethod } from './_resolve.js';
export type { SubIndexStatus } from './engine.js';
export type {
  AqiScheme,
  AqiColumn,
  AqiCategoryBand,
  AboveRule,
  Segment,
  AqiUnit,
  AqiTextMethod,
  AqiText,
  ContinuousTable,
  BandTable,
  ConcentrationBasis,
} from './types.js';
export { nowCast, NOWCAST_POLLUTANTS, type NowCast, type NowCastOptions, type NowCastPollutant, type NowCastUnit } from './nowCast.js';
export {
  aqiColumns,
  primaryPollutantsOf,
  MAX_AQI_ROWS,
  type AqiColumns,
  type AqiColumnsInput,
  type AqiColumnsOptions,
} from './aqiColumns.js';
