/**
 * Units and states: ppb/ppm ↔ µg/m³ at a temperature, and the reference state of GB 3095 (273.15 K ↔ 298.15 K,
 * actual conditions).
 *
 * @module Units
 */
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
