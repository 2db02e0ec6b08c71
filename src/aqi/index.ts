export { iaqi, iaqiDetail, type IaqiOptions, type IaqiDetail } from './iaqi.js';
export {
  dailyAqi,
  hourlyAqi,
  AqiConcentrationsSchema,
  type AqiConcentrations,
  type AqiReport,
  type AqiReportOptions,
  type AqiFlag,
} from './reports.js';
export { aqiCategory, type AqiCategory, type AqiCategoryOptions } from './aqiCategory.js';
export { AQI_SCHEMES, HJ633_2012, HJ633_2012_TABLE_1, HJ633_2026, HJ633_2026_TABLE_3 } from './schemes/index.js';
export { HJ633_COLORS } from './colors.js';
export type { AqiMethod } from './_resolve.js';
export type { SubIndexStatus } from './engine.js';
export type { AqiScheme, AqiColumn, AqiCategoryBand, AboveRule, Segment, AqiUnit, AqiTextMethod, ContinuousTable } from './types.js';
