import { LantianError } from '../errors.js';
import {
  type EuEdition,
  REFERENCE_CONDITIONS,
  type ReferenceConditions,
  type WhoEdition,
  resolveStandardEdition,
  standardConditionsOn,
  standardEditionOn,
} from '../editions/index.js';
import { POLLUTANTS, type Pollutant, pollutantInfo } from '../pollutants/index.js';
import { periodMean } from '../series/periodMean.js';
import { periodPercentile } from '../series/periodPercentile.js';
import type { DailyInput, HourLabel } from '../series/types.js';
import { SERIES_VALIDITY } from '../series/validity.js';
import { LIMIT_TABLES } from '../standards/tables.js';
import { GUIDELINE_LEVELS, type ComplianceForm, type GuidelineLevel, type LevelledLimitRow, type LimitAveraging, type LimitObjective, type SingleLimitRow } from '../standards/types.js';
import { conditionsFactor } from '../units/referenceState.js';
import { daysFromCivil, daysInMonth, formatDay } from '../_lib/time.js';
import { readOptions, requireFinite, requireMember } from '../_lib/validate.js';
import { MAIN_INDICATOR, type YearInput, combine, describeFailures, readYearData, readYearFrame } from './_year.js';

/** The daily indicators {@link assessGuidelines} reads: those of {@link assessYear} and `co_8h`, the CO daily maximum 8-hour mean. */
export const GUIDELINE_DAILY_INDICATORS = ['so2_24h', 'no2_24h', 'co_24h', 'co_8h', 'o3_8h', 'pm10_24h', 'pm25_24h'] as const;
/** One of the {@link GUIDELINE_DAILY_INDICATORS}. */
export type GuidelineDailyIndicator = (typeof GUIDELINE_DAILY_INDICATORS)[number];

/** The data of a year for {@link assessGuidelines}: as {@link YearInput}, with `co_8h` among the daily indicators. */
export interface GuidelineYearInput {
  readonly hourly?: YearInput['hourly'];
  readonly daily?: Readonly<Partial<Record<GuidelineDailyIndicator, DailyInput>>>;
}

/**
 * The statistic a limit row is judged by, from its averaging time and compliance form:
 * `'annualMean'`, `'peakSeasonMean'` (WHO's O3 peak season), `'p99'` (WHO: the 99th percentile of the year's daily
 * values), `'exceedances'` (EU: days or hours above the limit), `'maximum'` (EU: the CO maximum daily 8-hour mean).
 */
export type GuidelineStatistic = 'annualMean' | 'peakSeasonMean' | 'p99' | 'exceedances' | 'maximum';

/** The data conditions of gases and of particles. */
export interface DataConditions {
  readonly gas: ReferenceConditions;
  readonly particle: ReferenceConditions;
}

/** Options of {@link assessGuidelines}. */
export interface AssessGuidelinesOptions {
  /** The calendar year. */
  readonly year: number;
  /** `'WHO-2021'`, `'EU-2024'` or `'EU-2008'`; or give `scheme`. */
  readonly edition?: WhoEdition | EuEdition;
  /** `'WHO'` or `'EU'`: with no `edition`, the scheme's edition in force on 31 December of the year. */
  readonly scheme?: 'WHO' | 'EU';
  /** The pollutants assessed (default all six); the others' rows are left out. */
  readonly pollutants?: ReadonlyArray<Pollutant>;
  /**
   * The conditions the data are expressed at. Default: those of GB 3095 on 31 December of the year — since
   * 2018-09-01 gases at the reference state (298.15 K) and particles at actual conditions, before the standard state
   * (273.15 K) for both. Values are converted to the conditions of the scheme's limits (see {@link conditionsFactor}).
   */
  readonly dataConditions?: Partial<DataConditions>;
  /**
   * EU O3 target value only: the exceedance days of the years before (at most two, most recent last), averaged with
   * this year's — the target value applies to the three-year average, or to the years there are (at least this one).
   */
  readonly previousO3ExceedanceDays?: ReadonlyArray<number>;
  /** Hour labels of hourly input (default `'end'`). */
  readonly label?: HourLabel;
  /** The zone of the natural days (default Beijing time). */
  readonly timeZone?: string;
}

