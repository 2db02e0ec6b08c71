import type { AnyStandardEdition, EuEdition, LimitStage, ReferenceConditions, StandardEdition, WhoEdition } from '../editions/index.js';
import type { AirItem, MassConcentrationUnit } from '../pollutants/index.js';

/**
 * Averaging times of limit values: `'annual'` (the calendar year), `'quarterly'`, `'peakSeason'` (WHO 2021: the
 * six consecutive months with the highest six-month running average of the O3 daily maximum 8-hour mean),
 * `'daily'` (24h / 日平均), `'8h'` (the daily maximum 8-hour mean, 日最大8小时平均: O3, and the EU's CO) and `'1h'`.
 */
export const LIMIT_AVERAGINGS = ['annual', 'quarterly', 'peakSeason', 'daily', '8h', '1h'] as const;
/** One of the {@link LIMIT_AVERAGINGS}. */
export type LimitAveraging = (typeof LIMIT_AVERAGINGS)[number];

/** The grades of GB 3095: Grade I (一级) for class 1 zones, Grade II (二级) for class 2 zones. */
export const GRADES = [1, 2] as const;
/** One of the {@link GRADES}. */
export type Grade = (typeof GRADES)[number];

/**
 * The levels of the WHO 2021 guidelines, from the loosest to the strictest: the interim targets IT-1 … IT-4 and the
 * air quality guideline level AQG. Not every pollutant and averaging time has all of them (O3 has IT-1, IT-2, AQG).
 */
export const GUIDELINE_LEVELS = ['IT-1', 'IT-2', 'IT-3', 'IT-4', 'AQG'] as const;
/** One of the {@link GUIDELINE_LEVELS}. */
export type GuidelineLevel = (typeof GUIDELINE_LEVELS)[number];

/**
 * What a limit is: a limit value (GB 3095 浓度限值; an EU limit value, binding), a target value (the EU's O3
 * standard, to be attained where possible), a WHO guideline level (AQG) or a WHO interim target (IT-1 … IT-4).
 */
export type LimitObjective = 'limitValue' | 'targetValue' | 'guidelineLevel' | 'interimTarget';

/**
 * How a limit is complied with — the statistic of the averaging period's values that must stay within it:
 *
 * - `mean`: the mean over the averaging period (a calendar year, a quarter, the O3 peak season) is at most the limit;
 * - `maximum`: no value of the averaging time exceeds the limit ("not to be exceeded"; GB 3095's short-term limits,
 *   the EU's CO maximum daily 8-hour mean);
 * - `percentile`: the `p`-th percentile of the year's values is at most the limit (WHO 2021's short-term levels:
 *   the 99th percentile, "3–4 exceedance days per year");
 * - `exceedances`: the limit is exceeded on at most `allowed` days (or hours) per calendar year — averaged over
 *   `averagedOverYears` years (the EU's O3 target value: 3; otherwise 1).
 */
export type ComplianceForm =
  | { readonly kind: 'mean' }
  | { readonly kind: 'maximum' }
  | { readonly kind: 'percentile'; readonly p: number }
  | { readonly kind: 'exceedances'; readonly allowed: number; readonly averagedOverYears: number };

/**
 * A limit value of a standard, with where it comes from, what it applies to and how it is complied with. The type
 * parameter is the edition: a GB 3095 limit has a grade (and, in GB 3095-2026, a stage), a WHO level a `level`.
 */
export interface LimitValue<E extends AnyStandardEdition = StandardEdition> {
  readonly edition: E;
  readonly item: AirItem;
  readonly averaging: LimitAveraging;
  /** GB 3095: the grade; `undefined` for WHO and EU limits, which have none. */
  readonly grade: E extends StandardEdition ? Grade : undefined;
  /** The stage for editions with stages (GB 3095-2026), else `undefined`. */
  readonly stage: E extends StandardEdition ? LimitStage | undefined : undefined;
  /** WHO: the level (IT-1 … IT-4, AQG); `undefined` for the other schemes. */
  readonly level: E extends WhoEdition ? GuidelineLevel : undefined;
  /** The limit, in `unit`. */
  readonly value: number;
  readonly unit: MassConcentrationUnit;
  /** The conditions the limit (and data compared with it) is expressed at. */
  readonly conditions: ReferenceConditions;
  /** How it is complied with. */
  readonly form: ComplianceForm;
  /** Limit value, target value, guideline level or interim target. */
  readonly objective: LimitObjective;
  /** The table the value is read from, e.g. `'GB 3095-2026 Table 1'`. */
  readonly source: string;
}

/** What every row of a limit table has. */
interface LimitRowBase {
  readonly item: AirItem;
  readonly averaging: LimitAveraging;
  /** How it is complied with. */
  readonly form: ComplianceForm;
  /** Where the row is printed (table, annex, section). */
  readonly source: string;
}

/**
 * One row of a GB 3095 limit table: item, averaging and the values by grade (and stage). Annual and quarterly
 * limits apply to the mean of the period, the others to every daily, 8-hour or hourly value (form `maximum`);
 * HJ 663's annual assessment judges them through percentiles (see {@link assessYear}).
 */
export interface GradedLimitRow extends LimitRowBase {
  /** Values by stage: for editions without stages the single key `all`. */
  readonly values: Readonly<Partial<Record<LimitStage | 'all', readonly [gradeI: number, gradeII: number]>>>;
}

/** One row of the WHO 2021 table: the value of each level WHO sets for the pollutant and averaging time. */
export interface LevelledLimitRow extends LimitRowBase {
  readonly levels: Readonly<Partial<Record<GuidelineLevel, number>>>;
}

/** One row of an EU table: one value, a limit value or a target value. */
export interface SingleLimitRow extends LimitRowBase {
  readonly value: number;
  readonly objective: 'limitValue' | 'targetValue';
}

/** One row of a limit table, of any scheme. */
export type LimitRow = GradedLimitRow | LevelledLimitRow | SingleLimitRow;

/** The row type of each edition's table. */
export type LimitRowOf<E extends AnyStandardEdition> = E extends StandardEdition ? GradedLimitRow : E extends EuEdition ? SingleLimitRow : LevelledLimitRow;
