import type { LimitStage, ReferenceConditions, StandardEdition } from '../editions/index.js';
import type { AirItem, MassConcentrationUnit } from '../pollutants/index.js';

/**
 * Averaging times of limit values: `'annual'`, `'quarterly'`, `'daily'` (24h / 日平均), `'8h'` (for O3 the
 * daily maximum 8-hour mean, 日最大8小时平均) and `'1h'`.
 */
export const LIMIT_AVERAGINGS = ['annual', 'quarterly', 'daily', '8h', '1h'] as const;
/** One of the {@link LIMIT_AVERAGINGS}. */
export type LimitAveraging = (typeof LIMIT_AVERAGINGS)[number];

/** The grades of GB 3095: Grade I (一级) for class 1 zones, Grade II (二级) for class 2 zones. */
export const GRADES = [1, 2] as const;
/** One of the {@link GRADES}. */
export type Grade = (typeof GRADES)[number];

/** A limit value of a standard, with where it comes from and what it applies to. */
export interface LimitValue {
  readonly edition: StandardEdition;
  readonly item: AirItem;
  readonly averaging: LimitAveraging;
  readonly grade: Grade;
  /** The stage for editions with stages (GB 3095-2026), else `undefined`. */
  readonly stage: LimitStage | undefined;
  /** The limit, in `unit`. */
  readonly value: number;
  readonly unit: MassConcentrationUnit;
  /** The conditions the limit (and data compared with it) is expressed at. */
  readonly conditions: ReferenceConditions;
  /** The table the value is read from, e.g. `'GB 3095-2026 Table 1'`. */
  readonly source: string;
}

/**
 * One row of a GB 3095 limit table: item, averaging and the values by grade (and stage). `null` where the table
 * gives no value.
 */
export interface LimitRow {
  readonly item: AirItem;
  readonly averaging: LimitAveraging;
  /** Values by stage: for editions without stages the single key `all`. */
  readonly values: Readonly<Partial<Record<LimitStage | 'all', readonly [gradeI: number, gradeII: number]>>>;
  readonly source: string;
}
