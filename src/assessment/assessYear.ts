import { LantianError } from '../errors.js';
import type { AqiEdition, LimitStage, StandardEdition } from '../editions/index.js';
import { POLLUTANTS, type Pollutant, indicatorPollutant } from '../pollutants/index.js';
import { type TimeConventions, readDailyInput, readHourly, readTimeConventions } from '../series/internal.js';
import type { HourLabel } from '../series/types.js';
import type { Grade, LimitAveraging } from '../standards/types.js';
import type { ZoneClass } from '../standards/zones.js';
import { MS_PER_DAY, MS_PER_HOUR } from '../_lib/time.js';
import { isRecord, readOptions, requireMember } from '../_lib/validate.js';
import { formatInstant, instantOfLocal } from '../_lib/zone.js';
import { type DailyBlock, type YearPlan, assessDaily, frameDaily, readYearPlan, reportOf } from '../frame/_engine.js';
import { frameAxis, makeFrame } from '../frame/stationFrame.js';
import type { ComprehensiveIndex, INDEX_WEIGHTINGS } from './comprehensiveIndex.js';
import type { LimitComparison } from './assessDay.js';
import type { GoodDaysRatio } from './goodDaysRatio.js';
import { YEAR_DAILY_INDICATORS, type YearDailyIndicator, type YearInput } from './_year.js';

export { YEAR_DAILY_INDICATORS, type YearDailyIndicator, type YearInput } from './_year.js';

/** The annual statistics of HJ 663-2013 (§4.2, Table 1 of its assessment items). */
export const YEAR_STATISTICS = ['annualMean', 'p98Daily', 'p95Daily', 'p90Mda8'] as const;
/** One of the {@link YEAR_STATISTICS}. */
export type YearStatistic = (typeof YEAR_STATISTICS)[number];

/**
 * The annual items of HJ 663-2013 (§4.2 and §6): SO2 and NO2 annual mean and 98th percentile of daily means;
 * PM10 and PM2.5 annual mean and 95th percentile of daily means; CO 95th percentile of daily means; O3 90th
 * percentile of the daily maximum 8h means. Means are judged against the annual limit, percentiles against the
 * daily (O3: 8h) limit.
 */
export const YEAR_ITEMS: ReadonlyArray<{
  readonly pollutant: Pollutant;
  readonly statistic: YearStatistic;
  readonly percentile: number | undefined;
  readonly averaging: LimitAveraging;
}> = Object.freeze(
  (
    [
      ['so2', 'annualMean', undefined, 'annual'],
      ['so2', 'p98Daily', 98, 'daily'],
      ['no2', 'annualMean', undefined, 'annual'],
      ['no2', 'p98Daily', 98, 'daily'],
      ['co', 'p95Daily', 95, 'daily'],
      ['o3', 'p90Mda8', 90, '8h'],
      ['pm10', 'annualMean', undefined, 'annual'],
      ['pm10', 'p95Daily', 95, 'daily'],
      ['pm25', 'annualMean', undefined, 'annual'],
      ['pm25', 'p95Daily', 95, 'daily'],
    ] as const
  ).map(([pollutant, statistic, percentile, averaging]) => Object.freeze({ pollutant, statistic, percentile, averaging })),
);

