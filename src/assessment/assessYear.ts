import { LantianError } from '../errors.js';
import {
  AQI_EDITIONS,
  type AqiEdition,
  type LimitStage,
  STANDARD_EDITIONS,
  type StandardEdition,
  aqiEditionOn,
  standardEditionOn,
  standardStageOn,
} from '../editions/index.js';
import { aqiColumns, primaryPollutantsOf } from '../aqi/aqiColumns.js';
import { type Indicator, POLLUTANTS, type Pollutant, pollutantInfo } from '../pollutants/index.js';
import { roundStatisticUnchecked } from '../rounding/roundStatistic.js';
import type { PeriodStatistic } from '../series/period.js';
import { periodMean } from '../series/periodMean.js';
import { periodPercentile } from '../series/periodPercentile.js';
import type { HourLabel } from '../series/types.js';
import { type ResolvedLimitOptions, limitOf, resolveLimitOptions } from '../standards/limitOf.js';
import type { Grade, LimitAveraging } from '../standards/types.js';
import type { ZoneClass } from '../standards/zones.js';
import { daysFromCivil, daysInMonth, formatDay } from '../_lib/time.js';
import { readOptions, requireBoolean, requireMember } from '../_lib/validate.js';
import { type ComprehensiveIndex, INDEX_WEIGHTINGS, comprehensiveIndex } from './comprehensiveIndex.js';
import { LIMIT_COMPARISONS, type LimitComparison } from './assessDay.js';
import { type GoodDaysRatio, goodDaysRatio } from './goodDaysRatio.js';
import { MAIN_INDICATOR, PM, type YearInput, combine, countValid, describeFailures, readYearDaily, readYearFrame, runsOf } from './_year.js';

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
  const { year, firstDay, nDays, lastDate, zone, time } = readYearFrame(opts);
  const edition =
    opts['edition'] === undefined ? standardEditionOn(lastDate) : requireMember(opts['edition'], STANDARD_EDITIONS, ['options', 'edition'], 'UNKNOWN_EDITION');
  const limitOptions: Record<string, unknown> = { edition };
  for (const key of ['grade', 'zoneClass', 'stage'] as const) if (opts[key] !== undefined) limitOptions[key] = opts[key];
  // The stage in force at the year's end, unless given.
  if (opts['stage'] === undefined) {
    const stage = standardStageOn(edition, lastDate);
    if (stage !== undefined) limitOptions['stage'] = stage;
  }
  const limits = resolveLimitOptions(limitOptions);
  const compare = opts['compare'] === undefined ? 'rounded' : requireMember(opts['compare'], LIMIT_COMPARISONS, ['options', 'compare'], 'INVALID_OPTION');
  const indexFrom = opts['indexFrom'] === undefined ? 'rounded' : requireMember(opts['indexFrom'], ['rounded', 'raw'] as const, ['options', 'indexFrom'], 'INVALID_OPTION');
  const weighting = opts['weighting'] === undefined ? 'equal' : requireMember(opts['weighting'], INDEX_WEIGHTINGS, ['options', 'weighting'], 'INVALID_OPTION');
  const roundDaily = opts['roundDaily'] === undefined ? false : requireBoolean(opts['roundDaily'], ['options', 'roundDaily']);
  const aqiEdition = opts['aqiEdition'] === undefined ? undefined : requireMember(opts['aqiEdition'], AQI_EDITIONS, ['options', 'aqiEdition'], 'UNKNOWN_EDITION');
  const allowMissing = opts['allowMissing'];
  const dust = readDustDays(opts['dustDays'], firstDay, nDays);
  const dayLimitMode = opts['dayLimits'] === undefined ? 'in-force' : requireMember(opts['dayLimits'], DAY_LIMIT_MODES, ['options', 'dayLimits'], 'INVALID_OPTION');

  const limitValue = (p: Pollutant, averaging: LimitAveraging): number => limitOf(p, averaging, limitArgs(limits)).value;
  const dates = Array.from({ length: nDays }, (_, d) => formatDay(firstDay + d));

  // 0. The limits of each run of days: those in force on the day, or the annual items' own.
  const dayRuns =
    dayLimitMode === 'annual'
      ? [{ from: 0, to: nDays, args: limitArgs(limits) }]
      : runsOf(nDays, (d) => {
          const on = standardEditionOn(dates[d] as string);
          return `${on}|${standardStageOn(on, dates[d] as string) ?? ''}`;
        }).map(({ from, to, key }) => {
          const [edition, stage] = key.split('|') as [StandardEdition, string];
          return { from, to, args: limitArgs({ edition, grade: limits.grade, stage: stage === '' ? undefined : (stage as LimitStage) }) };
        });
  const dayLimit = (args: ReturnType<typeof limitArgs>, p: Pollutant, averaging: LimitAveraging): number => limitOf(p, averaging, args).value;

  // 1. Daily values of the year, aligned on its days (NaN where invalid or missing).
  const o3Limits = dayRuns.map(({ from, to, args }) => ({ from, to, limit8h: dayLimit(args, 'o3', '8h'), limit1h: dayLimit(args, 'o3', '1h') }));
  const daily = readYearDaily(input, { time, zone, firstDay, nDays, o3Limits, compare });

  // 2. Annual items.
  const items: YearItem[] = [];
  for (const def of YEAR_ITEMS) {
    const series = daily.get(MAIN_INDICATOR[def.pollutant]);
    const limit = limitValue(def.pollutant, def.averaging);
    if (series === undefined) {
      items.push(emptyItem(def.pollutant, def.statistic, limit, 'no data given'));
      continue;
    }
    const decimals = pollutantInfo(def.pollutant).decimals;
    const periodOpts = { pollutant: def.pollutant, roundDaily } as const;
    const start = formatDay(firstDay);
    const full = { start, values: series };
    const used = PM.includes(def.pollutant) && dust.count > 0 ? { start, values: withoutDust(series, dust.flags) } : full;
    const coverage: PeriodStatistic =
      def.percentile === undefined ? periodMean(full, year, periodOpts) : periodPercentile(full, year, def.percentile, periodOpts);
    const statistic: PeriodStatistic =
      used === full ? coverage : def.percentile === undefined ? periodMean(used, year, periodOpts) : periodPercentile(used, year, def.percentile, periodOpts);
    const raw = coverage.valid ? statistic.observed : null;
    const value = raw === null ? null : roundStatisticUnchecked(raw, decimals);
    const compared = compare === 'rounded' ? value : raw;
    const attains = compared === null ? null : compared <= limit;
    const index = compared === null ? null : compared / limit;
    const multiple = attains === false ? ((compared as number) - limit) / limit : null;
    items.push({
      pollutant: def.pollutant,
      statistic: def.statistic,
      raw,
      value,
      observed: statistic.observed,
      limit,
      index: published(index, 2),
      indexRaw: index,
      exceedanceMultiple: published(multiple, 2),
      exceedanceMultipleRaw: multiple,
      attains,
      valid: coverage.valid,
      count: countValid(used.values),
      reason: coverage.valid ? null : describeFailures(coverage),
    });
  }

  // 3. Attainment.
  const pollutants = {} as Record<Pollutant, boolean | null>;
  for (const p of POLLUTANTS) pollutants[p] = combine(items.filter((i) => i.pollutant === p).map((i) => i.attains));
  const nonAttaining = POLLUTANTS.filter((p) => pollutants[p] === false);
  const attains = combine(POLLUTANTS.map((p) => pollutants[p]));

  // 4. Comprehensive index.
  const indexItem = (p: Pollutant, statistic: YearStatistic) => {
    const item = items.find((i) => i.pollutant === p && i.statistic === statistic) as YearItem;
    return indexFrom === 'rounded' ? item.value : item.raw;
  };
  const indexValues = {
    so2: indexItem('so2', 'annualMean'),
    no2: indexItem('no2', 'annualMean'),
    co: indexItem('co', 'p95Daily'),
    o3: indexItem('o3', 'p90Mda8'),
    pm10: indexItem('pm10', 'annualMean'),
    pm25: indexItem('pm25', 'annualMean'),
  };
  const ci = Object.values(indexValues).some((v) => v === null)
    ? null
    : comprehensiveIndex(indexValues as Record<Pollutant, number>, {
        edition: limits.edition,
        ...(limits.stage === undefined ? {} : { stage: limits.stage }),
        weighting,
      });

  // 5. The day picture: the daily AQI of each day in its edition, on columns, one call per run of days of an edition
  //    (two runs in 2026).
  const days: YearDay[] = [];
  const editions = new Set<AqiEdition>();
  const primaryDays = Object.fromEntries(POLLUTANTS.map((p) => [p, 0])) as Record<Pollutant, number>;
  let daysAbove50 = 0;
  for (const { from, to, key: edition } of runsOf(nDays, (d): AqiEdition => aqiEdition ?? aqiEditionOn(dates[d] as string))) {
    editions.add(edition);
    const columns: Partial<Record<Indicator, Float64Array>> = {};
    for (const [indicator, values] of daily) {
      if (indicator === 'o3_1h' && edition !== 'HJ633-2012') continue;
      columns[indicator] = values.subarray(from, to);
    }
    const aqiOpts: Record<string, unknown> = { edition, kind: 'daily' };
    if (allowMissing !== undefined) aqiOpts['allowMissing'] = allowMissing;
    const r = aqiColumns(columns, aqiOpts);
    for (let d = from; d < to; d++) {
      const i = d - from;
      // No column at all: no day has an AQI.
      const value = i < r.length ? (r.aqi[i] as number) : Number.NaN;
      const aqi = value === value ? value : null;
      const primaryPollutants = aqi === null ? [] : primaryPollutantsOf(r.primary[i] as number);
      if (aqi !== null && aqi > 50) {
        daysAbove50++;
        for (const p of primaryPollutants) primaryDays[p]++;
      }
      const level = i < r.length ? (r.level[i] as number) : 0;
      days.push({ date: dates[d] as string, aqi, level: level === 0 ? null : level, primaryPollutants, edition, dust: dust.flags[d] === 1 });
    }
  }
  const dayPicture = goodDaysRatio(days.map((d) => d.aqi));

  // 6. Exceedance days per pollutant, each day against the daily limit (O3: 8h) of its run.
  const exceedance = {} as Record<Pollutant, PollutantDays>;
  for (const p of POLLUTANTS) {
    const series = daily.get(MAIN_INDICATOR[p]);
    const decimals = pollutantInfo(p).decimals;
    let valid = 0;
    let over = 0;
    if (series !== undefined) {
      for (const run of dayRuns) {
        const limit = dayLimit(run.args, p, p === 'o3' ? '8h' : 'daily');
        for (let d = run.from; d < run.to; d++) {
          const v = series[d] as number;
          if (v !== v || (PM.includes(p) && dust.flags[d] === 1)) continue;
          valid++;
          if ((compare === 'rounded' ? roundStatisticUnchecked(v, decimals) : v) > limit) over++;
        }
      }
    }
    const rate = valid === 0 ? null : (100 * (valid - over)) / valid;
    exceedance[p] = { validDays: valid, exceedanceDays: over, complianceRate: published(rate, 1), complianceRateRaw: rate };
  }

  const shareRaw = Object.fromEntries(POLLUTANTS.map((p) => [p, daysAbove50 === 0 ? null : (100 * primaryDays[p]) / daysAbove50])) as Record<
    Pollutant,
    number | null
  >;
  const share = Object.fromEntries(POLLUTANTS.map((p) => [p, published(shareRaw[p], 1)])) as Record<Pollutant, number | null>;
  return {
    year,
    limits: {
      edition: limits.edition,
      stage: limits.stage,
      grade: limits.grade,
      days: dayRuns.map(({ from, to, args }) => ({ first: dates[from] as string, last: dates[to - 1] as string, edition: args.edition, stage: args.stage })),
    },
    items,
    pollutants,
    attains,
    nonAttaining,
    comprehensiveIndex: ci,
    days: dayPicture,
    exceedance,
    primaryPollutants: { daysAbove50, days: primaryDays, share, shareRaw },
    aqiEditions: AQI_EDITIONS.filter((e) => editions.has(e)),
    dustDays: dust.count,
    daily: days,
  };
}

