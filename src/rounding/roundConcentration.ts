import { type AirItem, pollutantInfo, requireAirItem } from '../pollutants/index.js';
import { isMissing, readOptions, requireConcentration, requireInteger } from '../_lib/validate.js';
import { MAX_DECIMALS } from './roundHalfEven.js';
import { roundStatisticUnchecked } from './roundStatistic.js';

/** Options of {@link roundConcentration}. */
export interface RoundConcentrationOptions {
  /** Places to keep instead of the pollutant's published decimals (0…15). */
  readonly decimals?: number;
}

/**
 * Rounds a concentration as it is published: GB/T 8170 half to even on its exact value (read as
 * {@link roundStatistic} reads a computed statistic), µg/m³ to integers and CO (mg/m³) to one decimal (HJ 633-2026 §4.2.2; the practice of published data under HJ 633-2012 and HJ 663-2013).
 * Pb and BaP use the UNCONFIRMED defaults of {@link pollutantInfo}.
 *
 * @param pollutant - The pollutant or item whose unit and decimals apply.
 * @param value - The concentration in the item's unit (µg/m³; CO mg/m³), finite and non-negative.
 * @param options - `decimals` to override the published decimals.
 * @returns The rounded concentration; `null` for a missing value (`null`, `undefined` or `NaN`).
 * @throws {LantianError} `UNKNOWN_POLLUTANT` for an unknown item.
 * @throws {LantianError} `INVALID_TYPE`, `NOT_FINITE` or `NEGATIVE_VALUE` for a bad concentration.
 * @throws {LantianError} `UNKNOWN_OPTION`, `NOT_AN_INTEGER` or `OUT_OF_RANGE` for bad options.
 * @example
 * ```ts
 * roundConcentration('pm25', 34.5); //=> 34
 * roundConcentration('pm25', 35.5); //=> 36
 * roundConcentration('co', 1.25); //=> 1.2
 * roundConcentration('pm25', (845 + 859) / 48); //=> 36 (the exact mean 35.5, a tie, to even)
 * roundConcentration('pm25', null); //=> null
 * ```
 */
export function roundConcentration(pollutant: AirItem, value: number, options?: RoundConcentrationOptions): number;
export function roundConcentration(pollutant: AirItem, value: number | null | undefined, options?: RoundConcentrationOptions): number | null;
export function roundConcentration(pollutant: AirItem, value: number | null | undefined, options?: RoundConcentrationOptions): number | null {
  const item = requireAirItem(pollutant, ['pollutant']);
  const concentration = isMissing(value) ? undefined : requireConcentration(value, ['value']);
  const opts = readOptions(options, ['decimals']);
  const decimals =
    opts['decimals'] === undefined
      ? pollutantInfo(item).decimals
      : requireInteger(opts['decimals'], ['options', 'decimals'], 0, MAX_DECIMALS);
  return concentration === undefined ? null : roundStatisticUnchecked(concentration, decimals);
}
