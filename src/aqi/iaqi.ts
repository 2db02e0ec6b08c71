import type { AnyAqiEdition, AqiSchemeId } from '../editions/index.js';
import { type Indicator, requireIndicator } from '../pollutants/index.js';
import type { DateInput } from '../_lib/time.js';
import { isMissing, readOptions, requireConcentration } from '../_lib/validate.js';
import { type AqiMethod, aboveRule, columnOf, resolveAqiOptions } from './_resolve.js';
import { type SubIndexStatus, prepareConcentration, subIndex } from './engine.js';

/** Options of {@link iaqi} and {@link iaqiDetail}. */
export interface IaqiOptions {
  /**
   * The edition, of either scheme (`'HJ633-2012'`, `'HJ633-2026'`, `'EPA-2012'`, `'EPA-2024'`); default: the
   * edition of `scheme` in force on `date`, else the newest edition of `scheme` (HJ633-2026; EPA-2024).
   */
  readonly edition?: AnyAqiEdition;
  /**
   * The scheme when no `edition` is given: `'CN'` (default, HJ 633) or `'US'` (US EPA). A `date` alone selects a
   * Chinese edition; `{ scheme: 'US', date }` the US edition in force on that day.
   */
  readonly scheme?: AqiSchemeId;
  /** Selects the edition of `scheme` in force on this day when `edition` is not given (see {@link aqiEditionOn}). */
  readonly date?: DateInput;
  /**
   * Bring the concentration to the table's precision before the lookup: under HJ 633 rounded per GB/T 8170
   * (µg/m³ to integers, CO to one decimal), as HJ 633-2026 §4.2.2 mandates and published data under HJ 633-2012
   * practise; under the US EPA truncated (O3 to 0.001 ppm, PM2.5 and CO to 0.1, PM10 to 1, SO2 and NO2 to 1 ppb).
   * Default `true`; `false` uses the raw value (still exact).
   */
  readonly roundConcentrations?: boolean;
  /**
   * `'platform'` (default): what the national platform publishes; `'text'`: HJ 633-2012 as written (SO2 1h
   * above 800 gives no IAQI; no 1h PM columns). Under HJ 633-2026 text and practice agree.
   */
  readonly method?: AqiMethod;
}

const OPTION_KEYS = ['edition', 'scheme', 'date', 'roundConcentrations', 'method'] as const;

/** The full result of {@link iaqiDetail}. */
export interface IaqiDetail {
  readonly edition: AnyAqiEdition;
  readonly indicator: Indicator;
  /** The printed column the value was looked up on. */
  readonly column: Indicator;
  /** The concentration as looked up (after rounding or truncation unless `roundConcentrations: false`). */
  readonly concentration: number;
  /** The integer IAQI, or `null` where the edition defines none for this value. */
  readonly iaqi: number | null;
  /** How it came about (`ok`, `beyondScale`, `fixedAbove`, `noIndexAbove`, `belowTable`). */
  readonly status: SubIndexStatus;
  /** When `status` is `noIndexAbove`: the indicator the standard takes the pollutant's IAQI from instead. */
  readonly fallback: Indicator | undefined;
}

/**
 * The individual air quality index (IAQI, 空气质量分指数) of one indicator, with everything about how it was
 * computed. {@link iaqi} returns just the number.
 *
 * @param indicator - The indicator, e.g. `'pm25_24h'`.
 * @param concentration - In the indicator's unit (HJ 633: µg/m³, CO mg/m³; US EPA: O3 and CO ppm, SO2 and NO2
 *   ppb, PM µg/m³), finite and non-negative.
 * @param options - Edition, or scheme and date; concentration rounding; method.
 * @returns The detail record; `null` for a missing value (`null`, `undefined`, `NaN`).
 * @throws {LantianError} As {@link iaqi}.
 * @example
 * ```ts
 * iaqiDetail('pm25_24h', 600, { edition: 'HJ633-2026' });
 * //=> { edition: 'HJ633-2026', indicator: 'pm25_24h', column: 'pm25_24h', concentration: 600,
 * //     iaqi: 500, status: 'beyondScale', fallback: undefined }
 * iaqiDetail('pm25_24h', 400.07, { edition: 'EPA-2024' });
 * //=> { edition: 'EPA-2024', indicator: 'pm25_24h', column: 'pm25_24h', concentration: 400,
 * //     iaqi: 649, status: 'beyondScale', fallback: undefined }
 * ```
 */
export function iaqiDetail(indicator: Indicator, concentration: number, options?: IaqiOptions): IaqiDetail;
export function iaqiDetail(indicator: Indicator, concentration: number | null | undefined, options?: IaqiOptions): IaqiDetail | null;
export function iaqiDetail(indicator: Indicator, concentration: number | null | undefined, options?: IaqiOptions): IaqiDetail | null {
  const id = requireIndicator(indicator, ['indicator']);
  const missing = isMissing(concentration);
  const c = missing ? 0 : requireConcentration(concentration, ['concentration']);
  const { scheme, method, round } = resolveAqiOptions(readOptions(options, OPTION_KEYS));
  const column = columnOf(scheme, method, id, ['indicator']);
  if (missing) return null;
  const prepared = prepareConcentration(scheme, column, c, round);
  const result = subIndex(scheme, column, prepared, round, aboveRule(scheme, method, column));
  return {
    edition: scheme.edition,
    indicator: id,
    column: column.table,
    concentration: prepared,
    iaqi: result.value,
    status: result.status,
    fallback: result.fallback,
  };
}

