/**
 * Periods (a year, a quarter, a month) of a daily series and their coverage under GB 3095 Table 4: shared by
 * {@link periodMean} and {@link periodPercentile}.
 */
import * as z from 'zod/mini';
import { type ErrorPath, LantianError } from '../errors.js';
import { type AirItem, pollutantInfo } from '../pollutants/index.js';
import { MAX_YEAR, MIN_YEAR, daysFromCivil, daysInMonth, formatDay } from '../_lib/time.js';
import { describe, isRecord, readOptions, requireInteger, requireMember } from '../_lib/validate.js';
import { readZone } from '../_lib/zone.js';
import { type DailyFrame, readDailyInput, roundReported } from './internal.js';
import type { DailyInput } from './types.js';
import { ITEM_VALIDITY_RULE, type PeriodKind, type PeriodMinimum, SERIES_VALIDITY, VALIDITY_RULES, type ValidityRule } from './validity.js';

/**
 * A period (validates one): a year (`2019`, `'2019'`, `{ year: 2019 }`), a quarter (`'2019-Q1'`,
 * `{ year: 2019, quarter: 1 }`) or a month (`'2019-02'`, `{ year: 2019, month: 2 }`), calendar periods of the
 * series' days.
 */
export const PeriodSchema = z.union([
  z.int().check(z.minimum(MIN_YEAR), z.maximum(MAX_YEAR)),
  z.string().check(z.regex(/^\d{4}(?:-(?:0[1-9]|1[0-2])|-Q[1-4])?$/)),
  z
    .strictObject({
      year: z.int().check(z.minimum(MIN_YEAR), z.maximum(MAX_YEAR)),
      quarter: z.optional(z.int().check(z.minimum(1), z.maximum(4))),
      month: z.optional(z.int().check(z.minimum(1), z.maximum(12))),
    })
    .check(z.refine((p) => p.quarter === undefined || p.month === undefined, { message: 'a quarter or a month, not both' })),
]);

/** A period: a year, `'YYYY-Qn'` quarter or `'YYYY-MM'` month, as text, a number (a year) or an object. */
export type PeriodInput = z.input<typeof PeriodSchema>;

/** A period, resolved to its days. */
export interface Period {
  readonly kind: PeriodKind;
  /** `'2019'`, `'2019-Q1'` or `'2019-02'`. */
  readonly label: string;
  readonly year: number;
  readonly quarter: number | undefined;
  readonly month: number | undefined;
  /** Its first and last days, `'YYYY-MM-DD'`. */
  readonly first: string;
  readonly last: string;
  /** Its calendar days (365 or 366 for a year). */
  readonly days: number;
}

/** The valid days of one calendar month of a period against its minimum. */
export interface MonthCoverage {
  /** `'YYYY-MM'`. */
  readonly month: string;
  readonly validDays: number;
  readonly required: number;
  readonly met: boolean;
}

/** A minimum of GB 3095 Table 4 that a period did not meet. */
export interface CoverageFailure {
  /** `'total'`: too few valid days in the whole period; `'month'`: too few in one of its months. */
  readonly rule: 'total' | 'month';
  /** The month, for a `'month'` failure. */
  readonly month: string | undefined;
  readonly validDays: number;
  readonly required: number;
}

/** What every period statistic reports. */
export interface PeriodStatistic {
  readonly period: Period;
  readonly pollutant: AirItem;
  /** The row of GB 3095 Table 4 applied, and its minimums for this kind of period. */
  readonly rule: ValidityRule;
  readonly minimum: PeriodMinimum;
  /**
   * The statistic as published when the period is valid, else `null`: rounded on its exact value (GB/T 8170 half to
   * even, µg/m³ to integers, CO to one decimal; see {@link roundStatistic}).
   */
  readonly value: number | null;
  /** The statistic unrounded when the period is valid, else `null`. */
  readonly raw: number | null;
  /** The statistic over whatever valid days there are, valid period or not, unrounded (`null` without any). */
  readonly observed: number | null;
  /** Whether every minimum is met. */
  readonly valid: boolean;
  /** Valid days in the period. */
  readonly validDays: number;
  /** Valid days of each month of the period. */
  readonly months: ReadonlyArray<MonthCoverage>;
  /** The minimums not met (empty when valid). */
  readonly failures: ReadonlyArray<CoverageFailure>;
}

