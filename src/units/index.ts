// The units area's public surface (re-exports only).
export {
  toStandardState,
  fromStandardState,
  STANDARD_STATE,
  REFERENCE_STATE,
  EU_STANDARD_STATE,
  conditionsFactor,
  type StateConditions,
  type ReferenceStateOptions,
  type WeatherValues,
  type ConvertibleSeries,
  type ConvertedSeries,
} from './referenceState.js';
export {
  convertConcentration,
  molarVolume,
  CONCENTRATION_UNITS,
  MOLAR_GAS_CONSTANT,
  DEFAULT_CONVERSION_CONDITIONS,
  type ConcentrationUnit,
  type ConvertConcentrationOptions,
} from './convertConcentration.js';