/**
 * The individual air quality index (IAQI, 空气质量分指数) of one indicator: HJ 633-2012 §4.2 formula (1) on
 * Table 1, HJ 633-2026 §4.2.4 formula (1) on Table 3.
 *
 * IAQI = (IAQI_Hi − IAQI_Lo) / (BP_Hi − BP_Lo) × (C − BP_Lo) + IAQI_Lo, rounded **up** to an integer
 * (HJ 633-2012 §6.2, HJ 633-2026 §4.2.6), computed in exact arithmetic: CO 2.2 mg/m³ (24h) is 55, never 56.
 * The concentration is first rounded per GB/T 8170 (HJ 633-2026 §4.2.2; the practice under 2012).
 *
 * Rules outside the table:
 * - above the IAQI-500 breakpoint: 500 (HJ 633 defines nothing there; convention, UNCONFIRMED — reports flag it);
 * - SO2 1h above 800: 200 (HJ 633-2026 Table 3 note b; the national platform's practice under 2012). Under
 *   HJ 633-2012 as written (`method: 'text'`, Table 1 note 2) there is no 1h IAQI — `null` — and the SO2 IAQI is
 *   taken from the 24h mean;
 * - O3 8h above 800: 300 under 2026 (note c); under 2012 `null` (note 3: the O3 IAQI comes from the 1h value);
 * - `pm10_1h` / `pm25_1h` are looked up on the daily columns (HJ 633-2026 §4.2.4; the platform's practice under
 *   2012; not in the 2012 text).
 *
 * The US EPA AQI (editions `'EPA-2012'` and `'EPA-2024'`, 40 CFR Part 58 Appendix G) is the same formula on its
 * own table: indicators `pm25_24h`, `pm10_24h`, `o3_8h`, `o3_1h`, `co_8h`, `so2_1h`, `so2_24h`, `no2_1h` in the
 * EPA's units (O3 and CO ppm, SO2 and NO2 ppb, PM µg/m³), the concentration **truncated** first (O3 to 0.001,
 * PM2.5 and CO to 0.1, PM10, SO2 and NO2 to 1), each row a segment of its own (9.1–35.4 → 51–100), the index
 * rounded to the **nearest** integer (halves up). 8-hour O3 above 0.200 ppm has no sub-index (`null`: the O3 AQI
 * comes from the 1-hour value); 1-hour O3 below 0.125 ppm and 24-hour SO2 below 305 ppb have none either
 * (`null`, status `belowTable`); 1-hour SO2 above 304 ppb counts as 200 (the 24-hour mean defines the index above
 * 200). Above the last breakpoint the last segment is continued: "beyond the AQI", status `beyondScale`.
 * See the international guide.
 *
 * @param indicator - The indicator, e.g. `'pm25_24h'`, `'so2_1h'`.
 * @param concentration - In the indicator's unit (HJ 633: µg/m³, CO mg/m³; US EPA: O3 and CO ppm, SO2 and NO2
 *   ppb, PM µg/m³), finite and non-negative.
 * @param options - `edition`, or `scheme` and `date`; `roundConcentrations`, `method`.
 * @returns The integer IAQI; `null` where the edition defines no IAQI for the value, or the value is missing
 *   (`null`, `undefined` or `NaN`: missing data, not an error — as in the reports).
 * @throws {LantianError} `UNKNOWN_INDICATOR` for an unknown indicator.
 * @throws {LantianError} `INDICATOR_NOT_IN_EDITION` for an indicator the edition (or the text) does not define.
 * @throws {LantianError} `INVALID_TYPE`, `NOT_FINITE` or `NEGATIVE_VALUE` for a bad concentration.
 * @throws {LantianError} `UNKNOWN_EDITION`, `INVALID_DATE`, `INVALID_OPTION` or `UNKNOWN_OPTION` for bad options
 *   (`INVALID_OPTION` also for an edition of another scheme or not in force on `date`).
 * @example
 * ```ts
 * iaqi('co_24h', 2.2); //=> 55
 * iaqi('pm25_24h', 75, { edition: 'HJ633-2012' }); //=> 100
 * iaqi('pm25_24h', 75, { edition: 'HJ633-2026' }); //=> 114
 * iaqi('pm25_24h', 34.5); //=> 49 (34.5 rounds to 34)
 * iaqi('so2_1h', 883, { edition: 'HJ633-2012' }); //=> 200
 * iaqi('o3_8h', 900, { edition: 'HJ633-2012' }); //=> null
 * iaqi('pm25_24h', 12.0, { edition: 'EPA-2024' }); //=> 56
 * iaqi('pm25_24h', 12.0, { edition: 'EPA-2012' }); //=> 50
 * iaqi('pm25_24h', 9.05, { edition: 'EPA-2024' }); //=> 50 (truncated to 9.0)
 * iaqi('o3_8h', 0.07853333, { scheme: 'US', date: '2024-07-01' }); //=> 126
 * iaqi('pm25_24h', null); //=> null (missing)
 * ```
 */
export function iaqi(indicator: Indicator, concentration: number | null | undefined, options?: IaqiOptions): number | null {
  return iaqiDetail(indicator, concentration, options)?.iaqi ?? null;
}