/** Options of {@link periodMean} and {@link periodPercentile}. */
export interface PeriodOptions {
  /** The pollutant, when the series does not name it: it selects the row of Table 4 and the published decimals. */
  readonly pollutant?: AirItem;
  /** The row of Table 4, instead of the pollutant's: `'continuous'` or `'sampled'` (TSP, BaP, Pb). */
  readonly rule?: ValidityRule;
  /**
   * Round each daily value as published (GB/T 8170) before the statistic, as when a period is computed from
   * published daily values. Default `false`: raw daily values, rounding once at the end. Which one HJ 663 intends
   * is UNCONFIRMED.
   */
  readonly roundDaily?: boolean;
  /** The zone in which a `Date` or epoch-ms `start` is read as a day (default Beijing time). */
  readonly timeZone?: string;
}

const OPTION_KEYS = ['pollutant', 'rule', 'roundDaily', 'timeZone'] as const;
const PERIOD_RE = /^(\d{4})(?:-(0[1-9]|1[0-2])|-Q([1-4]))?$/;

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** The first and last months of a year, a quarter or a month. */
function monthRange(quarter: number | undefined, month: number | undefined): [number, number] {
  if (month !== undefined) return [month, month];
  return quarter === undefined ? [1, 12] : [3 * quarter - 2, 3 * quarter];
}

/** Reads a period. */
export function readPeriod(value: unknown, path: ErrorPath): Period {
  let year: number;
  let quarter: number | undefined;
  let month: number | undefined;
  if (typeof value === 'number') {
    year = requireInteger(value, path, MIN_YEAR, MAX_YEAR);
  } else if (typeof value === 'string') {
    const m = PERIOD_RE.exec(value);
    if (!m) throw new LantianError('INVALID_INPUT', path, `expected 'YYYY', 'YYYY-Qn' or 'YYYY-MM', received ${describe(value)}`);
    year = requireInteger(Number(m[1]), path, MIN_YEAR, MAX_YEAR);
    month = m[2] === undefined ? undefined : Number(m[2]);
    quarter = m[3] === undefined ? undefined : Number(m[3]);
  } else if (isRecord(value)) {
    const fields = readOptions(value, ['year', 'quarter', 'month'], path);
    year = requireInteger(fields['year'], [...path, 'year'], MIN_YEAR, MAX_YEAR);
    quarter = fields['quarter'] === undefined ? undefined : requireInteger(fields['quarter'], [...path, 'quarter'], 1, 4);
    month = fields['month'] === undefined ? undefined : requireInteger(fields['month'], [...path, 'month'], 1, 12);
    if (quarter !== undefined && month !== undefined) throw new LantianError('INVALID_INPUT', path, 'a quarter or a month, not both');
  } else {
    throw new LantianError('INVALID_TYPE', path, `expected a year, 'YYYY-Qn', 'YYYY-MM' or { year, quarter?, month? }, received ${describe(value)}`);
  }
  const [firstMonth, lastMonth] = monthRange(quarter, month);
  const firstDay = daysFromCivil(year, firstMonth, 1);
  const lastDay = daysFromCivil(year, lastMonth, daysInMonth(year, lastMonth));
  const kind: PeriodKind = month !== undefined ? 'month' : quarter !== undefined ? 'quarter' : 'year';
  const label = kind === 'month' ? `${year}-${pad(firstMonth)}` : kind === 'quarter' ? `${year}-Q${quarter}` : String(year);
  return { kind, label, year, quarter, month, first: formatDay(firstDay), last: formatDay(lastDay), days: lastDay - firstDay + 1 };
}

