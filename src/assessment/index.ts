/**
 * Daily and annual assessment (HJ 663, GB 3095): a day, a station-year, a city from its stations, the WHO and
 * EU schemes, the comprehensive index, the good-days ratio, rankings.
 *
 * @module Assessment
 */
export { station, stationGrade, parseStationList, StationSchema, type Station, type StationInput } from './stations.js';
export {
  comprehensiveIndex,
  ComprehensiveIndexValuesSchema,
  INDEX_WEIGHTINGS,
  INDEX_WEIGHTS,
  INDEX_LIMIT_AVERAGING,
  type ComprehensiveIndex,
  type ComprehensiveIndexOptions,
  type ComprehensiveIndexValues,
  type SingleIndex,
} from './comprehensiveIndex.js';
export { goodDaysRatio, type GoodDaysRatio, type GoodDaysRatioOptions } from './goodDaysRatio.js';
export {
  assessDay,
  LIMIT_COMPARISONS,
  DAILY_LIMIT_AVERAGING,
  type AssessDayOptions,
  type DayAssessment,
  type DayItem,
  type LimitComparison,
} from './assessDay.js';
export {
  assessYear,
  YEAR_DAILY_INDICATORS,
  YEAR_STATISTICS,
  YEAR_ITEMS,
  DAY_LIMIT_MODES,
  type DayLimitMode,
  type DayLimitPeriod,
  type AssessYearOptions,
  type YearAssessment,
  type YearDailyIndicator,
  type YearDay,
  type YearInput,
  type YearItem,
  type YearStatistic,
  type PollutantDays,
} from './assessYear.js';
export {
  cityMean,
  CITY_AVERAGINGS,
  MAX_CITY_STATIONS,
  type CityAveraging,
  type CityMeanOptions,
  type CityMeanCounts,
  type CityHourlyMean,
  type CityDailyMean,
  type CityStations,
} from './cityMean.js';
export {
  assessGuidelines,
  GUIDELINE_DAILY_INDICATORS,
  type AssessGuidelinesOptions,
  type DataConditions,
  type GuidelineAssessment,
  type GuidelineDailyIndicator,
  type GuidelineItem,
  type GuidelineLevelResult,
  type GuidelinePollutant,
  type GuidelineStatistic,
  type GuidelineYearInput,
} from './assessGuidelines.js';
export { assessCity, type AssessCityOptions, type CityAssessment, type CityStationData } from './assessCity.js';
export { rankByIndex, type RankEntry, type RankedEntry } from './rankByIndex.js';
export { YearInputSchema, GuidelineYearInputSchema, HourlyByPollutantSchema, CityStationDataSchema, RankEntrySchema, DailyAqiValuesSchema } from './schemas.js';
