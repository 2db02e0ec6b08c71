import { type ErrorPath, LantianError } from '../errors.js';
import { LATEST_STANDARD_EDITION, REFERENCE_CONDITIONS, type ReferenceConditions, standardConditionsOn, standardEditionOn } from '../editions/index.js';
import { type AirItem, pollutantInfo, requireAirItem } from '../pollutants/index.js';
import { deepFreeze } from '../_lib/freeze.js';
import type { DateInput } from '../_lib/time.js';
import { describe, isMissing, isRecord, readOptionalConcentration, readOptions, requireFinite, requireMember } from '../_lib/validate.js';

/** A temperature (K) and a pressure (kPa) at which a mass concentration is expressed. */
export interface StateConditions {
  /** Air temperature in kelvin. */
  readonly temperature: number;
  /** Air pressure in kilopascals. */
  readonly pressure: number;
}

/**
 * The standard state (标准状态) of GB 3095-2012 as issued: 273.15 K and 101.325 kPa. Published annual figures of
 * 2018–2020 (the 13th Five-Year Plan assessment) are expressed at it.
 */
export const STANDARD_STATE: StateConditions = deepFreeze({ temperature: 273.15, pressure: 101.325 });

/**
 * The reference state (参比状态) of GB 3095-2026 §3.14 (and of the 2018 amendment of GB 3095-2012): 298.15 K and
 * 1013.25 hPa (101.325 kPa). Gas concentrations (SO2, NO2, CO, O3, NOx) are expressed at it since 2018-09-01.
 */
export const REFERENCE_STATE: StateConditions = deepFreeze({ temperature: 298.15, pressure: 101.325 });

/**
 * The EU's standardised volume for gases: 293 K and 101,3 kPa (Directive 2008/50/EC Annex VI C; Directive (EU)
 * 2024/2881), read as 293.15 K (20 °C) and the standard atmosphere, 101.325 kPa, that 101,3 rounds.
 */
export const EU_STANDARD_STATE: StateConditions = deepFreeze({ temperature: 293.15, pressure: 101.325 });

/** The fixed states, by the name {@link ReferenceConditions} gives them. */
const FIXED_STATES: Readonly<Partial<Record<ReferenceConditions, StateConditions>>> = Object.freeze({
  standard: STANDARD_STATE,
  reference: REFERENCE_STATE,
  'eu-standard': EU_STANDARD_STATE,
});

/**
 * The factor that moves a gas's mass concentration from one set of reference conditions to another: a fixed mass of
 * gas in a volume of air that is standardised at temperature T and pressure P, so C_to = C_from × (T_from / T_to) ×
 * (P_to / P_from) (ideal gas). A Chinese value at the reference state (298.15 K, since 2018-09-01) is compared with an
 * EU limit (293.15 K) as C_293 = C_298 × 298.15 / 293.15 = C_298 × 1.01706; a value of GB 3095-2012 as issued
 * (273.15 K) as C_293 = C_273 × 273.15 / 293.15.
 *
 * `1` when the conditions are the same, or when either side is `'unstated'` (WHO states none: nothing to convert).
 * `null` when a conversion needs the weather: between `'actual'` conditions and a fixed state (see
 * {@link toStandardState}), and for particles between any two different states — lantian converts only gases by a
 * fixed factor.
 *
 * @param item - The pollutant or other item: gases convert by a fixed factor, particles only between equal conditions.
 * @param from - The conditions of the value.
 * @param to - The conditions wanted.
 * @returns The factor, `1` for nothing to convert, or `null` when it needs the weather.
 * @throws {LantianError} `UNKNOWN_POLLUTANT` for an unknown item; `INVALID_OPTION` for unknown conditions (path
 *   `['from']` or `['to']`).
 * @example
 * ```ts
 * conditionsFactor('no2', 'reference', 'eu-standard'); //=> 1.0170561146170902 (298.15 / 293.15)
 * conditionsFactor('pm25', 'actual', 'actual'); //=> 1
 * conditionsFactor('o3', 'reference', 'unstated'); //=> 1
 * conditionsFactor('pm25', 'standard', 'actual'); //=> null (needs the weather)
 * ```
 */
export function conditionsFactor(item: AirItem, from: ReferenceConditions, to: ReferenceConditions): number | null {
  const id = requireAirItem(item, ['item']);
  const a = requireMember(from, REFERENCE_CONDITIONS, ['from'], 'INVALID_OPTION');
  const b = requireMember(to, REFERENCE_CONDITIONS, ['to'], 'INVALID_OPTION');
  if (a === b || a === 'unstated' || b === 'unstated') return 1;
  const source = FIXED_STATES[a];
  const target = FIXED_STATES[b];
  if (source === undefined || target === undefined || pollutantInfo(id).phase !== 'gas') return null;
  return (source.temperature / target.temperature) * (target.pressure / source.pressure);
}