/** Options of {@link assessYear}. */
export interface AssessYearOptions {
  /** The calendar year. */
  readonly year: number;
  /** Grade I or II (default 2), or the zone class that sets it. */
  readonly grade?: Grade;
  readonly zoneClass?: ZoneClass;
  /**
   * The limit edition of the annual items. Default: the edition in force on the year's last day (31 December) —
   * the documented rule for 2026, which straddles the change on 1 March: its annual items are judged by
   * GB 3095-2026 (transition stage).
   */
  readonly edition?: StandardEdition;
  /** The GB 3095-2026 stage of the annual items; default: in force on 31 December of the year. */
  readonly stage?: LimitStage;
  /** One AQI edition for every day; default: each day's own (HJ 633-2026 from 2026-03-01). */
  readonly aqiEdition?: AqiEdition;
  /**
   * Days affected by sand and dust (`'YYYY-MM-DD'`): their PM10 and PM2.5 values are removed from the
   * concentration statistics, the exceedance days and the comprehensive index, and kept for the AQI and the
   * good-days ratio (the Ministry's 2016 rule on sand and dust days, in force 2017-01-01). They still count as covered days for
   * the validity minimums (UNCONFIRMED).
   */
  readonly dustDays?: ReadonlyArray<string>;
  /** Hour labels of hourly input (default `'end'`). */
  readonly label?: HourLabel;
  /** The zone of the natural days (default Beijing time). */
  readonly timeZone?: string;
  /** How values are compared with limits: `'rounded'` (default, as published) or `'raw'` (UNCONFIRMED). */
  readonly compare?: LimitComparison;
  /**
   * Which values of the items feed the comprehensive index: `'rounded'` (default: the published figures, as
   * published indices are computed) or `'raw'`. UNCONFIRMED.
   */
  readonly indexFrom?: 'rounded' | 'raw';
  /** Comprehensive-index weighting: `'equal'` (default) or `'weighted'` (UNCONFIRMED). */
  readonly weighting?: (typeof INDEX_WEIGHTINGS)[number];
  /** Round each daily value as published before the annual statistics (default `false`; UNCONFIRMED). */
  readonly roundDaily?: boolean;
  /** Passed to the daily AQI (HJ 633-2026 §5.3.2). */
  readonly allowMissing?: ReadonlyArray<Pollutant>;
  /**
   * The limits of day-level judgements — exceedance days and compliance rates, and HJ 663's exception for incomplete
   * O3 days: `'in-force'` (default) judges each day by the limits in force on it (GB 3095-2012 before 2026-03-01,
   * GB 3095-2026 and its stage from then; GB 3095-2026 §6 and the notice of its entry into force), as the daily AQI
   * follows each day's HJ 633 edition; `'annual'` judges every day by the annual items' edition and stage.
   */
  readonly dayLimits?: DayLimitMode;
}

/** How day-level judgements pick their limits (see {@link AssessYearOptions.dayLimits}). */
export const DAY_LIMIT_MODES = ['in-force', 'annual'] as const;
/** One of the {@link DAY_LIMIT_MODES}. */
export type DayLimitMode = (typeof DAY_LIMIT_MODES)[number];

/** The limits a run of the year's days was judged by. */
export interface DayLimitPeriod {
  /** First and last day of the run, `'YYYY-MM-DD'`. */
  readonly first: string;
  readonly last: string;
  readonly edition: StandardEdition;
  readonly stage: LimitStage | undefined;
}

/** One annual item. */
export interface YearItem {
  readonly pollutant: Pollutant;
  readonly statistic: YearStatistic;
  /** The statistic unrounded (`null` when the year's data do not meet the validity minimums). */
  readonly raw: number | null;
  /** The statistic rounded as published (GB/T 8170: µg/m³ integers, CO one decimal). */
  readonly value: number | null;
  /** The statistic over the valid days there are, whether or not the year is valid. */
  readonly observed: number | null;
  /** The limit it is judged against (annual; daily; O3 8h). */
  readonly limit: number;
  /**
   * value / limit, the single index of this item, as published: rounded on its exact value to two decimals
   * (UNCONFIRMED: HJ 663 names no decimals); `null` when invalid.
   */
  readonly index: number | null;
  /** The single index unrounded. */
  readonly indexRaw: number | null;
  /**
   * (value − limit) / limit when above the limit (超标倍数, HJ 663-2013 §5.3), as published: two decimals
   * (UNCONFIRMED), else `null`.
   */
  readonly exceedanceMultiple: number | null;
  /** The exceedance multiple unrounded. */
  readonly exceedanceMultipleRaw: number | null;
  /** Within the limit; `null` when invalid. */
  readonly attains: boolean | null;
  /** Whether the data meet GB 3095 Table 4 / HJ 663 (≥ 324 valid days, ≥ 27 a month, ≥ 25 in February). */
  readonly valid: boolean;
  /** Valid days used. */
  readonly count: number;
  /** Why it is invalid, `null` when valid. */
  readonly reason: string | null;
}

/** Exceedance days of one pollutant. */
export interface PollutantDays {
  /** Days with a valid daily value (PM: less dust days). */
  readonly validDays: number;
  /** Days above the daily limit (O3: the MDA8 above the 8h limit). */
  readonly exceedanceDays: number;
  /**
   * Days within the limit over valid days, in percent (达标率), as published: one decimal, rounded on its exact value
   * (`null` without valid days).
   */
  readonly complianceRate: number | null;
  /** The compliance rate unrounded. */
  readonly complianceRateRaw: number | null;
}

