/**
 * The one engine of the annual assessment (internal). Two stages:
 *
 * 1. {@link frameDaily}: a frame's hourly data → the daily values of a year (daily means, O3 MDA8 and daily
 *    maximum 1h) for a block of stations, station-major, by the per-station kernels;
 * 2. {@link assessDaily}: daily values of many stations → the annual assessment of each, as columns: the annual
 *    items with their validity (means in day order, percentiles by selection), attainment, the comprehensive
 *    index, the daily AQI of every station-day on the columnar evaluator, exceedance days, primary pollutants.
 *
 * {@link assessYear} is a block of one station through the same two stages; {@link assessStations} a block of all.
 */
import { LantianError } from '../errors.js';
import {
  AQI_EDITIONS,
  type AqiEdition,
  type LimitStage,
  STANDARD_EDITIONS,
  type StandardEdition,
  aqiEditionOn,
  resolveAqiEdition,
  standardEditionOn,
  standardStageOn,
} from '../editions/index.js';
import { type AqiRows, aqiRows } from '../aqi/_rows.js';
import { reportPlan } from '../aqi/reports.js';
import { POLLUTANTS, type Pollutant, pollutantInfo } from '../pollutants/index.js';
import { roundStatisticUnchecked } from '../rounding/roundStatistic.js';
import { roundReported } from '../series/internal.js';
import { SERIES_VALIDITY } from '../series/validity.js';
import { type ResolvedLimitOptions, limitOf, resolveLimitOptions } from '../standards/limitOf.js';
import type { Grade, LimitAveraging } from '../standards/types.js';
import { percentileBySelection } from '../stats/percentile.js';
import { daysFromCivil, daysInMonth, formatDay } from '../_lib/time.js';
import { requireBoolean, requireInteger, requireMember } from '../_lib/validate.js';
import { type ComprehensiveIndex, INDEX_WEIGHTINGS, comprehensiveIndex } from '../assessment/comprehensiveIndex.js';
import { LIMIT_COMPARISONS, type LimitComparison } from '../assessment/assessDay.js';
import { type GoodDaysRatio, dayPicture } from '../assessment/goodDaysRatio.js';
import { aqiSchemeOf } from '../aqi/schemes/index.js';
import { MAIN_INDICATOR, PM, type YearDailyIndicator, combine, runsOf } from '../assessment/_year.js';
import {
  DAY_LIMIT_MODES,
  type DayLimitPeriod,
  type PollutantDays,
  YEAR_ITEMS,
  type YearAssessment,
  type YearDay,
  type YearItem,
  type YearStatistic,
} from '../assessment/assessYear.js';
import type { StationItemColumns } from './assessStations.js';
import { type KernelDays, type OzoneScratch, dailyMeanKernel, ozoneKernel, ozoneScratch } from './_kernels.js';
import type { FrameAxis, StationFrame } from './stationFrame.js';

/** The options of an annual assessment, read once: everything but the data. */
export interface YearPlan {
  readonly year: number;
  readonly firstDay: number;
  readonly nDays: number;
  /** `'YYYY-MM-DD'` of each day. */
  readonly dates: ReadonlyArray<string>;
  readonly limits: ResolvedLimitOptions;
  readonly compare: LimitComparison;
  readonly indexFrom: 'rounded' | 'raw';
  readonly weighting: (typeof INDEX_WEIGHTINGS)[number];
  readonly roundDaily: boolean;
  readonly allowMissing: unknown;
  /** Runs of days of one AQI edition, in time order. */
  readonly aqiRuns: ReadonlyArray<{ readonly edition: AqiEdition; readonly from: number; readonly to: number }>;
  readonly dust: { readonly flags: Uint8Array; readonly count: number };
  /** The limit of each annual item's averaging (the year's edition and stage). */
  readonly limit: (p: Pollutant, averaging: LimitAveraging) => number;
  /**
   * The limits of the day-level judgements by run of days (`dayLimits`: those in force on each day, or the annual
   * items' own), and the daily limit of each day (O3: its 8h limit), for exceedance days and the MDA8 exception.
   */
  readonly dayRuns: ReadonlyArray<{ readonly from: number; readonly to: number; readonly edition: StandardEdition; readonly stage: LimitStage | undefined }>;
  readonly dayLimit: Readonly<Record<Pollutant, Float64Array>>;
  /** The O3 1h limit of each day, for the exception of the daily maximum 1h value. */
  readonly dayLimit1h: Float64Array;
}

