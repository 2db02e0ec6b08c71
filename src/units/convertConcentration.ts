import { LantianError } from '../errors.js';
import { type AirItem, pollutantInfo, requireAirItem } from '../pollutants/index.js';
import { isMissing, readOptions, requireConcentration, requireFinite, requireMember } from '../_lib/validate.js';

/**
 * Concentration units: volume mixing ratios `'ppb'` and `'ppm'` (the US EPA's gas units) and mass
 * concentrations `'ug/m3'` and `'mg/m3'` (GB 3095, WHO, EU; the US for PM).
 */
export const CONCENTRATION_UNITS = ['ppb', 'ppm', 'ug/m3', 'mg/m3'] as const;
/** One of the {@link CONCENTRATION_UNITS}. */
export type ConcentrationUnit = (typeof CONCENTRATION_UNITS)[number];

/**
 * The molar gas constant R in J/(mol·K) = kPa·L/(mol·K): exact since the 2019 SI redefinition, R = N_A·k =
 * 6.022 140 76 × 10²³ mol⁻¹ × 1.380 649 × 10⁻²³ J/K (CODATA 2018).
 */
export const MOLAR_GAS_CONSTANT = 8.31446261815324;

/** The temperature (°C) and pressure (kPa) conversions between ppb and µg/m³ assume unless told: 25 °C, 101.325 kPa. */
export const DEFAULT_CONVERSION_CONDITIONS = Object.freeze({ temperatureC: 25, pressureKPa: 101.325 });

/** Options of {@link convertConcentration} and {@link molarVolume}: the conditions of the air. */
export interface ConvertConcentrationOptions {
  /** Air temperature in °C, above −273.15 (default 25 °C = 298.15 K). */
  readonly temperatureC?: number;
  /** Air pressure in kPa, above 0 (default 101.325 kPa). */
  readonly pressureKPa?: number;
}

/** 0 °C in kelvin. */
const ZERO_CELSIUS_K = 273.15;

/** Per unit: its dimension and its size in ppb or µg/m³. */
const UNIT_SCALE: Readonly<Record<ConcentrationUnit, { readonly kind: 'volume' | 'mass'; readonly shift: number }>> = Object.freeze({
  ppb: { kind: 'volume', shift: 0 },
  ppm: { kind: 'volume', shift: 3 },
  'ug/m3': { kind: 'mass', shift: 0 },
  'mg/m3': { kind: 'mass', shift: 3 },
});

/**
 * The molar volume of an ideal gas, Vm = R·T/P, in L/mol: 24.465 L/mol at 25 °C (298.15 K) and 101.325 kPa,
 * 24.055 at 20 °C, 22.414 at 0 °C (the ideal-gas molar volume RT/p), with R = {@link MOLAR_GAS_CONSTANT}.
 *
 * @param options - `temperatureC` (default 25) and `pressureKPa` (default 101.325).
 * @returns Vm in L/mol.
 * @throws {LantianError} `INVALID_TYPE`, `NOT_FINITE` or `OUT_OF_RANGE` (at or below absolute zero; a pressure
 *   of 0 or less; conditions so extreme that Vm is not a finite positive number) for bad conditions;
 *   `UNKNOWN_OPTION` for an unknown key.
 * @example
 * ```ts
 * molarVolume(); //=> 24.465403697038123
 * molarVolume({ temperatureC: 0 }); //=> 22.413969545014137
 * ```
 */
export function molarVolume(options?: ConvertConcentrationOptions): number {
  return molarVolumeOf(readConditions(options));
}

/**
 * Converts a concentration between ppb, ppm, µg/m³ and mg/m³.
 *
 * Between a volume mixing ratio and a mass concentration the ideal gas law applies:
 * µg/m³ = ppb × M / Vm, with M the molar mass of the gas (g/mol, from {@link pollutantInfo}: SO2 64.064,
 * NO2 46.0055, O3 47.9982, CO 28.0101; NOx as NO2) and Vm = R·T/P the molar volume at the air's temperature
 * and pressure ({@link molarVolume}; 24.465 L/mol at the default 25 °C and 101.325 kPa). So 1 ppb of SO2 at
 * 25 °C is 64.064 / 24.465 = 2.6186 µg/m³. ppb ↔ ppm and µg/m³ ↔ mg/m³ are factors of 1000 and need no
 * temperature. Particles (PM10, PM2.5, TSP, Pb, BaP) have no molar mass: they convert only between µg/m³ and mg/m³.
 *
 * A mass concentration depends on the conditions it is expressed at, so give those of the value being
 * converted: GB 3095-2012 from its 2018 amendment and GB 3095-2026 express gases at 298.15 K and 101.325 kPa
 * (the default here), GB 3095-2012 before 2018-09-01 at 273.15 K (`temperatureC: 0`), the EU at 293.15 K
 * (`temperatureC: 20`); the US EPA's gas breakpoints are mixing ratios (ppm, ppb), independent of T and P.
 * Changing a mass concentration from one reference state to another is a separate step (the reference-state
 * functions of this module).
 *
 * Between a volume and a mass unit the arithmetic is in double precision (relative error about 1e-15); within a
 * dimension the decimal point of the value as written is moved exactly, so 0.07 ppm is 70 ppb, not
 * 70.00000000000001.
 *
 * @param pollutant - A gas (`'so2'`, `'no2'`, `'co'`, `'o3'`, `'nox'`) or, between mass units only, a particle.
 * @param value - The concentration in `from`, finite and non-negative.
 * @param from - The unit of `value`.
 * @param to - The unit wanted.
 * @param options - `temperatureC` (default 25) and `pressureKPa` (default 101.325) of the air; used only
 *   between a volume and a mass unit.
 * @returns The concentration in `to`; `null` for a missing value (`null`, `undefined` or `NaN`).
 * @throws {LantianError} `UNKNOWN_POLLUTANT` for an unknown item.
 * @throws {LantianError} `INVALID_TYPE`, `NOT_FINITE` or `NEGATIVE_VALUE` for a bad value; `OUT_OF_RANGE` when the
 *   result would exceed the largest double.
 * @throws {LantianError} `INVALID_INPUT` for a unit that is not one of {@link CONCENTRATION_UNITS} (path
 *   `['from']` or `['to']`), and for a particle between a volume and a mass unit (path: the volume unit).
 * @throws {LantianError} `INVALID_TYPE`, `NOT_FINITE`, `OUT_OF_RANGE` or `UNKNOWN_OPTION` for bad options.
 * @example
 * ```ts
 * convertConcentration('so2', 1, 'ppb', 'ug/m3'); //=> 2.61855478835838
 * convertConcentration('o3', 0.07, 'ppm', 'ppb'); //=> 70
 * convertConcentration('o3', null, 'ppm', 'ppb'); //=> null (missing)
 * convertConcentration('co', 4, 'mg/m3', 'ppm'); //=> 3.493797408368856
 * // A GB 3095-2012 value of 2017 (273.15 K) in ppb:
 * convertConcentration('no2', 80, 'ug/m3', 'ppb', { temperatureC: 0 }); //=> 38.976156407410656
 * ```
 */
