// The units area's public surface (re-exports only).
export {};
export {
  convertConcentration,
  molarVolume,
  CONCENTRATION_UNITS,
  MOLAR_GAS_CONSTANT,
  DEFAULT_CONVERSION_CONDITIONS,
  type ConcentrationUnit,
  type ConvertConcentrationOptions,
} from './convertConcentration.js';