/** The conditions a value or a series is converted from or to, besides the standard state. */
const CONDITIONS: ReadonlyArray<ReferenceConditions> = ['standard', 'reference', 'actual'];

/** Per-value weather: one number for every value (e.g. a period's mean), or one per value. */
export type WeatherValues = number | ReadonlyArray<number | null> | Float64Array;

/** Options of {@link toStandardState} and {@link fromStandardState}. */
export interface ReferenceStateOptions {
  /**
   * The conditions the other side is expressed at (the data's for {@link toStandardState}, the target's for
   * {@link fromStandardState}): `'reference'` (298.15 K, 101.325 kPa), `'actual'` (the `temperature` and `pressure`
   * given) or `'standard'` (no change). Default: what the item is released at on `date` — since 2018-09-01 gases
   * at the reference state and particles at actual conditions (GB 3095-2026 §4.3; the 2018 amendment), before
   * that everything at the standard state.
   */
  readonly conditions?: ReferenceConditions;
  /** Selects the default `conditions` in force on this day (Beijing time); default: the latest (since 2018-09-01). */
  readonly date?: DateInput;
  /** Actual air temperature in kelvin (K = °C + 273.15): one number, or one per value (`null`/`NaN` missing). */
  readonly temperature?: WeatherValues;
  /** Actual air pressure in kPa (1 kPa = 10 hPa): one number, or one per value (`null`/`NaN` missing). */
  readonly pressure?: WeatherValues;
}

/** A series whose values are converted: `start` and `pollutant` are kept, other fields are not carried over. */
export interface ConvertibleSeries {
  readonly start: unknown;
  readonly values: ReadonlyArray<number | null> | Float64Array;
  readonly pollutant?: AirItem | null | undefined;
}

/** A series with converted values: its `start` and `pollutant`, and the new `values`. */
export type ConvertedSeries<S extends ConvertibleSeries> = {
  readonly start: S['start'];
  readonly values: Float64Array;
} & (S extends { readonly pollutant: infer P } ? { readonly pollutant: P } : unknown);

const OPTION_KEYS = ['conditions', 'date', 'temperature', 'pressure'] as const;

/** Temperatures and pressures outside these bounds are a unit mistake (°C for K, hPa for kPa), not weather. */
const TEMPERATURE_RANGE = [173.15, 343.15] as const;
const PRESSURE_RANGE = [30, 120] as const;

/**
 * Converts a mass concentration to the standard state of GB 3095-2012 as issued (273.15 K, 101.325 kPa), from the
 * conditions it is released at since 2018-09-01 (GB 3095-2026 §4.3 and §3.14; the 2018 amendment of GB 3095-2012):
 *
 * - gases (SO2, NO2, CO, O3, NOx) at the reference state, 298.15 K: C_std = C_ref × 298.15/273.15 (≈ × 1.0915) —
 *   the same air is denser at 273.15 K, so its mass concentration is higher;
 * - particles (PM10, PM2.5, TSP, Pb, BaP) at actual conditions: C_std = C_act × (T/273.15) × (101.325/P), with the
 *   actual temperature T (K) and pressure P (kPa) — there is no fixed factor.
 *
 * This is how data released since 2018-09-01 are compared with the annual figures of 2018–2020, which stayed at the
 * standard state: Liuzhou's published 2019 PM2.5 mean, 38 µg/m³, is the hourly data's 34.6 (actual conditions)
 * × (T/273.15) × (101.325/P) ≈ × 1.09 with Liuzhou's warm, near-sea-level air (docs/series.md).
 *
 * Per-hour weather gives the exact conversion of hourly data; converting a period's mean with the period's mean
 * weather is an approximation (the factor varies with the weather). Missing values (and values whose weather is
 * missing) stay missing.
 *
 * @param item - The pollutant or other item: its phase selects the conditions it is released at.
 * @param value - A concentration, an array / `Float64Array` of them (`null`/`NaN` missing), or a series
 *   `{ start, values, pollutant? }`.
 * @param options - `conditions` of the data (default: as released on `date`, else since 2018-09-01),
 *   `temperature` (K) and `pressure` (kPa) for actual conditions — numbers, or one per value.
 * @returns The value at the standard state; a `Float64Array` for an array; `{ start, values, pollutant }` for a series. `null` for a single missing value.
 * @throws {LantianError} `UNKNOWN_POLLUTANT` for an unknown item.
 * @throws {LantianError} `INVALID_TYPE`, `NOT_FINITE` or `NEGATIVE_VALUE` for a bad concentration (path: its index).
 * @throws {LantianError} `INVALID_OPTION` when actual conditions lack `temperature` or `pressure`, or `conditions`
 *   is unknown; `OUT_OF_RANGE` for a temperature outside 173.15…343.15 K or a pressure outside 30…120 kPa
 *   (usually °C or hPa given by mistake); `INVALID_INPUT` when a per-value array's length differs from the values'.
 * @throws {LantianError} `INVALID_INPUT` when a series' `pollutant` is not `item`; `UNKNOWN_OPTION`, `INVALID_DATE`.
 * @example
 * ```ts
 * roundHalfEven(toStandardState('no2', 30), 2); //=> 32.75 (30 × 298.15/273.15)
 * // PM2.5 at 21 °C and 100.3 kPa: × (294.15/273.15) × (101.325/100.3) = × 1.0879.
 * roundHalfEven(toStandardState('pm25', 34.6, { temperature: 294.15, pressure: 100.3 }), 2); //=> 37.64
 * toStandardState('pm25', 34.6, { date: '2017-06-01' }); //=> 34.6 (released at the standard state then)
 * ```
 */