/** A WHO level of one item: its value and whether the statistic is within it. */
export interface GuidelineLevelResult {
  readonly level: GuidelineLevel;
  readonly limit: number;
  readonly attains: boolean | null;
}

/** One limit row of the scheme, judged. */
export interface GuidelineItem {
  readonly pollutant: Pollutant;
  readonly averaging: LimitAveraging;
  readonly statistic: GuidelineStatistic;
  readonly form: ComplianceForm;
  readonly objective: LimitObjective;
  /** WHO: the strictest level the item meets (`'none'`: not even IT-1; `null`: cannot be told); else `undefined`. */
  readonly level: GuidelineLevel | 'none' | null | undefined;
  /** WHO: every level the pollutant and averaging have, loosest first; EU: `[]`. */
  readonly levels: ReadonlyArray<GuidelineLevelResult>;
  /** The limit the item is judged by: the EU value, or WHO's AQG. */
  readonly limit: number;
  /**
   * The statistic at the conditions of the limits (`null` when the data do not meet the completeness rule); for
   * `exceedances` the number of days or hours above the limit.
   */
  readonly value: number | null;
  /** The statistic over the data there are, valid or not. */
  readonly observed: number | null;
  /** EU O3 target value: the exceedance days averaged over this year and `previousO3ExceedanceDays`. */
  readonly averaged: number | null;
  /** `exceedances`: the exceedances allowed (per year, or on average). */
  readonly allowed: number | undefined;
  /** Within the limit (EU) or the AQG (WHO); `false` also when incomplete data already exceed it. */
  readonly attains: boolean | null;
  readonly valid: boolean;
  /** Valid days (hours for 1-hour limits). */
  readonly count: number;
  /** The factor the data were multiplied by to reach the conditions of the limit (1 for none). */
  readonly conditionsFactor: number;
  readonly source: string;
  /** Why the item is invalid, or `null`. */
  readonly reason: string | null;
}

/** Per pollutant: attains every row (EU) or the AQG (WHO), and for WHO the strictest level met on every row. */
export interface GuidelinePollutant {
  readonly attains: boolean | null;
  readonly level: GuidelineLevel | 'none' | null | undefined;
}

/** The assessment of a year against WHO 2021 or an EU directive. */
export interface GuidelineAssessment {
  readonly year: number;
  readonly scheme: 'WHO' | 'EU';
  readonly edition: WhoEdition | EuEdition;
  /** The conditions of the data and of the scheme's limits. */
  readonly conditions: { readonly data: DataConditions; readonly limits: DataConditions };
  readonly items: ReadonlyArray<GuidelineItem>;
  /** Rows of the scheme not assessed: other items than the six pollutants (EU-2008's lead), as `'pb annual'`. */
  readonly notAssessed: ReadonlyArray<string>;
  readonly pollutants: Readonly<Partial<Record<Pollutant, GuidelinePollutant>>>;
  /** Every item attains (EU: limit and target values; WHO: the AQG). */
  readonly attains: boolean | null;
  /** EU: the limit values only (not the O3 target value; `null` when none is assessed); WHO: as `attains`. */
  readonly limitValuesMet: boolean | null;
  readonly nonAttaining: ReadonlyArray<Pollutant>;
  /** WHO: for each level, whether every item meets it (a pollutant without the level is held to the next looser one). */
  readonly levelsMet: Readonly<Partial<Record<GuidelineLevel, boolean | null>>>;
  /** WHO: the strictest level every item meets; `'none'` when IT-1 is missed, `null` when it cannot be told. */
  readonly level: GuidelineLevel | 'none' | null | undefined;
}

const OPTION_KEYS = ['year', 'edition', 'scheme', 'pollutants', 'dataConditions', 'previousO3ExceedanceDays', 'label', 'timeZone'] as const;

