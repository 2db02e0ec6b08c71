import type { AqiEdition } from '../editions/index.js';
import { type Indicator, requireIndicator } from '../pollutants/index.js';
import type { DateInput } from '../_lib/time.js';
import { readOptions, requireConcentration } from '../_lib/validate.js';
import { type AqiMethod, aboveRule, columnOf, resolveAqiOptions } from './_resolve.js';
import { type SubIndexStatus, prepareConcentration, subIndex } from './engine.js';

/** Options of {@link iaqi} and {@link iaqiDetail}. */
export interface IaqiOptions {
  /** The edition; default: the one in force on `date`, else the newest (HJ633-2026). */
  readonly edition?: AqiEdition;
  /** Selects the edition in force on this day (Beijing time) when `edition` is not given. */
  readonly date?: DateInput;
  /**
   * Round the concentration per GB/T 8170 before the lookup (µg/m³ to integers, CO to one decimal), as
   * HJ 633-2026 §4.2.2 mandates and published data under HJ 633-2012 practise. Default `true`; `false`
   * uses the raw value (still exact).
   */
  readonly roundConcentrations?: boolean;
  /**
   * `'platform'` (default): what the national platform publishes; `'text'`: HJ 633-2012 as written (SO2 1h
   * above 800 gives no IAQI; no 1h PM columns). Under HJ 633-2026 text and practice agree.
   */
  readonly method?: AqiMethod;
}

const OPTION_KEYS = ['edition', 'date', 'roundConcentrations', 'method'] as const;

/** The full result of {@link iaqiDetail}. */
export interface IaqiDetail {
  readonly edition: AqiEdition;
  readonly indicator: Indicator;
  /** The printed column the value was looked up on. */
  readonly column: Indicator;
  /** The concentration as looked up (after rounding unless `roundConcentrations: false`). */
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
 * @param concentration - In the indicator's unit (µg/m³; CO mg/m³), finite and non-negative.
 * @param options - Edition or date, concentration rounding, method.
 * @returns The detail record.
 * @throws {LantianError} As {@link iaqi}.
 * @example
 * ```ts
 * iaqiDetail('pm25_24h', 600, { edition: 'HJ633-2026' });
 * //=> { edition: 'HJ633-2026', indicator: 'pm25_24h', column: 'pm25_24h', concentration: 600,
 * //     iaqi: 500, status: 'beyondScale', fallback: undefined }
 * ```
 */
export function iaqiDetail(indicator: Indicator, concentration: number, options?: IaqiOptions): IaqiDetail {
  const id = requireIndicator(indicator, ['indicator']);
  const c = requireConcentration(concentration, ['concentration']);
  const { scheme, method, round } = resolveAqiOptions(readOptions(options, OPTION_KEYS));
  const column = columnOf(scheme, method, id, ['indicator']);
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
 * @param indicator - The indicator, e.g. `'pm25_24h'`, `'so2_1h'`.
 * @param concentration - In µg/m³ (CO mg/m³), finite and non-negative.
 * @param options - `edition` or `date`, `roundConcentrations`, `method`.
 * @returns The integer IAQI, or `null` where the edition defines no IAQI for the value.
 * @throws {LantianError} `UNKNOWN_INDICATOR` for an unknown indicator.
 * @throws {LantianError} `INDICATOR_NOT_IN_EDITION` for an indicator the edition (or the text) does not define.
 * @throws {LantianError} `INVALID_TYPE`, `NOT_FINITE` or `NEGATIVE_VALUE` for a bad concentration.
 * @throws {LantianError} `UNKNOWN_EDITION`, `INVALID_DATE`, `INVALID_OPTION` or `UNKNOWN_OPTION` for bad options.
 * @example
 * ```ts
 * iaqi('co_24h', 2.2); //=> 55
 * iaqi('pm25_24h', 75, { edition: 'HJ633-2012' }); //=> 100
 * iaqi('pm25_24h', 75, { edition: 'HJ633-2026' }); //=> 114
 * iaqi('pm25_24h', 34.5); //=> 49 (34.5 rounds to 34)
 * iaqi('so2_1h', 883, { edition: 'HJ633-2012' }); //=> 200
 * iaqi('o3_8h', 900, { edition: 'HJ633-2012' }); //=> null
 * ```
 */
export function iaqi(indicator: Indicator, concentration: number, options?: IaqiOptions): number | null {
  return iaqiDetail(indicator, concentration, options).iaqi;
}