/** Reads the options shared by every annual assessment (see `AssessYearOptions`); `opts` were checked for unknown keys. */
export function readYearPlan(opts: Readonly<Record<string, unknown>>): YearPlan {
  const year = requireInteger(opts['year'], ['options', 'year'], 1900, 2200);
  const firstDay = daysFromCivil(year, 1, 1);
  const nDays = daysFromCivil(year + 1, 1, 1) - firstDay;
  const dates = Array.from({ length: nDays }, (_, d) => formatDay(firstDay + d));
  const lastDate = dates[nDays - 1] as string;
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
  const dust = readDustDays(opts['dustDays'], firstDay, nDays);
  // Check allowMissing once, here, with the report's own reader.
  if (opts['allowMissing'] !== undefined) reportPlan('daily', { allowMissing: opts['allowMissing'] });
  const args = limitArgs(limits);
  const cache = new Map<string, number>();
  const limit = (p: Pollutant, averaging: LimitAveraging): number => {
    const key = `${p}/${averaging}`;
    let v = cache.get(key);
    if (v === undefined) cache.set(key, (v = limitOf(p, averaging, args).value));
    return v;
  };
  // The limits of each run of days: those in force on the day (GB 3095-2026 §6: the 2012 limits before 2026-03-01),
  // of the annual items' grade; or the annual items' own.
  const dayLimitMode = opts['dayLimits'] === undefined ? 'in-force' : requireMember(opts['dayLimits'], DAY_LIMIT_MODES, ['options', 'dayLimits'], 'INVALID_OPTION');
  const dayRuns =
    dayLimitMode === 'annual'
      ? [{ from: 0, to: nDays, edition: limits.edition, stage: limits.stage }]
      : runsOf(nDays, (d) => {
          const on = standardEditionOn(dates[d] as string);
          return `${on}|${standardStageOn(on, dates[d] as string) ?? ''}`;
        }).map(({ from, to, key }) => {
          const [on, stage] = key.split('|') as [StandardEdition, string];
          return { from, to, edition: on, stage: stage === '' ? undefined : (stage as LimitStage) };
        });
  const dayLimit = {} as Record<Pollutant, Float64Array>;
  for (const p of POLLUTANTS) dayLimit[p] = new Float64Array(nDays);
  const dayLimit1h = new Float64Array(nDays);
  for (const run of dayRuns) {
    const runArgs = limitArgs({ edition: run.edition, grade: limits.grade, stage: run.stage });
    for (const p of POLLUTANTS) dayLimit[p].fill(limitOf(p, p === 'o3' ? '8h' : 'daily', runArgs).value, run.from, run.to);
    dayLimit1h.fill(limitOf('o3', '1h', runArgs).value, run.from, run.to);
  }
  return {
    year,
    firstDay,
    nDays,
    dates,
    limits,
    compare,
    indexFrom,
    weighting,
    roundDaily,
    allowMissing: opts['allowMissing'],
    aqiRuns: aqiRuns(dates, aqiEdition),
    dust,
    limit,
    dayRuns,
    dayLimit,
    dayLimit1h,
  };
}

/** Runs of days of one AQI edition (editions follow each other in time). */
function aqiRuns(dates: ReadonlyArray<string>, fixed: AqiEdition | undefined): YearPlan['aqiRuns'] {
  return runsOf(dates.length, (d): AqiEdition => fixed ?? aqiEditionOn(dates[d] as string)).map(({ from, to, key }) => ({ edition: key, from, to }));
}