/** A daily input and a period, read, with the valid daily values of the period gathered in day order. */
export interface PeriodData {
  readonly period: Period;
  readonly pollutant: AirItem;
  readonly rule: ValidityRule;
  readonly minimum: PeriodMinimum;
  /** The valid daily values of the period (rounded when `roundDaily`), in day order. */
  readonly values: Float64Array;
  readonly months: ReadonlyArray<MonthCoverage>;
  readonly failures: ReadonlyArray<CoverageFailure>;
  readonly decimals: number;
}

/** Reads the arguments of a period statistic and gathers the period's valid days with their coverage. */
export function readPeriodData(daily: DailyInput, periodInput: unknown, options: unknown): PeriodData {
  const opts = readOptions(options, OPTION_KEYS);
  const zone = readZone(opts['timeZone'], ['options', 'timeZone']);
  const frame: DailyFrame = readDailyInput(daily, zone, opts['pollutant']);
  const period = readPeriod(periodInput, ['period']);
  const pollutant = frame.pollutant;
  if (pollutant === undefined) {
    throw new LantianError(
      'INVALID_OPTION',
      ['options', 'pollutant'],
      'name the pollutant (in the series or as an option): it selects the validity rule and the published decimals',
    );
  }
  const rule = opts['rule'] === undefined ? ITEM_VALIDITY_RULE[pollutant] : requireMember(opts['rule'], VALIDITY_RULES, ['options', 'rule'], 'INVALID_OPTION');
  const roundDaily = opts['roundDaily'] === undefined ? false : opts['roundDaily'];
  if (typeof roundDaily !== 'boolean') throw new LantianError('INVALID_TYPE', ['options', 'roundDaily'], `expected a boolean, received ${describe(roundDaily)}`);
  const minimum = SERIES_VALIDITY.period[rule][period.kind];
  const decimals = pollutantInfo(pollutant).decimals;

  const v = frame.values;
  const collected = new Float64Array(period.days);
  let n = 0;
  const months: MonthCoverage[] = [];
  const failures: CoverageFailure[] = [];
  const [firstMonth, lastMonth] = monthRange(period.quarter, period.month);
  for (let month = firstMonth; month <= lastMonth; month++) {
    const from = daysFromCivil(period.year, month, 1) - frame.firstDay;
    const to = from + daysInMonth(period.year, month);
    let c = 0;
    for (let i = Math.max(from, 0), end = Math.min(to, v.length); i < end; i++) {
      const x = v[i] as number;
      if (x !== x) continue;
      collected[n++] = roundDaily ? roundReported(x, decimals) : x;
      c++;
    }
    const label = `${period.year}-${pad(month)}`;
    const required = month === 2 ? minimum.february : minimum.perMonth;
    months.push({ month: label, validDays: c, required, met: c >= required });
    if (c < required) failures.push({ rule: 'month', month: label, validDays: c, required });
  }
  if (n < minimum.total) failures.unshift({ rule: 'total', month: undefined, validDays: n, required: minimum.total });
  return { period, pollutant, rule, minimum, values: collected.subarray(0, n), months, failures, decimals };
}

/** Builds the result of a period statistic from its data and the statistic over the valid days (`null`: none). */
export function periodResult<S extends object>(data: PeriodData, observed: number | null, extra: S): PeriodStatistic & S {
  const valid = data.failures.length === 0;
  const raw = valid ? observed : null;
  return {
    ...extra,
    period: data.period,
    pollutant: data.pollutant,
    rule: data.rule,
    minimum: data.minimum,
    value: raw === null ? null : roundReported(raw, data.decimals),
    raw,
    observed,
    valid,
    validDays: data.values.length,
    months: data.months,
    failures: data.failures,
  };
}