/** One day of the year. */
export interface YearDay {
  readonly date: string;
  readonly aqi: number | null;
  readonly level: number | null;
  readonly primaryPollutants: ReadonlyArray<Pollutant>;
  readonly edition: AqiEdition;
  readonly dust: boolean;
}

/** The annual assessment of a station or a city. */
export interface YearAssessment {
  readonly year: number;
  /**
   * The limits of the annual items, and of the day-level judgements by run of days (two runs in 2026 by default:
   * GB 3095-2012 to 28 February, GB 3095-2026 from 1 March).
   */
  readonly limits: {
    readonly edition: StandardEdition;
    readonly stage: LimitStage | undefined;
    readonly grade: Grade;
    readonly days: ReadonlyArray<DayLimitPeriod>;
  };
  readonly items: ReadonlyArray<YearItem>;
  /** Per pollutant: attains when all its items attain; `null` when none fails but one is invalid. */
  readonly pollutants: Readonly<Record<Pollutant, boolean | null>>;
  /** All six pollutants attain; `false` when any fails; `null` when none fails but one is undecided. */
  readonly attains: boolean | null;
  readonly nonAttaining: ReadonlyArray<Pollutant>;
  /** From the annual items (per `indexFrom`); `null` when an item is invalid. */
  readonly comprehensiveIndex: ComprehensiveIndex | null;
  /** The day picture from the daily AQI. */
  readonly days: GoodDaysRatio;
  /** Exceedance days and compliance rate per pollutant. */
  readonly exceedance: Readonly<Record<Pollutant, PollutantDays>>;
  /** Days with AQI above 50 and, per pollutant, the days it was primary and its share of them (ties count for each). */
  readonly primaryPollutants: {
    readonly daysAbove50: number;
    readonly days: Readonly<Record<Pollutant, number>>;
    /** In percent, one decimal, rounded on the exact value. */
    readonly share: Readonly<Record<Pollutant, number | null>>;
    readonly shareRaw: Readonly<Record<Pollutant, number | null>>;
  };
  /** The AQI editions the days used (two in 2026). */
  readonly aqiEditions: ReadonlyArray<AqiEdition>;
  readonly dustDays: number;
  /** Each day of the year. */
  readonly daily: ReadonlyArray<YearDay>;
}

export const YEAR_OPTION_KEYS = [
  'year',
  'grade',
  'zoneClass',
  'edition',
  'stage',
  'aqiEdition',
  'dustDays',
  'label',
  'timeZone',
  'compare',
  'indexFrom',
  'weighting',
  'roundDaily',
  'allowMissing',
  'dayLimits',
] as const;

/**
 * The annual assessment of a station or a city (HJ 663-2013 §4–§6 and Appendix A): the annual items of each pollutant
 * against GB 3095, attainment, the comprehensive index, and the day picture of the daily AQI — valid days, good
 * days and their ratio, days per category, heavily polluted days, exceedance days and compliance rate per
 * pollutant, and the share of each primary pollutant among days with AQI above 50.
 *
 * From hourly data it forms the daily means (≥ 20 valid hours), the O3 MDA8 (≥ 14 valid 8h windows, or above the
 * 8h limit) and daily maximum 1h values; an annual item needs ≥ 324 valid days and ≥ 27 in each month (≥ 25 in
 * February) (GB 3095 Table 4; HJ 663). A pollutant attains when every item is within its limit; the place attains
 * when all six do. The daily AQI of each day follows that day's edition (HJ 633-2026 from 2026-03-01); the annual
 * items follow the limit edition in force on 31 December unless `edition`/`stage` say otherwise.
 *
 * @param input - `{ hourly: { so2, no2, co, o3, pm10, pm25 } }` and/or `{ daily: { so2_24h, …, o3_8h, o3_1h } }`.
 * @param options - `year` (required), `grade`/`zoneClass`, `edition`, `stage`, `aqiEdition`, `dustDays`,
 *   `label`, `timeZone`, `compare`, `indexFrom`, `weighting`, `roundDaily`, `allowMissing`.
 * @returns The assessment, a plain object.
 * @throws {LantianError} `INVALID_TYPE`/`INVALID_INPUT` for malformed input (path under `input`), the codes of the
 *   series functions for bad series, `INVALID_OPTION`, `UNKNOWN_EDITION`, `INVALID_DATE`, `UNKNOWN_OPTION` or
 *   `UNKNOWN_POLLUTANT` for bad options.
 * @example
 * ```ts
 * // A year of constant daily values (µg/m³; CO mg/m³), judged by GB 3095-2012 Grade II:
 * const days = (v: number) => ({ start: '2025-01-01', values: Array(365).fill(v) });
 * const r = assessYear(
 *   { daily: { so2_24h: days(10), no2_24h: days(30), co_24h: days(0.8), o3_8h: days(120), pm10_24h: days(60), pm25_24h: days(40) } },
 *   { year: 2025 },
 * );
 * r.nonAttaining; //=> ['pm25'] (annual mean 40 > 35)
 * r.comprehensiveIndex?.total; //=> 3.87
 * r.days.goodDaysRatio; //=> 100 (every AQI is 100 or less)
 * ```
 */