export function toStandardState(item: AirItem, value: number, options?: ReferenceStateOptions): number;
export function toStandardState(item: AirItem, value: number | null | undefined, options?: ReferenceStateOptions): number | null;
export function toStandardState(item: AirItem, value: ReadonlyArray<number | null> | Float64Array, options?: ReferenceStateOptions): Float64Array;
export function toStandardState<S extends ConvertibleSeries>(item: AirItem, value: S, options?: ReferenceStateOptions): ConvertedSeries<S>;
export function toStandardState(item: AirItem, value: unknown, options?: ReferenceStateOptions): unknown {
  return convert(item, value, options, 1);
}

/**
 * Converts a mass concentration from the standard state (273.15 K, 101.325 kPa) to the conditions data are
 * released at since 2018-09-01 — the inverse of {@link toStandardState}: gases C_ref = C_std × 273.15/298.15
 * (≈ × 0.91615), particles C_act = C_std × (273.15/T) × (P/101.325). Use it to express a plan's 2018–2020 figures
 * the way new data are released (GB 3095-2026 §4.3).
 *
 * @param item - The pollutant or other item.
 * @param value - A concentration at the standard state, an array / `Float64Array` of them, or a series.
 * @param options - `conditions` to convert to (default: as released on `date`, else since 2018-09-01),
 *   `temperature` (K) and `pressure` (kPa) for actual conditions.
 * @returns The converted value; a `Float64Array` for an array; `{ start, values, pollutant }` for a series. `null` for a single missing value.
 * @throws {LantianError} As {@link toStandardState}.
 * @example
 * ```ts
 * roundHalfEven(fromStandardState('so2', 100), 2); //=> 91.61 (100 × 273.15/298.15)
 * const pm = fromStandardState('pm25', [38, null], { temperature: 294.15, pressure: 100.3 });
 * roundHalfEven(pm[0] ?? 0, 2); //=> 34.93
 * pm[1]; //=> NaN (missing stays missing)
 * ```
 */
export function fromStandardState(item: AirItem, value: number, options?: ReferenceStateOptions): number;
export function fromStandardState(item: AirItem, value: number | null | undefined, options?: ReferenceStateOptions): number | null;
export function fromStandardState(item: AirItem, value: ReadonlyArray<number | null> | Float64Array, options?: ReferenceStateOptions): Float64Array;
export function fromStandardState<S extends ConvertibleSeries>(item: AirItem, value: S, options?: ReferenceStateOptions): ConvertedSeries<S>;
export function fromStandardState(item: AirItem, value: unknown, options?: ReferenceStateOptions): unknown {
  return convert(item, value, options, -1);
}

/** Reads a weather option: a number, or one value per concentration (checked against `length`). */
function readWeather(value: unknown, path: ErrorPath, range: readonly [number, number], hint: string, length: number | undefined): number | Float64Array {
  const check = (v: number, at: ErrorPath): number => {
    if (v < range[0] || v > range[1]) {
      throw new LantianError('OUT_OF_RANGE', at, `${hint}: expected ${range[0]}…${range[1]}, received ${v}`);
    }
    return v;
  };
  if (typeof value === 'number' || length === undefined) return check(requireFinite(value, path), path);
  const isArray = Array.isArray(value);
  if (!isArray && !(value instanceof Float64Array)) {
    throw new LantianError('INVALID_TYPE', path, `expected a number or one value per concentration, received ${describe(value)}`);
  }
  const list = value as ArrayLike<unknown>;
  if (list.length !== length) {
    throw new LantianError('INVALID_INPUT', path, `${list.length} values for ${length} concentrations`);
  }
  const out = new Float64Array(length);
  for (let i = 0; i < length; i++) {
    const v = list[i];
    if (v === null || v === undefined || (typeof v === 'number' && Number.isNaN(v))) out[i] = NaN;
    else out[i] = check(requireFinite(v, [...path, i]), [...path, i]);
  }
  return out;
}