/**
 * The EU's minimum data capture: 90 % of the year's values (Directive 2008/50/EC Annex I A, fixed measurements;
 * kept by Directive (EU) 2024/2881, UNCONFIRMED).
 */
const EU_CAPTURE = 0.9;

/**
 * The EU's completeness rule for the number of O3 exceedances in a year: "five out of six months over the summer
 * season (April to September)", a month with "90 % of the daily maximum eight hours mean values (27 available daily
 * values per month)" (Directive 2008/50/EC Annex VII A.2).
 */
const EU_O3_SUMMER = { months: [4, 5, 6, 7, 8, 9], monthsNeeded: 5, daysPerMonth: 27 } as const;

/** GB 3095 Table 4's monthly minimum of valid days (27, 25 in February), for the months of WHO's peak season. */
const MONTH_MINIMUM = SERIES_VALIDITY.period.continuous.year;

/** One statistic of a year, with what incomplete data still prove. */
interface Judged {
  readonly value: number | null;
  readonly observed: number | null;
  readonly valid: boolean;
  readonly count: number;
  readonly reason: string | null;
  /** A value the true statistic cannot be below (a maximum or a count over incomplete data), or `null`. */
  readonly atLeast: number | null;
}

/**
 * A year of a station or a city against the WHO 2021 guidelines or the limit and target values of an EU directive:
 * every row of the scheme's limit table that concerns the six pollutants, judged by its compliance form, and — for
 * WHO — the strictest level (IT-1 … IT-4, AQG) each item, each pollutant and the whole year meet. One engine reads
 * every scheme's table ({@link LIMIT_TABLES}); the scheme supplies the statistic of each row:
 *
 * - **WHO 2021** (Executive summary Table 0.1 and its notes): annual levels against the year's mean; 24-hour and
 *   8-hour levels against the 99th percentile of the year's daily values (note a: "3–4 exceedance days per year"),
 *   computed as HJ 663 computes percentiles; the O3 peak-season level against the highest mean of the daily maximum
 *   8-hour values over six consecutive months (note b), the windows January–June … July–December of the calendar
 *   year (a season spanning two years is not formed). WHO sets no rule for daily values or completeness: lantian
 *   uses the data's own — GB 3095 Table 4 and HJ 663 (daily means ≥ 20 hours, MDA8 ≥ 14 windows, a year ≥ 324 valid
 *   days and ≥ 27 in each month, 25 in February; a peak-season window needs the monthly minimum in each month).
 *   WHO states no reference conditions: nothing is converted.
 * - **EU** (Directive (EU) 2024/2881 Annex I, Directive 2008/50/EC Annexes VII, XI and XIV): annual limits against
 *   the year's mean; daily and hourly limits by the number of days or hours above them, allowed up to `allowed`;
 *   the CO limit against the year's maximum daily 8-hour mean; the O3 target value by the days its maximum daily
 *   8-hour mean exceeds 120 µg/m³, averaged with `previousO3ExceedanceDays`. Daily values follow the EU's rules
 *   (a daily mean ≥ 18 hours; the maximum daily 8-hour mean from running averages assigned to the day they end, ≥ 18
 *   per day: Annexes VII A and XI A); a year needs 90 % of its days (hours, for hourly limits; Annex I A) and the O3
 *   count five of the six summer months with ≥ 27 days (Annex VII A.2). Gases are converted to 293 K (a Chinese value
 *   at 298.15 K × 298.15 / 293.15 = × 1.01706), particles stay at ambient conditions.
 *
 * A count or maximum over incomplete data is a lower bound: above the limit, the item fails even though it is
 * invalid. Statistics are compared unrounded (neither scheme prescribes a rounding; UNCONFIRMED).
 *
 * @param input - `{ hourly: { so2, no2, co, o3, pm10, pm25 } }` and/or `{ daily: { so2_24h, …, co_8h, o3_8h } }` (daily
 *   values formed by the scheme's rules; `o3_8h` and `co_8h` are maximum daily 8-hour means).
 * @param options - `year` (required), `edition` or `scheme`, `pollutants`, `dataConditions`,
 *   `previousO3ExceedanceDays`, `label`, `timeZone`.
 * @returns The items, per pollutant and overall attainment, and for WHO the levels met.
 * @throws {LantianError} `INVALID_OPTION` without a WHO or EU edition or scheme, for data conditions that cannot be
 *   converted to the limits' (particles at the standard state against the EU's ambient conditions: convert them
 *   first with {@link fromStandardState}), or more previous years than the target value averages; `UNKNOWN_EDITION`,
 *   `UNKNOWN_OPTION`, `UNKNOWN_POLLUTANT`, `UNKNOWN_INDICATOR` and the codes of the series functions as
 *   {@link assessYear}.
 * @example
 * ```ts
 * // A year of constant daily values (µg/m³; CO mg/m³):
 * const days = (v: number) => ({ start: '2025-01-01', values: Array(365).fill(v) });
 * const input = { daily: { so2_24h: days(8), no2_24h: days(22), co_24h: days(0.8), o3_8h: days(55), pm10_24h: days(40), pm25_24h: days(24) } };
 * const who = assessGuidelines(input, { year: 2025, edition: 'WHO-2021' });
 * who.level; //=> 'IT-2' (PM2.5 24 ≤ 25, PM10 40 ≤ 50, NO2 22 ≤ 30; IT-3 would need PM2.5 ≤ 15)
 * who.pollutants.o3?.level; //=> 'AQG'
 * const eu = assessGuidelines(input, { year: 2025, edition: 'EU-2024' });
 * eu.nonAttaining; //=> ['no2', 'pm10', 'pm25'] (annual means above 20, 20 and 10)
 * eu.items.find((i) => i.pollutant === 'no2' && i.averaging === 'annual')?.value; //=> 22.375234521576147 (22 at 298.15 K is 22 × 298.15 / 293.15 at 293.15 K)
 * ```
 */
