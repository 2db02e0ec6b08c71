import { LantianError } from '../errors.js';
import type { AqiEdition, LimitStage, StandardEdition } from '../editions/index.js';
import { type AqiConcentrations, type AqiReport, dailyAqi } from '../aqi/reports.js';
import { type Indicator, type Pollutant, POLLUTANTS, indicatorPollutant, pollutantInfo } from '../pollutants/index.js';
import { roundStatisticUnchecked } from '../rounding/roundStatistic.js';
import { limitOf } from '../standards/limitOf.js';
import type { Grade, LimitAveraging } from '../standards/types.js';
import type { ZoneClass } from '../standards/zones.js';
import type { DateInput } from '../_lib/time.js';
import { readOptions, requireMember } from '../_lib/validate.js';

/** How a value is compared with its limit (GB/T 8170-2008 §4.3). */
export const LIMIT_COMPARISONS = ['rounded', 'raw'] as const;
/** One of the {@link LIMIT_COMPARISONS}. */
export type LimitComparison = (typeof LIMIT_COMPARISONS)[number];

/** The daily limit each daily indicator is judged against (GB 3095 Table 1). */
export const DAILY_LIMIT_AVERAGING: Readonly<Partial<Record<Indicator, LimitAveraging>>> = Object.freeze({
  so2_24h: 'daily',
  no2_24h: 'daily',
  co_24h: 'daily',
  pm10_24h: 'daily',
  pm25_24h: 'daily',
  o3_8h: '8h',
  o3_1h: '1h',
});

/** Options of {@link assessDay}. */
export interface AssessDayOptions {
  /** The day (Beijing time): selects the AQI edition, the limit edition and its stage in force. */
  readonly date?: DateInput;
  /** The AQI edition, instead of the one in force on `date`. */
  readonly aqiEdition?: AqiEdition;
  /** The limit edition, instead of the one in force on `date`. */
  readonly edition?: StandardEdition;
  /** Grade I or II (default 2), or the zone class that sets it. */
  readonly grade?: Grade;
  readonly zoneClass?: ZoneClass;
  /** GB 3095-2026 stage; default: in force on `date`, else final. */
  readonly stage?: LimitStage;
  /**
   * `'rounded'` (default): the value rounded as published (GB/T 8170, integers, CO one decimal) is compared with
   * the limit — the rounded-value comparison of GB/T 8170-2008 §4.3.3, as published data are judged;
   * `'raw'`: the unrounded value (the full-value comparison of §4.3.2). Which one HJ 663 prescribes is
   * UNCONFIRMED.
   */
  readonly compare?: LimitComparison;
  /** Passed to the AQI (HJ 633-2026 §5.3.2). */
  readonly allowMissing?: ReadonlyArray<Pollutant>;
}

/** One indicator of a day against its limit. */
export interface DayItem {
  readonly indicator: Indicator;
  readonly pollutant: Pollutant;
  /** The value given (`null` when missing). */
  readonly raw: number | null;
  /** The value rounded as published. */
  readonly value: number | null;
  readonly limit: number;
  readonly averaging: LimitAveraging;
  /** Whether the value is within the limit; `null` when missing. */
  readonly attains: boolean | null;
  /**
   * (C − S) / S when above the limit (超标倍数, HJ 663-2013 §5.3), as published: two decimals, rounded on the exact
   * value (UNCONFIRMED: HJ 663 names no decimals); else `null`.
   */
  readonly exceedanceMultiple: number | null;
  /** The exceedance multiple unrounded. */
  readonly exceedanceMultipleRaw: number | null;
}

/** The assessment of one day. */
export interface DayAssessment {
  readonly aqi: AqiReport;
  readonly limits: { readonly edition: StandardEdition; readonly stage: LimitStage | undefined; readonly grade: Grade };
  readonly items: ReadonlyArray<DayItem>;
  /** Pollutants above a daily limit (超标), in the standard's order. */
  readonly exceeding: ReadonlyArray<Pollutant>;
  /** `true` when every given value is within its limit and none is missing; `false` when any exceeds; else `null`. */
  readonly attains: boolean | null;
}

const OPTION_KEYS = ['date', 'aqiEdition', 'edition', 'grade', 'zoneClass', 'stage', 'compare', 'allowMissing'] as const;