/** The limit options of `limitOf` for resolved limits. */
export function limitArgs(limits: Pick<ResolvedLimitOptions, 'edition' | 'grade' | 'stage'>): { edition: StandardEdition; grade: Grade; stage?: LimitStage } {
  return limits.stage === undefined ? { edition: limits.edition, grade: limits.grade } : { edition: limits.edition, grade: limits.grade, stage: limits.stage };
}

/** Reads the `dustDays` option: flags on the year's days and their number. */
export function readDustDays(value: unknown, firstDay: number, nDays: number): { flags: Uint8Array; count: number } {
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

/** Daily values of a block of stations: by indicator, station-major (`values[s * nDays + d]`), `NaN` invalid. */
export interface DailyBlock {
  readonly stations: number;
  readonly daily: ReadonlyMap<YearDailyIndicator, Float64Array>;
}

/**
 * Stage 1: the daily values of the stations `from … to − 1` of a frame on the plan's days (the daily means with
 * GB 3095 Table 4's 20 hours; the O3 MDA8 and daily maximum 1h value with HJ 663-2013's rules and exception).
 */
export function frameDaily(frame: StationFrame, axis: FrameAxis, plan: YearPlan, from: number, to: number, scratch?: BlockScratch): DailyBlock {
  const { layout } = axis;
  const n = to - from;
  const nDays = plan.nDays;
  const days: KernelDays = { bounds: layout.bounds, count: layout.count, shift: plan.firstDay - layout.firstDay, nDays, hours: frame.hours };
  const daily = new Map<YearDailyIndicator, Float64Array>();
  const minHours = SERIES_VALIDITY.dailyMeanHours.continuous;
  // The block's daily arrays: fresh, or the scratch's reused from block to block (the caller is done with them).
  const array = (indicator: YearDailyIndicator): Float64Array => {
    if (scratch === undefined) return new Float64Array(n * nDays);
    let a = scratch.daily.get(indicator);
    if (a === undefined || a.length < n * nDays) scratch.daily.set(indicator, (a = new Float64Array(n * nDays)));
    return a.subarray(0, n * nDays);
  };
  for (const p of POLLUTANTS) {
    const v = frame.values[p];
    if (v === undefined) continue;
    if (p === 'o3') {
      const mda8 = array('o3_8h');
      const max1h = array('o3_1h');
      const decimals = plan.compare === 'rounded' ? pollutantInfo('o3').decimals : undefined;
      const target = { limit8h: plan.dayLimit.o3, limit1h: plan.dayLimit1h, decimals, mda8, max1h };
      // The window data of stations not known to hold whole numbers only, made on first need and kept.
      let windows = scratch?.ozone;
      const ozone = (): OzoneScratch => {
        windows ??= ozoneScratch(frame.hours, layout.bounds[layout.count] as number);
        if (scratch !== undefined) scratch.ozone = windows;
        return windows;
      };
      const known = axis.whole.o3;
      for (let s = 0; s < n; s++) ozoneKernel(v, (from + s) * frame.hours, days, target, s * nDays, known === undefined ? undefined : known[from + s] === 1, ozone);
      daily.set('o3_8h', mda8);
      daily.set('o3_1h', max1h);
    } else {
      const out = array(MAIN_INDICATOR[p]);
      const whole = axis.whole[p];
      for (let s = 0; s < n; s++) dailyMeanKernel(v, (from + s) * frame.hours, days, minHours, out, s * nDays, whole !== undefined && whole[from + s] === 1);
      daily.set(MAIN_INDICATOR[p], out);
    }
  }
  return { stations: n, daily };
}

/** Buffers one thread reuses from block to block of a frame: the daily values and the 8-hour window data. */
export interface BlockScratch {
  readonly daily: Map<YearDailyIndicator, Float64Array>;
  ozone: OzoneScratch | undefined;
}

/** Fresh scratch for a run of blocks. */
export function blockScratch(): BlockScratch {
  return { daily: new Map(), ozone: undefined };
}

/** One annual item of every station, as columns. */
export interface ItemColumns extends StationItemColumns {
  /** Whether the input had data of the pollutant at all. */
  readonly given: boolean;
}

/** Valid days per month (12 per station) and in the year, of one pollutant's main indicator. */
interface Coverage {
  readonly months: Uint16Array;
  readonly total: Uint16Array;
}

/** The annual assessments of a block of stations, as columns, with each station's plain report. */
export interface YearColumns {
  readonly plan: YearPlan;
  readonly stations: number;
  readonly items: ReadonlyArray<ItemColumns>;
  readonly coverage: Readonly<Partial<Record<Pollutant, Coverage>>>;
  /** Per station-day (`s * nDays + d`): the daily AQI (`NaN` none), its level (0 none), the primary pollutants' mask. */
  readonly aqi: Float64Array;
  readonly level: Uint8Array;
  readonly primary: Uint8Array;
  /** Per pollutant, per station: valid days and exceedance days. */
  readonly validDays: Readonly<Record<Pollutant, Int32Array>>;
  readonly exceedanceDays: Readonly<Record<Pollutant, Int32Array>>;
  /** Per station: days with AQI above 50, and per pollutant the days it was primary among them. */
  readonly daysAbove50: Int32Array;
  readonly primaryDays: Readonly<Record<Pollutant, Int32Array>>;
  /** Per station: the comprehensive index (`null` when an item is invalid) and the day picture. */
  readonly index: ReadonlyArray<ComprehensiveIndex | null>;
  readonly days: ReadonlyArray<GoodDaysRatio>;
}

const UNDECIDED = 255;

/** Stage 2: the annual assessment of every station of a block of daily values. */
export function assessDaily(block: DailyBlock, plan: YearPlan): YearColumns {
  const { stations } = block;
  const items = YEAR_ITEMS.map(
    (def): ItemColumns => ({
      pollutant: def.pollutant,
      statistic: def.statistic,
      limit: plan.limit(def.pollutant, def.averaging),
      given: block.daily.has(MAIN_INDICATOR[def.pollutant]),
      raw: new Float64Array(stations).fill(NaN),
      value: new Float64Array(stations).fill(NaN),
      observed: new Float64Array(stations).fill(NaN),
      valid: new Uint8Array(stations),
      count: new Int32Array(stations),
      attains: new Uint8Array(stations).fill(UNDECIDED),
    }),
  );
  const coverage: Partial<Record<Pollutant, Coverage>> = {};
  const validDays = {} as Record<Pollutant, Int32Array>;
  const exceedanceDays = {} as Record<Pollutant, Int32Array>;
  for (const p of POLLUTANTS) {
    validDays[p] = new Int32Array(stations);
    exceedanceDays[p] = new Int32Array(stations);
    const series = block.daily.get(MAIN_INDICATOR[p]);
    if (series !== undefined) coverage[p] = pollutantYear(p, series, stations, plan, items, validDays[p], exceedanceDays[p]);
  }

  const index: Array<ComprehensiveIndex | null> = [];
  for (let s = 0; s < stations; s++) index.push(indexOf(items, s, plan));

  const { aqi, level, primary } = dailyAqi(block, plan);
  const { nDays } = plan;
  const days: GoodDaysRatio[] = [];
  const daysAbove50 = new Int32Array(stations);
  const primaryDays = {} as Record<Pollutant, Int32Array>;
  for (const p of POLLUTANTS) primaryDays[p] = new Int32Array(stations);
  // The day picture by the category bands goodDaysRatio uses by default (the newest edition's).
  const bands = aqiSchemeOf(resolveAqiEdition({})).categories;
  // Days above 50 of a station by mask of primary pollutants (6 bits).
  const masks = new Int32Array(64);
  for (let s = 0; s < stations; s++) {
    masks.fill(0);
    let above = 0;
    for (let i = s * nDays, end = i + nDays; i < end; i++) {
      // NaN > 50 is false: days without an AQI are skipped.
      if (!((aqi[i] as number) > 50)) continue;
      above++;
      const mask = primary[i] as number;
      masks[mask] = (masks[mask] as number) + 1;
    }
    daysAbove50[s] = above;
    for (let mask = 1; mask < 64; mask++) {
      const c = masks[mask] as number;
      if (c === 0) continue;
      for (let k = 0; k < 6; k++) {
        if ((mask & (1 << k)) === 0) continue;
        const counts = primaryDays[POLLUTANTS[k] as Pollutant];
        counts[s] = (counts[s] as number) + c;
      }
    }
    days.push(dayPicture(aqi, s * nDays, (s + 1) * nDays, bands));
  }
  return { plan, stations, items, coverage, aqi, level, primary, validDays, exceedanceDays, daysAbove50, primaryDays, index, days };
}

/**
 * The annual items of pollutant `p` of every station from its daily values, in one pass per station over the days:
 * the valid days per month (the coverage, returned), the days used (PM without dust days; rounded first when
 * `roundDaily`) gathered in day order, the valid days and the exceedance days (of each day's limit); then each item's
 * statistic — means first, while the days are in order; percentiles by selection, which reorders them.
 */
function pollutantYear(
  p: Pollutant,
  series: Float64Array,
  stations: number,
  plan: YearPlan,
  items: ReadonlyArray<ItemColumns>,
  validDays: Int32Array,
  exceedanceDays: Int32Array,
): Coverage {
  const { nDays, dust, roundDaily } = plan;
  const own = YEAR_ITEMS.flatMap((def, k) => (def.pollutant === p ? [{ def, col: items[k] as ItemColumns }] : [])).sort(
    (x, y) => Number(x.def.percentile !== undefined) - Number(y.def.percentile !== undefined),
  );
  const monthStart = new Int32Array(13);
  for (let m = 1; m <= 12; m++) monthStart[m] = (monthStart[m - 1] as number) + daysInMonth(plan.year, m);
  const minimum = SERIES_VALIDITY.period.continuous.year;
  const cov: Coverage = { months: new Uint16Array(12 * stations), total: new Uint16Array(stations) };
  const scratch = new Float64Array(nDays);
  const decimals = pollutantInfo(p).decimals;
  const unit = 10 ** -decimals;
  const limits = plan.dayLimit[p];
  const rounded = plan.compare === 'rounded';
  const flags = dust.count > 0 && PM.includes(p) ? dust.flags : undefined;
  for (let s = 0; s < stations; s++) {
    let n = 0;
    let over = 0;
    let total = 0;
    for (let m = 0; m < 12; m++) {
      let c = 0;
      for (let d = monthStart[m] as number, end = monthStart[m + 1] as number, i = s * nDays + d; d < end; d++, i++) {
        const x = series[i] as number;
        if (x !== x) continue;
        c++;
        if (flags !== undefined && flags[d] === 1) continue;
        scratch[n++] = roundDaily ? roundReported(x, decimals) : x;
        const limit = limits[d] as number;
        // Rounding moves a value by half a unit at most: only values within a unit of the limit need it.
        if (rounded ? (x > limit + unit ? true : x < limit - unit ? false : roundStatisticUnchecked(x, decimals) > limit) : x > limit) over++;
      }
      cov.months[12 * s + m] = c;
      total += c;
    }
    cov.total[s] = total;
    validDays[s] = n;
    exceedanceDays[s] = over;
    const valid = isValidYear(cov, s, minimum);
    for (const { def, col } of own) {
      col.valid[s] = valid ? 1 : 0;
      col.count[s] = n;
      if (n === 0) continue;
      let observed: number;
      if (def.percentile === undefined) {
        let sum = 0;
        for (let i = 0; i < n; i++) sum += scratch[i] as number;
        observed = sum / n;
      } else {
        observed = percentileBySelection(scratch, n, def.percentile);
      }
      col.observed[s] = observed;
      if (!valid) continue;
      const value = roundStatisticUnchecked(observed, decimals);
      col.raw[s] = observed;
      col.value[s] = value;
      col.attains[s] = (rounded ? value : observed) <= col.limit ? 1 : 0;
    }
  }
  return cov;
}

function isValidYear(cov: Coverage, s: number, minimum: { total: number; perMonth: number; february: number }): boolean {
  if ((cov.total[s] as number) < minimum.total) return false;
  for (let m = 0; m < 12; m++) if ((cov.months[12 * s + m] as number) < (m === 1 ? minimum.february : minimum.perMonth)) return false;
  return true;
}

/** The comprehensive index of station `s` from its items (the items of GB 3095's six pollutants). */
function indexOf(items: ReadonlyArray<ItemColumns>, s: number, plan: YearPlan): ComprehensiveIndex | null {
  const pick = (p: Pollutant, statistic: YearStatistic): number => {
    const col = items.find((c) => c.pollutant === p && c.statistic === statistic) as ItemColumns;
    return (plan.indexFrom === 'rounded' ? col.value : col.raw)[s] as number;
  };
  const values = {
    so2: pick('so2', 'annualMean'),
    no2: pick('no2', 'annualMean'),
    co: pick('co', 'p95Daily'),
    o3: pick('o3', 'p90Mda8'),
    pm10: pick('pm10', 'annualMean'),
    pm25: pick('pm25', 'annualMean'),
  };
  if (Object.values(values).some((v) => v !== v)) return null;
  const { limits } = plan;
  return comprehensiveIndex(values, { edition: limits.edition, ...(limits.stage === undefined ? {} : { stage: limits.stage }), weighting: plan.weighting });
}

/** The options of the daily report of an AQI edition. */
function aqiOptions(plan: YearPlan, edition: AqiEdition): Record<string, unknown> {
  return plan.allowMissing === undefined ? { edition } : { edition, allowMissing: plan.allowMissing };
}

/**
 * The daily AQI of every station-day on the columnar evaluator, over all stations at once: one evaluation per AQI
 * edition of the year (one, or two in 2026), each day then taking the AQI of the edition in force on it.
 */
function dailyAqi(block: DailyBlock, plan: YearPlan): AqiRows {
  const { nDays } = plan;
  const rows = block.stations * nDays;
  const [first, ...later] = plan.aqiRuns.map((run) => aqiRows(reportPlan('daily', aqiOptions(plan, run.edition)), rows, (indicator) => block.daily.get(indicator as YearDailyIndicator)));
  const { aqi, level, primary } = first as AqiRows;
  later.forEach((r, k) => {
    const { from, to } = plan.aqiRuns[k + 1] as YearPlan['aqiRuns'][number];
    for (let i = 0; i < rows; i++) {
      const day = i % nDays;
      if (day < from || day >= to) continue;
      aqi[i] = r.aqi[i] as number;
      level[i] = r.level[i] as number;
      primary[i] = r.primary[i] as number;
    }
  });
  return { aqi, level, primary };
}

/** Station `s`'s annual assessment as the plain object `assessYear` returns. */
export function reportOf(c: YearColumns, s: number): YearAssessment {
  const { plan } = c;
  const { nDays, limits } = plan;
  const items: YearItem[] = c.items.map((col) => itemOf(col, c.coverage[col.pollutant], s, plan));
  const pollutants = {} as Record<Pollutant, boolean | null>;
  for (const p of POLLUTANTS) pollutants[p] = combine(items.filter((i) => i.pollutant === p).map((i) => i.attains));
  const daily: YearDay[] = [];
  const editions = new Set<AqiEdition>();
  for (const run of plan.aqiRuns) {
    editions.add(run.edition);
    for (let d = run.from; d < run.to; d++) {
      const i = s * nDays + d;
      const v = c.aqi[i] as number;
      const aqi = v === v ? v : null;
      const mask = c.primary[i] as number;
      const primaryPollutants = aqi === null ? [] : POLLUTANTS.filter((_, k) => (mask & (1 << k)) !== 0);
      const level = c.level[i] as number;
      daily.push({ date: plan.dates[d] as string, aqi, level: level === 0 ? null : level, primaryPollutants, edition: run.edition, dust: plan.dust.flags[d] === 1 });
    }
  }
  const exceedance = {} as Record<Pollutant, PollutantDays>;
  const primaryDays = {} as Record<Pollutant, number>;
  const share = {} as Record<Pollutant, number | null>;
  const shareRaw = {} as Record<Pollutant, number | null>;
  const above = c.daysAbove50[s] as number;
  for (const p of POLLUTANTS) {
    const valid = c.validDays[p][s] as number;
    const over = c.exceedanceDays[p][s] as number;
    const rate = valid === 0 ? null : (100 * (valid - over)) / valid;
    exceedance[p] = { validDays: valid, exceedanceDays: over, complianceRate: published(rate, 1), complianceRateRaw: rate };
    primaryDays[p] = c.primaryDays[p][s] as number;
    shareRaw[p] = above === 0 ? null : (100 * primaryDays[p]) / above;
    share[p] = published(shareRaw[p], 1);
  }
  return {
    year: plan.year,
    limits: { edition: limits.edition, stage: limits.stage, grade: limits.grade, days: plan.dayRuns.map((run) => dayPeriod(plan, run)) },
    items,
    pollutants,
    attains: combine(POLLUTANTS.map((p) => pollutants[p])),
    nonAttaining: POLLUTANTS.filter((p) => pollutants[p] === false),
    comprehensiveIndex: c.index[s] as ComprehensiveIndex | null,
    days: c.days[s] as GoodDaysRatio,
    exceedance,
    primaryPollutants: { daysAbove50: above, days: primaryDays, share, shareRaw },
    aqiEditions: AQI_EDITIONS.filter((e) => editions.has(e)),
    dustDays: plan.dust.count,
    daily,
  };
}

function itemOf(col: ItemColumns, cov: Coverage | undefined, s: number, plan: YearPlan): YearItem {
  const { pollutant, statistic, limit } = col;
  if (!col.given || cov === undefined) {
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
      reason: 'no data given',
    };
  }
  const valid = col.valid[s] === 1;
  const rawValue = col.raw[s] as number;
  // A valid year whose days are all dust days has no statistic.
  const raw = valid && rawValue === rawValue ? rawValue : null;
  const value = raw === null ? null : (col.value[s] as number);
  const observedValue = col.observed[s] as number;
  const compared = plan.compare === 'rounded' ? value : raw;
  const attains = compared === null ? null : compared <= limit;
  const index = compared === null ? null : compared / limit;
  const multiple = attains === false ? ((compared as number) - limit) / limit : null;
  return {
    pollutant,
    statistic,
    raw,
    value,
    observed: observedValue === observedValue ? observedValue : null,
    limit,
    index: published(index, 2),
    indexRaw: index,
    exceedanceMultiple: published(multiple, 2),
    exceedanceMultipleRaw: multiple,
    attains,
    valid,
    count: col.count[s] as number,
    reason: valid ? null : failures(cov, s, plan.year),
  };
}

/** Why a year is invalid, in the words of `describeFailures`. */
function failures(cov: Coverage, s: number, year: number): string {
  const minimum = SERIES_VALIDITY.period.continuous.year;
  const out: string[] = [];
  const total = cov.total[s] as number;
  if (total < minimum.total) out.push(`${total} valid days in the year, ${minimum.total} required`);
  for (let m = 0; m < 12; m++) {
    const c = cov.months[12 * s + m] as number;
    const required = m === 1 ? minimum.february : minimum.perMonth;
    if (c < required) out.push(`${c} valid days in ${year}-${String(m + 1).padStart(2, '0')}, ${required} required`);
  }
  return out.join('; ');
}

/** A ratio or an index as published: rounded on its exact value (GB/T 8170; see `roundStatistic`). */
function published(value: number | null, decimals: number): number | null {
  return value === null ? null : roundStatisticUnchecked(value, decimals);
}

/** A run of days and the limits it was judged by. */
function dayPeriod(plan: YearPlan, run: YearPlan['dayRuns'][number]): DayLimitPeriod {
  return { first: plan.dates[run.from] as string, last: plan.dates[run.to - 1] as string, edition: run.edition, stage: run.stage };
}