export function assessGuidelines(input: GuidelineYearInput, options: AssessGuidelinesOptions): GuidelineAssessment {
  const opts = readOptions(options, OPTION_KEYS);
  const { year, firstDay, nDays, lastDate, zone, time } = readYearFrame(opts);

  const selector: Record<string, unknown> = {};
  if (opts['edition'] !== undefined) selector['edition'] = opts['edition'];
  if (opts['scheme'] !== undefined) selector['scheme'] = opts['scheme'];
  if (opts['edition'] === undefined && opts['scheme'] !== undefined) selector['date'] = lastDate;
  const { edition, scheme } = resolveStandardEdition(selector);
  if (scheme === 'CN') {
    throw new LantianError('INVALID_OPTION', ['options', opts['edition'] === undefined ? 'scheme' : 'edition'], 'assessGuidelines assesses WHO-2021, EU-2024 or EU-2008; GB 3095 is assessYear');
  }
  const pollutants = readPollutants(opts['pollutants']);
  const limitConditions = standardConditionsOn(edition);
  const data = readDataConditions(opts['dataConditions'], standardConditionsOn(standardEditionOn(lastDate), lastDate));
  const previous = readPrevious(opts['previousO3ExceedanceDays'], scheme);

  const table = LIMIT_TABLES[edition] as ReadonlyArray<LevelledLimitRow | SingleLimitRow>;
  const isPollutant = (item: string): item is Pollutant => (POLLUTANTS as ReadonlyArray<string>).includes(item);
  const assessed = table.filter((row) => isPollutant(row.item) && pollutants.includes(row.item));
  const notAssessed = table.filter((row) => !isPollutant(row.item)).map((row) => `${row.item} ${row.averaging}`);

  const factors = new Map<Pollutant, number>();
  for (const p of pollutants) {
    const phase = pollutantInfo(p).phase === 'gas' ? 'gas' : 'particle';
    const factor = conditionsFactor(p, data[phase], limitConditions[phase]);
    if (factor === null) {
      throw new LantianError(
        'INVALID_OPTION',
        ['options', 'dataConditions', phase],
        `${p} at ${data[phase]} conditions cannot be compared with ${edition}'s limits at ${limitConditions[phase]} conditions without the weather: convert the data first (fromStandardState) and give dataConditions.${phase}`,
      );
    }
    factors.set(p, factor);
  }

  const hourlyRows = assessed.filter((row) => row.averaging === '1h').map((row) => row.item as Pollutant);
  const yearData = readYearData(input, { time, zone, firstDay, nDays }, {
    indicators: GUIDELINE_DAILY_INDICATORS,
    co8h: assessed.some((row) => row.item === 'co' && row.averaging === '8h'),
    hours: hourlyRows,
    rules: scheme === 'EU' ? 'EU' : 'HJ663',
  });

  const ctx: YearContext = { year, firstDay, nDays, scheme };
  const items: GuidelineItem[] = [];
  for (const row of assessed) {
    const p = row.item as Pollutant;
    const factor = factors.get(p) as number;
    const statistic = statisticOf(row.averaging, row.form);
    const source = row.averaging === '1h' ? yearData.hours.get(p) : yearData.daily.get(dailyIndicator(p, row.averaging));
    const judged =
      source !== undefined
        ? judge(statistic, row, source, factor, ctx)
        : noData(row.averaging === '1h' && yearData.daily.has(MAIN_INDICATOR[p] as GuidelineDailyIndicator) ? 'a 1-hour limit needs hourly data' : 'no data given');
    items.push(scheme === 'WHO' ? whoItem(row as LevelledLimitRow, statistic, judged, factor) : euItem(row as SingleLimitRow, statistic, judged, factor, previous));
  }

  const byPollutant: Partial<Record<Pollutant, GuidelinePollutant>> = {};
  for (const p of pollutants) {
    const own = items.filter((i) => i.pollutant === p);
    if (own.length === 0) continue;
    byPollutant[p] = { attains: combine(own.map((i) => i.attains)), level: scheme === 'WHO' ? levelOf(levelsMet(own), own) : undefined };
  }
  const levels = scheme === 'WHO' ? levelsMet(items) : {};
  const limitValues = items.filter((i) => i.objective !== 'targetValue');
  return {
    year,
    scheme,
    edition: edition as WhoEdition | EuEdition,
    conditions: { data, limits: limitConditions },
    items,
    notAssessed,
    pollutants: byPollutant,
    attains: combine(items.map((i) => i.attains)),
    limitValuesMet: limitValues.length === 0 ? null : combine(limitValues.map((i) => i.attains)),
    nonAttaining: pollutants.filter((p) => byPollutant[p]?.attains === false),
    levelsMet: levels,
    level: scheme === 'WHO' ? levelOf(levels, items) : undefined,
  };
}