export function convertConcentration(
  pollutant: AirItem,
  value: number,
  from: ConcentrationUnit,
  to: ConcentrationUnit,
  options?: ConvertConcentrationOptions,
): number;
export function convertConcentration(
  pollutant: AirItem,
  value: number | null | undefined,
  from: ConcentrationUnit,
  to: ConcentrationUnit,
  options?: ConvertConcentrationOptions,
): number | null;
export function convertConcentration(
  pollutant: AirItem,
  value: number | null | undefined,
  from: ConcentrationUnit,
  to: ConcentrationUnit,
  options?: ConvertConcentrationOptions,
): number | null {
  const item = requireAirItem(pollutant, ['pollutant']);
  if (isMissing(value)) {
    requireMember(from, CONCENTRATION_UNITS, ['from'], 'INVALID_INPUT');
    requireMember(to, CONCENTRATION_UNITS, ['to'], 'INVALID_INPUT');
    readConditions(options);
    return null;
  }
  const c = requireConcentration(value, ['value']);
  const source = UNIT_SCALE[requireMember(from, CONCENTRATION_UNITS, ['from'], 'INVALID_INPUT')];
  const target = UNIT_SCALE[requireMember(to, CONCENTRATION_UNITS, ['to'], 'INVALID_INPUT')];
  const conditions = readConditions(options);
  if (source.kind === target.kind) return finite(shiftDecimal(c, source.shift - target.shift), c);
  const molarMass = pollutantInfo(item).molarMass;
  if (molarMass === undefined) {
    throw new LantianError(
      'INVALID_INPUT',
      [source.kind === 'volume' ? 'from' : 'to'],
      `${item} is particulate matter: it has no molar mass and converts only between ug/m3 and mg/m3`,
    );
  }
  // In ppb or µg/m³, across with M/Vm, then in the target's size.
  const base = shiftDecimal(c, source.shift);
  const vm = molarVolumeOf(conditions);
  const across = source.kind === 'volume' ? (base * molarMass) / vm : (base * vm) / molarMass;
  return finite(shiftDecimal(across, -target.shift), c);
}

function finite(result: number, value: number): number {
  if (!Number.isFinite(result)) throw new LantianError('OUT_OF_RANGE', ['value'], `received ${value}: the result is beyond the range of a number`);
  return result;
}

/** value × 10^places, moving the decimal point of the value as written (exact on the decimal, then the nearest double). */
function shiftDecimal(value: number, places: number): number {
  if (places === 0) return value;
  const [mantissa, exponent] = String(value).split('e') as [string, string | undefined];
  return Number(`${mantissa}e${Number(exponent ?? 0) + places}`);
}

function readConditions(options: unknown): { readonly kelvin: number; readonly kPa: number } {
  const opts = readOptions(options, ['temperatureC', 'pressureKPa']);
  const t = opts['temperatureC'] === undefined ? DEFAULT_CONVERSION_CONDITIONS.temperatureC : requireFinite(opts['temperatureC'], ['options', 'temperatureC']);
  const p = opts['pressureKPa'] === undefined ? DEFAULT_CONVERSION_CONDITIONS.pressureKPa : requireFinite(opts['pressureKPa'], ['options', 'pressureKPa']);
  const kelvin = ZERO_CELSIUS_K + t;
  if (kelvin <= 0) throw new LantianError('OUT_OF_RANGE', ['options', 'temperatureC'], `received ${t} °C, at or below absolute zero (−273.15 °C)`);
  if (p <= 0) throw new LantianError('OUT_OF_RANGE', ['options', 'pressureKPa'], `received ${p} kPa, a pressure must be above 0`);
  return { kelvin, kPa: p };
}

function molarVolumeOf(conditions: { readonly kelvin: number; readonly kPa: number }): number {
  const vm = (MOLAR_GAS_CONSTANT * conditions.kelvin) / conditions.kPa;
  if (!(vm > 0 && Number.isFinite(vm))) {
    throw new LantianError('OUT_OF_RANGE', ['options'], `${conditions.kelvin} K and ${conditions.kPa} kPa give no finite molar volume`);
  }
  return vm;
}