export function assessYear(input: YearInput, options: AssessYearOptions): YearAssessment {
  const opts = readOptions(options, YEAR_OPTION_KEYS);
  const time = readTimeConventions(opts);
  const { year: _y, label: _l, timeZone: _t, ...rest } = opts;
  const plan = readYearPlan({ year: _y, ...rest });
  return reportOf(assessDaily(yearBlock(input, plan, time), plan), 0);
}

/**
 * The data of one station (or city) as a block of one for the engine: hourly series read once, laid on the hours of
 * the year's natural days as a frame of one station and turned into daily values by the engine's kernels; daily
 * series read once and laid on the year's days.
 */
function yearBlock(input: unknown, plan: YearPlan, time: TimeConventions): DailyBlock {
  if (!isRecord(input)) throw new LantianError('INVALID_TYPE', ['input'], 'expected { hourly?, daily? }');
  readOptions(input, ['hourly', 'daily'], ['input']);
  const { firstDay, nDays } = plan;
  const daily = new Map<YearDailyIndicator, Float64Array>();
  const hourly = input['hourly'];
  if (hourly !== undefined) {
    if (!isRecord(hourly)) throw new LantianError('INVALID_TYPE', ['input', 'hourly'], 'expected hourly series keyed by pollutant');
    const { zone } = time;
    // The hours of the year's natural days: from local midnight of 1 January to that of the next 1 January.
    const origin = instantOfLocal(zone, firstDay * MS_PER_DAY);
    const hours = (instantOfLocal(zone, (firstDay + nDays) * MS_PER_DAY) - origin) / MS_PER_HOUR;
    const values: Partial<Record<Pollutant, Float64Array>> = {};
    for (const key of Object.keys(hourly)) {
      const p = requireMember(key, POLLUTANTS, ['input', 'hourly', key], 'UNKNOWN_POLLUTANT');
      const series = readHourly(hourly[key], time, p, ['input', 'hourly', key]);
      const out = new Float64Array(hours).fill(NaN);
      const offset = Math.round((series.origin - origin) / MS_PER_HOUR);
      const v = series.values;
      for (let i = Math.max(0, -offset), end = Math.min(v.length, hours - offset); i < end; i++) out[i + offset] = v[i] as number;
      values[p] = out;
    }
    const frame = makeFrame(
      { start: formatInstant(zone, time.label === 'end' ? origin + MS_PER_HOUR : origin), hours, stations: ['station'], stationRecords: undefined, values, label: time.label, timeZone: zone.id },
      zone,
      origin,
    );
    for (const [indicator, v] of frameDaily(frame, frameAxis(frame), plan, 0, 1).daily) daily.set(indicator, v);
  }
  const given = input['daily'];
  if (given !== undefined) {
    if (!isRecord(given)) throw new LantianError('INVALID_TYPE', ['input', 'daily'], 'expected daily series keyed by daily indicator');
    for (const key of Object.keys(given)) {
      const indicator = requireMember(key, YEAR_DAILY_INDICATORS, ['input', 'daily', key], 'UNKNOWN_INDICATOR');
      if (daily.has(indicator)) throw new LantianError('INVALID_INPUT', ['input', 'daily', key], `${indicatorPollutant(indicator)} is given both hourly and daily`);
      const series = readDailyInput(given[key], time.zone, indicatorPollutant(indicator), ['input', 'daily', key]);
      const out = new Float64Array(nDays).fill(NaN);
      const offset = series.firstDay - firstDay;
      const v = series.values;
      for (let i = Math.max(0, -offset), end = Math.min(v.length, nDays - offset); i < end; i++) out[i + offset] = v[i] as number;
      daily.set(indicator, out);
    }
  }
  return { stations: 1, daily };
}