/**
 * One day's concentrations against the daily limits of GB 3095 and through the daily AQI of HJ 633: each
 * indicator's value, limit, attainment and exceedance multiple ((C − S)/S, HJ 663-2013 §5), the pollutants over
 * their limits, and the AQI report. Daily means are judged against the 24h limits, the O3 daily maximum 8h mean
 * against the 8h limit and (HJ 633-2012 daily reports) the O3 daily maximum 1h value against the 1h limit.
 *
 * @param concentrations - The day's values keyed by daily indicator (`so2_24h`, `no2_24h`, `co_24h`,
 *   `pm10_24h`, `pm25_24h`, `o3_8h`, and `o3_1h` under HJ 633-2012); `null`/`NaN`/absent is missing.
 * @param options - `date` (or `aqiEdition` and `edition`), `grade` or `zoneClass`, `stage`, `compare`, `allowMissing`.
 * @returns The day's assessment.
 * @throws {LantianError} The codes of {@link dailyAqi} for bad concentrations; `INVALID_OPTION`,
 *   `UNKNOWN_EDITION`, `INVALID_DATE` or `UNKNOWN_OPTION` for bad options.
 * @example
 * ```ts
 * const day = assessDay(
 *   { so2_24h: 12, no2_24h: 85, co_24h: 1.1, o3_8h: 150, pm10_24h: 130, pm25_24h: 80 },
 *   { date: '2025-12-01' },
 * );
 * day.exceeding; //=> ['no2', 'pm25']
 * day.aqi.aqi; //=> 107
 * day.items.find((i) => i.pollutant === 'pm25')?.exceedanceMultiple; //=> 0.07
 * ```
 */
export function assessDay(concentrations: AqiConcentrations, options?: AssessDayOptions): DayAssessment {
  const opts = readOptions(options, OPTION_KEYS);
  const compare = opts['compare'] === undefined ? 'rounded' : requireMember(opts['compare'], LIMIT_COMPARISONS, ['options', 'compare'], 'INVALID_OPTION');
  const aqiOptions: Record<string, unknown> = {};
  if (opts['aqiEdition'] !== undefined) aqiOptions['edition'] = opts['aqiEdition'];
  else if (opts['date'] !== undefined) aqiOptions['date'] = opts['date'];
  if (opts['allowMissing'] !== undefined) aqiOptions['allowMissing'] = opts['allowMissing'];
  let aqi: AqiReport;
  try {
    aqi = dailyAqi(concentrations, aqiOptions);
  } catch (error) {
    throw renameOptionPath(error);
  }
  const limitOptions: Record<string, unknown> = {};
  for (const key of ['date', 'edition', 'grade', 'zoneClass', 'stage'] as const) if (opts[key] !== undefined) limitOptions[key] = opts[key];

  const items: DayItem[] = [];
  let limits: DayAssessment['limits'] | undefined;
  for (const indicator of Object.keys(aqi.iaqi) as Indicator[]) {
    const averaging = DAILY_LIMIT_AVERAGING[indicator] as LimitAveraging;
    const pollutant = indicatorPollutant(indicator);
    const limit = limitOf(pollutant, averaging, limitOptions);
    limits ??= { edition: limit.edition, stage: limit.stage, grade: limit.grade };
    const given = (concentrations as Record<string, number | null | undefined>)[indicator];
    const raw = given === undefined || given === null || Number.isNaN(given) ? null : given;
    const value = raw === null ? null : roundStatisticUnchecked(raw, pollutantInfo(pollutant).decimals);
    const compared = compare === 'rounded' ? value : raw;
    const attains = compared === null ? null : compared <= limit.value;
    const multiple = attains === false ? ((compared as number) - limit.value) / limit.value : null;
    items.push({
      indicator,
      pollutant,
      raw,
      value,
      limit: limit.value,
      averaging,
      attains,
      exceedanceMultiple: multiple === null ? null : roundStatisticUnchecked(multiple, 2),
      exceedanceMultipleRaw: multiple,
    });
  }
  const exceeding = POLLUTANTS.filter((p) => items.some((i) => i.pollutant === p && i.attains === false));
  return {
    aqi,
    limits: limits as DayAssessment['limits'],
    items,
    exceeding,
    attains: exceeding.length > 0 ? false : items.some((i) => i.attains === null) ? null : true,
  };
}

/** Maps the AQI's option paths (`edition`) back to this function's (`aqiEdition`). */
function renameOptionPath(error: unknown): unknown {
  if (error instanceof LantianError && error.path[0] === 'options' && error.path[1] === 'edition') {
    return new LantianError(error.code, ['options', 'aqiEdition', ...error.path.slice(2)], error.detail);
  }
  return error;
}
