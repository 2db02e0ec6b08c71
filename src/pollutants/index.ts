/**
 * Pollutants, the other items of GB 3095 and the indicators (pollutant + averaging time) of the AQI.
 *
 * @module Pollutants
 */
import { requireMember } from '../_lib/validate.js';

/** The six basic pollutants of GB 3095 and HJ 633, in the order the standards list them. */
export const POLLUTANTS = ['so2', 'no2', 'co', 'o3', 'pm10', 'pm25'] as const;

/** One of the six basic pollutants: `'so2' | 'no2' | 'co' | 'o3' | 'pm10' | 'pm25'`. */
export type Pollutant = (typeof POLLUTANTS)[number];

/** The other items of GB 3095 (Table 2): NOx, TSP, Pb and benzo[a]pyrene. */
export const OTHER_ITEMS = ['nox', 'tsp', 'pb', 'bap'] as const;

/** One of the other items of GB 3095. */
export type OtherItem = (typeof OTHER_ITEMS)[number];

/** Every ambient item lantian knows: the six basic pollutants and the other items. */
export const AIR_ITEMS = [...POLLUTANTS, ...OTHER_ITEMS] as const;

/** One of {@link AIR_ITEMS}. */
export type AirItem = (typeof AIR_ITEMS)[number];

/** Concentration units: µg/m³ for every item except CO, in mg/m³. */
export type MassConcentrationUnit = 'ug/m3' | 'mg/m3';

/** What lantian records of an item. */
export interface PollutantInfo {
  /** The stable id. */
  readonly id: AirItem;
  /** Names as the standards and common English usage write them. */
  readonly name: { readonly zh: string; readonly en: string };
  /** The chemical formula or usual symbol, e.g. `'PM₂.₅'`. */
  readonly symbol: string;
  /** The unit of its limits and published values. */
  readonly unit: MassConcentrationUnit;
  /**
   * Decimals of published values (GB/T 8170 rounding). HJ 633-2026 §4.2.2: µg/m³ to integers, CO (mg/m³) to
   * one decimal. For Pb (2) and BaP (4) the number is UNCONFIRMED: no primary text was read; override it with
   * the `decimals` option of {@link roundConcentration}.
   */
  readonly decimals: number;
  /** Gas or particulate matter: gases and particles have different reference conditions (GB 3095 §3). */
  readonly phase: 'gas' | 'particle';
  /** Molar mass in g/mol for gases (NOx as NO2); `undefined` for particles. */
  readonly molarMass: number | undefined;
}

const INFO: Readonly<Record<AirItem, PollutantInfo>> = {
  so2: info('so2', '二氧化硫', 'sulfur dioxide', 'SO₂', 'ug/m3', 0, 'gas', 64.064),
  no2: info('no2', '二氧化氮', 'nitrogen dioxide', 'NO₂', 'ug/m3', 0, 'gas', 46.0055),
  co: info('co', '一氧化碳', 'carbon monoxide', 'CO', 'mg/m3', 1, 'gas', 28.0101),
  o3: info('o3', '臭氧', 'ozone', 'O₃', 'ug/m3', 0, 'gas', 47.9982),
  pm10: info('pm10', '颗粒物（粒径小于等于10μm）', 'particulate matter ≤ 10 µm', 'PM₁₀', 'ug/m3', 0, 'particle', undefined),
  pm25: info('pm25', '颗粒物（粒径小于等于2.5μm）', 'particulate matter ≤ 2.5 µm', 'PM₂.₅', 'ug/m3', 0, 'particle', undefined),
  nox: info('nox', '氮氧化物', 'nitrogen oxides (as NO₂)', 'NOₓ', 'ug/m3', 0, 'gas', 46.0055),
  tsp: info('tsp', '总悬浮颗粒物', 'total suspended particulate', 'TSP', 'ug/m3', 0, 'particle', undefined),
  pb: info('pb', '铅', 'lead', 'Pb', 'ug/m3', 2, 'particle', undefined),
  bap: info('bap', '苯并[a]芘', 'benzo[a]pyrene', 'BaP', 'ug/m3', 4, 'particle', undefined),
};