/** A ratio or an index as published: rounded on its exact value (see {@link roundStatistic}). */
function published(value: number | null, decimals: number): number | null {
  return value === null ? null : roundStatisticUnchecked(value, decimals);
}

function limitArgs(limits: Pick<ResolvedLimitOptions, 'edition' | 'grade' | 'stage'>): { edition: StandardEdition; grade: Grade; stage?: LimitStage } {
  return limits.stage === undefined
    ? { edition: limits.edition, grade: limits.grade }
    : { edition: limits.edition, grade: limits.grade, stage: limits.stage };
}

function readDustDays(value: unknown, firstDay: number, nDays: number): { flags: Uint8Array; count: number } {
  const flags = new Uint8Array(nDays);
  if (value === undefined) return { flags, count: 0 };
  if (!Array.isArray(value)) throw new LantianError('INVALID_TYPE', ['options', 'dustDays'], "expected an array of 'YYYY-MM-DD' days");
  let count = 0;
  value.forEach((day, i) => {
    const path = ['options', 'dustDays', i];
    if (typeof day !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(day)) {
      throw new LantianError('INVALID_DATE', path, "expected a 'YYYY-MM-DD' day");
    }
    const [y, m, d] = [Number(day.slice(0, 4)), Number(day.slice(5, 7)), Number(day.slice(8, 10))];
    if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) throw new LantianError('INVALID_DATE', path, `no such day: ${day}`);
    const k = daysFromCivil(y, m, d) - firstDay;
    if (k < 0 || k >= nDays) throw new LantianError('INVALID_DATE', path, `${day} is not in the assessed year`);
    if (flags[k] === 0) count++;
    flags[k] = 1;
  });
  return { flags, count };
}

function withoutDust(values: Float64Array, flags: Uint8Array): Float64Array {
  const out = Float64Array.from(values);
  for (let d = 0; d < out.length; d++) if (flags[d] === 1) out[d] = Number.NaN;
  return out;
}

function emptyItem(pollutant: Pollutant, statistic: YearStatistic, limit: number, reason: string): YearItem {
  return {
    pollutant,
    statistic,
    raw: null,
    value: null,
    observed: null,
    limit,
    index: null,
    indexRaw: null,
    exceedanceMultiple: null,
    exceedanceMultipleRaw: null,
    attains: null,
    valid: false,
    count: 0,
    reason,
  };
}

