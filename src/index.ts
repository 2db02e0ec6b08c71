/**
 * lantian (蓝天): ambient air-quality compliance for China and beyond.
 *
 * @module lantian
 */
export {
  LantianError,
  isLantianError,
  safely,
  ERROR_CODES,
  ERROR_MESSAGES,
  formatPath,
  type LantianErrorCode,
  type ErrorPath,
  type LantianResult,
} from './errors.js';
export {
  POLLUTANTS,
  OTHER_ITEMS,
  AIR_ITEMS,
  INDICATORS,
  pollutantInfo,
  indicatorPollutant,
  indicatorAveraging,
  type Pollutant,
  type OtherItem,
  type AirItem,
  type Indicator,
  type IndicatorAveraging,
  type PollutantInfo,
  type MassConcentrationUnit,
} from './pollutants/index.js';
export { roundHalfEven, roundStatistic, roundConcentration, MAX_DECIMALS, type RoundConcentrationOptions } from './rounding/index.js';
export {
  AQI_EDITIONS,
  US_AQI_EDITIONS,
  ALL_AQI_EDITIONS,
  AQI_SCHEME_IDS,
  STANDARD_EDITIONS,
  WHO_EDITIONS,
  EU_EDITIONS,
  ALL_STANDARD_EDITIONS,
  LIMIT_SCHEME_IDS,
  ASSESSMENT_EDITIONS,
  EDITIONS,
  LATEST_AQI_EDITION,
  LATEST_US_AQI_EDITION,
  LATEST_STANDARD_EDITION,
  LATEST_WHO_EDITION,
  LATEST_EU_EDITION,
  LATEST_ASSESSMENT_EDITION,
  aqiEditionOn,
  standardEditionOn,
  assessmentEditionOn,
  LIMIT_STAGES,
  STANDARD_STAGES,
  STANDARD_CONDITIONS,
  REFERENCE_CONDITIONS,
  standardStageOn,
  standardConditionsOn,
  type LimitStage,
  type ReferenceConditions,
  type AqiEdition,
  type UsAqiEdition,
  type AnyAqiEdition,
  type AqiSchemeId,
  type AqiEditionOnOptions,
  type StandardEdition,
  type WhoEdition,
  type EuEdition,
  type AnyStandardEdition,
  type LimitSchemeId,
  type StandardEditionOnOptions,
  type AssessmentEdition,
  type EditionInfo,
} from './editions/index.js';
export type { DateInput } from './_lib/time.js';
export * from './aqi/index.js';
export * from './units/index.js';
export * from './series/index.js';
export * from './stats/index.js';
export * from './standards/index.js';
export * from './assessment/index.js';
export * from './planning/index.js';
export * from './frame/index.js';
export * from './alerts/index.js';
export * from './plots/index.js';