interface YearContext {
  readonly year: number;
  readonly firstDay: number;
  readonly nDays: number;
  readonly scheme: 'WHO' | 'EU';
}

function statisticOf(averaging: LimitAveraging, form: ComplianceForm): GuidelineStatistic {
  if (form.kind === 'exceedances') return 'exceedances';
  if (form.kind === 'maximum') return 'maximum';
  if (form.kind === 'percentile') return 'p99';
  return averaging === 'peakSeason' ? 'peakSeasonMean' : 'annualMean';
}

/** The daily indicator a row's statistic is computed from. */
function dailyIndicator(p: Pollutant, averaging: LimitAveraging): GuidelineDailyIndicator {
  if (averaging === '8h' || averaging === 'peakSeason') return p === 'co' ? 'co_8h' : 'o3_8h';
  return MAIN_INDICATOR[p] as GuidelineDailyIndicator;
}

function noData(reason: string): Judged {
  return { value: null, observed: null, valid: false, count: 0, reason, atLeast: null };
}

/** The statistic of a row over the year's values (`NaN` missing), at the limit's conditions (× `factor`). */
function judge(statistic: GuidelineStatistic, row: LevelledLimitRow | SingleLimitRow, values: Float64Array, factor: number, ctx: YearContext): Judged {
  const p = row.item as Pollutant;
  if (ctx.scheme === 'WHO') {
    const daily = { start: formatDay(ctx.firstDay), values };
    if (statistic === 'peakSeasonMean') return peakSeason(values, factor, ctx);
    const form = row.form;
    const stat = form.kind === 'percentile' ? periodPercentile(daily, ctx.year, form.p, { pollutant: p }) : periodMean(daily, ctx.year, { pollutant: p });
    const observed = stat.observed === null ? null : stat.observed * factor;
    return { value: stat.valid ? observed : null, observed, valid: stat.valid, count: stat.validDays, reason: stat.valid ? null : describeFailures(stat), atLeast: null };
  }
  // EU: 90 % of the year's values (days, or hours for hourly limits).
  const limit = (row as SingleLimitRow).value;
  let count = 0;
  let sum = 0;
  let max = -Infinity;
  let over = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as number;
    if (v !== v) continue;
    const x = v * factor;
    count++;
    sum += x;
    if (x > max) max = x;
    if (x > limit) over++;
  }
  const expected = row.averaging === '1h' ? 24 * ctx.nDays : ctx.nDays;
  let valid = count >= Math.ceil(EU_CAPTURE * expected);
  let reason = valid ? null : `${count} valid ${row.averaging === '1h' ? 'hours' : 'days'} in the year, ${Math.ceil(EU_CAPTURE * expected)} required (90 %)`;
  if (statistic === 'exceedances' && p === 'o3') {
    const summer = summerMonths(values, ctx);
    valid = summer >= EU_O3_SUMMER.monthsNeeded;
    reason = valid ? null : `${summer} summer months (April–September) with ≥ ${EU_O3_SUMMER.daysPerMonth} valid days, ${EU_O3_SUMMER.monthsNeeded} required`;
  }
  const observed = count === 0 ? null : statistic === 'exceedances' ? over : statistic === 'maximum' ? max : sum / count;
  const atLeast = statistic === 'annualMean' ? null : observed;
  return { value: valid ? observed : null, observed, valid, count, reason, atLeast };
}