function info(
  id: AirItem,
  zh: string,
  en: string,
  symbol: string,
  unit: MassConcentrationUnit,
  decimals: number,
  phase: 'gas' | 'particle',
  molarMass: number | undefined,
): PollutantInfo {
  return Object.freeze({ id, name: Object.freeze({ zh, en }), symbol, unit, decimals, phase, molarMass });
}

/**
 * What lantian records of a pollutant or other item: names, unit, published decimals, phase, molar mass.
 *
 * @param id - A pollutant or other item id.
 * @returns The frozen record.
 * @throws {LantianError} `UNKNOWN_POLLUTANT` when `id` is not one of {@link AIR_ITEMS}.
 * @example
 * ```ts
 * pollutantInfo('co').unit; //=> 'mg/m3'
 * pollutantInfo('pm25').decimals; //=> 0
 * ```
 */
export function pollutantInfo(id: AirItem): PollutantInfo {
  return INFO[requireMember(id, AIR_ITEMS, ['pollutant'], 'UNKNOWN_POLLUTANT')];
}

/**
 * The AQI indicators: a pollutant and its averaging time, as HJ 633 names its table columns.
 * `pm10_1h` and `pm25_1h` are the 1-hour PM values of the real-time report, looked up on the daily columns
 * (HJ 633-2026 §4.2.4); `o3_1h` in a daily report is the day's maximum 1-hour value (HJ 633-2012 §5.1.2);
 * `co_8h` is the US EPA's CO indicator.
 */
export const INDICATORS = [
  'so2_24h',
  'so2_1h',
  'no2_24h',
  'no2_1h',
  'co_24h',
  'co_1h',
  'co_8h',
  'o3_1h',
  'o3_8h',
  'pm10_24h',
  'pm25_24h',
  'pm10_1h',
  'pm25_1h',
] as const;

/** One of the {@link INDICATORS}. */
export type Indicator = (typeof INDICATORS)[number];

/** The averaging time of an indicator. */
export type IndicatorAveraging = '1h' | '8h' | '24h';

/**
 * The pollutant an indicator measures.
 *
 * @param indicator - An indicator id.
 * @returns Its pollutant.
 * @throws {LantianError} `UNKNOWN_INDICATOR` for an id that is not an indicator.
 * @example
 * ```ts
 * indicatorPollutant('pm25_1h'); //=> 'pm25'
 * ```
 */
export function indicatorPollutant(indicator: Indicator): Pollutant {
  const id = requireMember(indicator, INDICATORS, ['indicator'], 'UNKNOWN_INDICATOR');
  return id.slice(0, id.indexOf('_')) as Pollutant;
}

/**
 * The averaging time of an indicator.
 *
 * @param indicator - An indicator id.
 * @returns `'1h'`, `'8h'` or `'24h'`.
 * @throws {LantianError} `UNKNOWN_INDICATOR` for an id that is not an indicator.
 * @example
 * ```ts
 * indicatorAveraging('o3_8h'); //=> '8h'
 * ```
 */
export function indicatorAveraging(indicator: Indicator): IndicatorAveraging {
  const id = requireMember(indicator, INDICATORS, ['indicator'], 'UNKNOWN_INDICATOR');
  return id.slice(id.indexOf('_') + 1) as IndicatorAveraging;
}

/** Throws `UNKNOWN_POLLUTANT` unless `value` is one of the six basic pollutants. @internal */
export function requirePollutant(value: unknown, path: ReadonlyArray<string | number>): Pollutant {
  return requireMember(value, POLLUTANTS, path, 'UNKNOWN_POLLUTANT');
}

/** Throws `UNKNOWN_POLLUTANT` unless `value` is a known item. @internal */
export function requireAirItem(value: unknown, path: ReadonlyArray<string | number>): AirItem {
  return requireMember(value, AIR_ITEMS, path, 'UNKNOWN_POLLUTANT');
}

/** Throws `UNKNOWN_INDICATOR` unless `value` is a known indicator. @internal */
export function requireIndicator(value: unknown, path: ReadonlyArray<string | number>): Indicator {
  return requireMember(value, INDICATORS, path, 'UNKNOWN_INDICATOR');
}