/** The ratio C_std / C at the given conditions: (T/273.15) × (101.325/P). */
function standardRatio(temperature: number, pressure: number): number {
  return (temperature / STANDARD_STATE.temperature) * (STANDARD_STATE.pressure / pressure);
}

function convert(item: AirItem, value: unknown, options: unknown, direction: 1 | -1): unknown {
  const id = requireAirItem(item, ['item']);
  const opts = readOptions(options, OPTION_KEYS);
  let conditions: ReferenceConditions;
  if (opts['conditions'] !== undefined) {
    conditions = requireMember(opts['conditions'], CONDITIONS, ['options', 'conditions'], 'INVALID_OPTION');
  } else {
    const date = opts['date'] as DateInput | undefined;
    const released =
      date === undefined ? standardConditionsOn(LATEST_STANDARD_EDITION) : standardConditionsOn(standardEditionOn(date), date);
    conditions = pollutantInfo(id).phase === 'gas' ? released.gas : released.particle;
  }

  // The values: one number, an array, or a series' values.
  let series: Record<string, unknown> | undefined;
  let raw: unknown = value;
  if (isRecord(value) && !ArrayBuffer.isView(value)) {
    series = value;
    raw = value['values'];
    const pollutant = value['pollutant'];
    if (pollutant !== undefined && pollutant !== null && pollutant !== id) {
      throw new LantianError('INVALID_INPUT', ['value', 'pollutant'], `the series is ${describe(pollutant)}, converted as ${id}`);
    }
  }
  const valuesPath: ErrorPath = series === undefined ? ['value'] : ['value', 'values'];
  // A single missing value is missing data, not an error: the result says so.
  if (series === undefined && isMissing(raw)) return null;
  const scalar = series === undefined && typeof raw === 'number';
  if (!scalar && !Array.isArray(raw) && !(raw instanceof Float64Array)) {
    throw new LantianError('INVALID_TYPE', valuesPath, `expected a concentration, an array of them or a series, received ${describe(raw)}`);
  }
  const length = scalar ? undefined : (raw as ArrayLike<unknown>).length;

  // The ratio C_std / C of each value (a number when the same for all).
  let ratio: number | Float64Array;
  if (conditions === 'standard') ratio = 1;
  else if (conditions === 'reference') ratio = standardRatio(REFERENCE_STATE.temperature, REFERENCE_STATE.pressure);
  else {
    for (const key of ['temperature', 'pressure'] as const) {
      if (opts[key] === undefined) {
        throw new LantianError('INVALID_OPTION', ['options', key], `converting ${id} from actual conditions needs the air ${key}`);
      }
    }
    const t = readWeather(opts['temperature'], ['options', 'temperature'], TEMPERATURE_RANGE, 'the temperature is in kelvin (°C + 273.15)', length);
    const p = readWeather(opts['pressure'], ['options', 'pressure'], PRESSURE_RANGE, 'the pressure is in kPa (hPa / 10)', length);
    if (typeof t === 'number' && typeof p === 'number') ratio = standardRatio(t, p);
    else {
      const r = new Float64Array(length as number);
      for (let i = 0; i < r.length; i++) {
        r[i] = standardRatio(typeof t === 'number' ? t : (t[i] as number), typeof p === 'number' ? p : (p[i] as number));
      }
      ratio = r;
    }
  }

  const apply = (c: number, r: number): number => (direction === 1 ? c * r : c / r);
  if (scalar) {
    return apply(requireNonNegative(raw as number, valuesPath), ratio as number);
  }
  const list = raw as ArrayLike<unknown>;
  const out = new Float64Array(list.length);
  for (let i = 0; i < list.length; i++) {
    const c = readOptionalConcentration(list[i], [...valuesPath, i]);
    out[i] = apply(c, typeof ratio === 'number' ? ratio : (ratio[i] as number));
  }
  if (series === undefined) return out;
  const converted: Record<string, unknown> = { start: series['start'], values: out };
  if ('pollutant' in series) converted['pollutant'] = series['pollutant'];
  return converted;
}

function requireNonNegative(value: number, path: ErrorPath): number {
  const c = readOptionalConcentration(value, path);
  if (Number.isNaN(c)) throw new LantianError('NOT_FINITE', path, 'a single concentration cannot be missing');
  return c;
}