/** The months April–September with at least 27 valid days. */
function summerMonths(values: Float64Array, ctx: YearContext): number {
  let months = 0;
  for (const m of EU_O3_SUMMER.months) {
    const from = daysFromCivil(ctx.year, m, 1) - ctx.firstDay;
    let n = 0;
    for (let d = from; d < from + daysInMonth(ctx.year, m); d++) if ((values[d] as number) === (values[d] as number)) n++;
    if (n >= EU_O3_SUMMER.daysPerMonth) months++;
  }
  return months;
}

/**
 * WHO's O3 peak season (Table 0.1 note b): the highest mean of the daily maximum 8-hour values over six consecutive
 * months, over the windows January–June … July–December. A window is complete when each of its months has GB 3095
 * Table 4's monthly minimum (27 valid days, 25 in February); the statistic is valid when all seven are, and the
 * highest complete window is a lower bound otherwise.
 */
function peakSeason(values: Float64Array, factor: number, ctx: YearContext): Judged {
  const sums = new Float64Array(12);
  const counts = new Int32Array(12);
  const complete = new Uint8Array(12);
  for (let m = 0; m < 12; m++) {
    const from = daysFromCivil(ctx.year, m + 1, 1) - ctx.firstDay;
    const days = daysInMonth(ctx.year, m + 1);
    for (let d = from; d < from + days; d++) {
      const v = values[d] as number;
      if (v === v) {
        sums[m] = (sums[m] as number) + v;
        counts[m] = (counts[m] as number) + 1;
      }
    }
    complete[m] = (counts[m] as number) >= (m === 1 ? MONTH_MINIMUM.february : MONTH_MINIMUM.perMonth) ? 1 : 0;
  }
  let observed: number | null = null;
  let atLeast: number | null = null;
  let allComplete = true;
  const incomplete: string[] = [];
  for (let m = 0; m < 12; m++) if (complete[m] === 0) incomplete.push(`${ctx.year}-${String(m + 1).padStart(2, '0')}`);
  for (let first = 0; first <= 6; first++) {
    let sum = 0;
    let n = 0;
    let whole = true;
    for (let m = first; m < first + 6; m++) {
      sum += sums[m] as number;
      n += counts[m] as number;
      if (complete[m] === 0) whole = false;
    }
    if (n === 0) {
      allComplete = false;
      continue;
    }
    const mean = (sum / n) * factor;
    if (observed === null || mean > observed) observed = mean;
    if (whole && (atLeast === null || mean > atLeast)) atLeast = mean;
    if (!whole) allComplete = false;
  }
  let count = 0;
  for (let m = 0; m < 12; m++) count += counts[m] as number;
  return {
    value: allComplete ? observed : null,
    observed,
    valid: allComplete,
    count,
    reason: allComplete
      ? null
      : `months short of the monthly minimum (${MONTH_MINIMUM.perMonth} valid days, ${MONTH_MINIMUM.february} in February): ${incomplete.join(', ')}`,
    atLeast,
  };
}

