import { LantianError } from '../errors.js';
import { type AqiEdition, resolveAqiEdition } from '../editions/index.js';
import { aqiSchemeOf } from '../aqi/schemes/index.js';
import type { AqiCategoryBand } from '../aqi/types.js';
import { roundStatisticUnchecked } from '../rounding/roundStatistic.js';
import type { DateInput } from '../_lib/time.js';
import { describe, readOptions } from '../_lib/validate.js';

/** Options of {@link goodDaysRatio}. */
export interface GoodDaysRatioOptions {
  /** The AQI edition whose category bands count the days; default: in force on `date`, else the newest. */
  readonly edition?: AqiEdition;
  readonly date?: DateInput;
}

/** The day picture of a period: valid days, good days and the days in each AQI category. */
export interface GoodDaysRatio {
  /** Days given. */
  readonly days: number;
  /** Days with a valid AQI. */
  readonly validDays: number;
  /** Days without one (`null`/`NaN`). */
  readonly missingDays: number;
  /** Days with AQI ≤ 100 (优 and 良). */
  readonly goodDays: number;
  /**
   * Good days over valid days, in percent, as published: rounded on its exact value to one decimal (e.g. 84.4 %;
   * GB/T 8170 half to even); `null` without valid days.
   */
  readonly goodDaysRatio: number | null;
  /** The good-days ratio unrounded (`null` without valid days). */
  readonly goodDaysRatioRaw: number | null;
  /** Days with AQI above 200 (重度污染 and worse). */
  readonly heavyDays: number;
  /** Days per category level 1…6 (index 0 is level 1). */
  readonly byLevel: readonly [number, number, number, number, number, number];
}

/**
 * The good-days ratio (优良天数比例): days with AQI ≤ 100 over days with a valid AQI, in percent
 * (HJ 663-2013 §5 and Appendix A), with the days of each category (HJ 633 Table 2 / Table 1) and the heavily
 * polluted days (AQI above 200). A day without a valid AQI (`null` or `NaN`) counts in neither.
 *
 * @param dailyAqi - The daily AQI values of the period, `null` for a day without a valid AQI.
 * @param options - `edition` or `date` of the AQI bands (the bands are the same in both HJ 633 editions).
 * @returns The counts and the ratio.
 * @throws {LantianError} `INVALID_TYPE` when `dailyAqi` is not an array or holds a non-number;
 *   `NOT_AN_INTEGER` or `NEGATIVE_VALUE` for an AQI that is not a non-negative integer (path: its index);
 *   `NOT_FINITE` for ±Infinity; `OUT_OF_RANGE` beyond the safe integers.
 * @example
 * ```ts
 * // Liuzhou 2017: 308 good days of 365 (the plan: 84.4 %).
 * const days = [...Array(308).fill(80), ...Array(57).fill(130)];
 * goodDaysRatio(days).goodDaysRatio; //=> 84.4
 * ```
 */
export function goodDaysRatio(dailyAqi: ReadonlyArray<number | null>, options?: GoodDaysRatioOptions): GoodDaysRatio {
  if (!Array.isArray(dailyAqi)) {
    throw new LantianError('INVALID_TYPE', ['dailyAqi'], `expected an array of daily AQI values, received ${describe(dailyAqi)}`);
  }
  const scheme = aqiSchemeOf(resolveAqiEdition(readOptions(options, ['edition', 'date'])));
  const values = new Float64Array(dailyAqi.length);
  for (let i = 0; i < dailyAqi.length; i++) {
    const v: unknown = dailyAqi[i];
    if (v === null || v === undefined || (typeof v === 'number' && Number.isNaN(v))) {
      values[i] = NaN;
      continue;
    }
    if (typeof v !== 'number') throw new LantianError('INVALID_TYPE', ['dailyAqi', i], `expected a number or null, received ${describe(v)}`);
    if (!Number.isFinite(v)) throw new LantianError('NOT_FINITE', ['dailyAqi', i], `received ${v}`);
    if (!Number.isInteger(v)) throw new LantianError('NOT_AN_INTEGER', ['dailyAqi', i], `an AQI is an integer, received ${v}`);
    if (v < 0) throw new LantianError('NEGATIVE_VALUE', ['dailyAqi', i], `received ${v}`);
    if (!Number.isSafeInteger(v)) throw new LantianError('OUT_OF_RANGE', ['dailyAqi', i], `received ${v}`);
    values[i] = v;
  }
  return dayPicture(values, 0, values.length, scheme.categories);
}

/**
 * {@link goodDaysRatio} of the checked daily AQI `aqi[from … to − 1]` (`NaN`: none; the others whole and ≥ 0) with
 * the category bands `bands` (internal: the frame engine's, with no copy and no check).
 */
export function dayPicture(aqi: Float64Array, from: number, to: number, bands: ReadonlyArray<AqiCategoryBand>): GoodDaysRatio {
  // Days per band (the first whose top is not below the AQI, as `categoryOf` finds it), then per level.
  const tops = bands.map((band) => band.range[1] ?? Infinity);
  const perBand = new Array<number>(bands.length).fill(0);
  let valid = 0;
  let good = 0;
  let heavy = 0;
  for (let i = from; i < to; i++) {
    const v = aqi[i] as number;
    if (v !== v) continue;
    valid++;
    if (v <= 100) good++;
    if (v > 200) heavy++;
    let k = 0;
    while (v > (tops[k] as number)) k++;
    perBand[k] = (perBand[k] as number) + 1;
  }
  const byLevel: [number, number, number, number, number, number] = [0, 0, 0, 0, 0, 0];
  bands.forEach((band, k) => {
    byLevel[band.level - 1] = (byLevel[band.level - 1] as number) + (perBand[k] as number);
  });
  const ratio = valid === 0 ? null : (100 * good) / valid;
  return {
    days: to - from,
    validDays: valid,
    missingDays: to - from - valid,
    goodDays: good,
    goodDaysRatio: ratio === null ? null : roundStatisticUnchecked(ratio, 1),
    goodDaysRatioRaw: ratio,
    heavyDays: heavy,
    byLevel,
  };
}