/** Within `limit`: by the valid statistic, or `false` when a lower bound already exceeds it. */
function within(judged: Judged, limit: number): boolean | null {
  if (judged.value !== null) return judged.value <= limit;
  return judged.atLeast !== null && judged.atLeast > limit ? false : null;
}

function whoItem(row: LevelledLimitRow, statistic: GuidelineStatistic, judged: Judged, factor: number): GuidelineItem {
  const levels: GuidelineLevelResult[] = [];
  for (const level of GUIDELINE_LEVELS) {
    const limit = row.levels[level];
    if (limit !== undefined) levels.push({ level, limit, attains: within(judged, limit) });
  }
  const aqg = levels[levels.length - 1] as GuidelineLevelResult;
  return {
    pollutant: row.item as Pollutant,
    averaging: row.averaging,
    statistic,
    form: row.form,
    objective: 'guidelineLevel',
    level: strictestMet(levels.map((l) => [l.level, l.attains] as const)),
    levels,
    limit: aqg.limit,
    value: judged.value,
    observed: judged.observed,
    averaged: null,
    allowed: undefined,
    attains: aqg.attains,
    valid: judged.valid,
    count: judged.count,
    conditionsFactor: factor,
    source: row.source,
    reason: judged.reason,
  };
}

function euItem(row: SingleLimitRow, statistic: GuidelineStatistic, judged: Judged, factor: number, previous: ReadonlyArray<number>): GuidelineItem {
  const form = row.form;
  let averaged: number | null = null;
  let attains: boolean | null;
  let allowed: number | undefined;
  if (form.kind === 'exceedances') {
    allowed = form.allowed;
    const years = previous.slice(Math.max(0, previous.length - (form.averagedOverYears - 1)));
    if (form.averagedOverYears > 1 && judged.value !== null) {
      averaged = (judged.value + years.reduce((a, b) => a + b, 0)) / (years.length + 1);
    }
    // Over incomplete data the count is a lower bound, and so is the average it enters.
    const atLeast = judged.atLeast === null ? null : (judged.atLeast + years.reduce((a, b) => a + b, 0)) / (years.length + 1);
    const count = form.averagedOverYears > 1 ? averaged : judged.value;
    attains = count !== null ? count <= form.allowed : atLeast !== null && atLeast > form.allowed ? false : null;
  } else {
    attains = within(judged, row.value);
  }
  return {
    pollutant: row.item as Pollutant,
    averaging: row.averaging,
    statistic,
    form,
    objective: row.objective,
    level: undefined,
    levels: [],
    limit: row.value,
    value: judged.value,
    observed: judged.observed,
    averaged,
    allowed,
    attains,
    valid: judged.valid,
    count: judged.count,
    conditionsFactor: factor,
    source: row.source,
    reason: judged.reason,
  };
}

/** The strictest level met, from levels loosest first: stops at the first miss (`'none'` at IT-1) or unknown (`null`). */
function strictestMet(levels: ReadonlyArray<readonly [GuidelineLevel, boolean | null]>): GuidelineLevel | 'none' | null {
  let met: GuidelineLevel | 'none' = 'none';
  for (const [level, attains] of levels) {
    if (attains === null) return null;
    if (!attains) return met;
    met = level;
  }
  return met;
}

/**
 * For each level, whether every item meets it; an item without the level (O3 has no IT-3 or IT-4) is held to the
 * closest looser level it has — WHO's next step for it.
 */
function levelsMet(items: ReadonlyArray<GuidelineItem>): Partial<Record<GuidelineLevel, boolean | null>> {
  const out: Partial<Record<GuidelineLevel, boolean | null>> = {};
  for (const level of GUIDELINE_LEVELS) {
    const rank = GUIDELINE_LEVELS.indexOf(level);
    out[level] = combine(
      items.map((item) => {
        let chosen: GuidelineLevelResult | undefined;
        for (const l of item.levels) if (GUIDELINE_LEVELS.indexOf(l.level) <= rank) chosen = l;
        return chosen === undefined ? null : chosen.attains;
      }),
    );
  }
  return out;
}

/** The strictest level met among the levels the items have (a pollutant is not said to meet a level WHO does not set for it). */
function levelOf(met: Partial<Record<GuidelineLevel, boolean | null>>, items: ReadonlyArray<GuidelineItem>): GuidelineLevel | 'none' | null {
  const present = GUIDELINE_LEVELS.filter((level) => items.some((item) => item.levels.some((l) => l.level === level)));
  return strictestMet(present.map((level) => [level, met[level] ?? null] as const));
}

function readPollutants(value: unknown): Pollutant[] {
  if (value === undefined) return [...POLLUTANTS];
  if (!Array.isArray(value) || value.length === 0) {
    throw new LantianError('INVALID_TYPE', ['options', 'pollutants'], 'expected a non-empty array of pollutants');
  }
  const seen = new Set<Pollutant>();
  value.forEach((p, i) => seen.add(requireMember(p, POLLUTANTS, ['options', 'pollutants', i], 'UNKNOWN_POLLUTANT')));
  return POLLUTANTS.filter((p) => seen.has(p));
}

function readDataConditions(value: unknown, fallback: DataConditions): DataConditions {
  if (value === undefined) return fallback;
  const opts = readOptions(value, ['gas', 'particle'], ['options', 'dataConditions']);
  return {
    gas: opts['gas'] === undefined ? fallback.gas : requireMember(opts['gas'], REFERENCE_CONDITIONS, ['options', 'dataConditions', 'gas'], 'INVALID_OPTION'),
    particle:
      opts['particle'] === undefined
        ? fallback.particle
        : requireMember(opts['particle'], REFERENCE_CONDITIONS, ['options', 'dataConditions', 'particle'], 'INVALID_OPTION'),
  };
}

/** The O3 target value averages three years (Directive (EU) 2024/2881 Annex I; 2008/50/EC Annex VII B): two before this one. */
const MAX_PREVIOUS_YEARS = 2;

function readPrevious(value: unknown, scheme: 'WHO' | 'EU'): number[] {
  if (value === undefined) return [];
  const path = ['options', 'previousO3ExceedanceDays'];
  if (scheme !== 'EU') throw new LantianError('INVALID_OPTION', path, 'only the EU O3 target value averages several years');
  if (!Array.isArray(value)) throw new LantianError('INVALID_TYPE', path, 'expected an array of day counts');
  if (value.length > MAX_PREVIOUS_YEARS) {
    throw new LantianError('INVALID_OPTION', path, `the O3 target value averages three years: give at most ${MAX_PREVIOUS_YEARS} previous years`);
  }
  return value.map((v, i) => {
    const n = requireFinite(v, [...path, i]);
    if (n < 0 || n > 366) throw new LantianError('OUT_OF_RANGE', [...path, i], `expected a number of days in 0…366, received ${n}`);
    return n;
  });
}
