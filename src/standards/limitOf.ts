import { LantianError } from '../errors.js';
import {
  LATEST_STANDARD_EDITION,
  type LimitStage,
  STANDARD_EDITIONS,
  type StandardEdition,
  requireStage,
  standardConditionsOn,
  standardEditionOn,
  standardStageOn,
} from '../editions/index.js';
import { type AirItem, pollutantInfo, requireAirItem } from '../pollutants/index.js';
import type { DateInput } from '../_lib/time.js';
import { readOptions, requireMember, requireNumberMember } from '../_lib/validate.js';
import { LIMIT_TABLES } from './gb3095.js';
import { GRADES, type Grade, LIMIT_AVERAGINGS, type LimitAveraging, type LimitRow, type LimitValue } from './types.js';
import { type ZoneClass, requireZoneClass } from './zones.js';

/** Options of {@link limitOf} and {@link limitsOf}. */
export interface LimitOptions {
  /** The edition; default: the one in force on `date`, else the newest (GB3095-2026). */
  readonly edition?: StandardEdition;
  /** Selects the edition, its stage and its reference conditions in force on this day (Beijing time). */
  readonly date?: DateInput;
  /** Grade I or II (default 2: class 2 zones, where cities are). */
  readonly grade?: Grade;
  /** The functional zone class; sets the grade (class 1 → Grade I, class 2 → Grade II). */
  readonly zoneClass?: ZoneClass;
  /**
   * GB 3095-2026 only: `'transition'` (to 2030-12-31) or `'final'` (from 2031-01-01). Default: the stage in force
   * on `date`; without a date the final stage — the edition's limits proper.
   */
  readonly stage?: LimitStage;
}

const OPTION_KEYS = ['edition', 'date', 'grade', 'zoneClass', 'stage'] as const;

/** The edition, grade and stage an options object selects (internal). */
export interface ResolvedLimitOptions {
  readonly edition: StandardEdition;
  readonly grade: Grade;
  readonly stage: LimitStage | undefined;
  readonly date: DateInput | undefined;
}

/** Resolves limit options (shared with the assessment). */
export function resolveLimitOptions(options: unknown, path: ReadonlyArray<string | number> = ['options']): ResolvedLimitOptions {
  const opts = readOptions(options, OPTION_KEYS, path);
  const date = opts['date'] as DateInput | undefined;
  const given =
    opts['edition'] === undefined ? undefined : requireMember(opts['edition'], STANDARD_EDITIONS, [...path, 'edition'], 'UNKNOWN_EDITION');
  const byDate = date === undefined ? undefined : standardEditionOn(date);
  if (given !== undefined && byDate !== undefined && given !== byDate) {
    throw new LantianError('INVALID_OPTION', [...path, 'edition'], `edition ${given} is not in force on the given date (${byDate} is)`);
  }
  const edition = given ?? byDate ?? LATEST_STANDARD_EDITION;
  let grade: Grade = opts['grade'] === undefined ? 2 : requireNumberMember(opts['grade'], GRADES, [...path, 'grade'], 'INVALID_OPTION');
  if (opts['zoneClass'] !== undefined) {
    const zoneGrade = requireZoneClass(opts['zoneClass'], [...path, 'zoneClass']);
    if (opts['grade'] !== undefined && zoneGrade !== grade) {
      throw new LantianError('INVALID_OPTION', [...path, 'grade'], `a class ${zoneGrade} zone is judged by Grade ${zoneGrade === 1 ? 'I' : 'II'}`);
    }
    grade = zoneGrade;
  }
  const stage =
    opts['stage'] === undefined ? standardStageOn(edition, date) : requireStage(opts['stage'], edition, [...path, 'stage']);
  return { edition, grade, stage, date };
}

function valueOf(row: LimitRow, resolved: ResolvedLimitOptions): LimitValue {
  const pair = row.values[resolved.stage ?? 'all'] as readonly [number, number];
  const info = pollutantInfo(row.item);
  const conditions = standardConditionsOn(resolved.edition, resolved.date);
  return {
    edition: resolved.edition,
    item: row.item,
    averaging: row.averaging,
    grade: resolved.grade,
    stage: resolved.stage,
    value: pair[resolved.grade - 1] as number,
    unit: info.unit,
    conditions: info.phase === 'gas' ? conditions.gas : conditions.particle,
    source: row.source,
  };
}

/**
 * A limit value of GB 3095 (环境空气质量标准): GB 3095-2012 Tables 1–2, GB 3095-2026 Tables 1–2 with its
 * transition (to 2030-12-31) and final (from 2031-01-01) stages (§4.4). Class 1 zones are judged by Grade I,
 * class 2 zones by Grade II (§4.2). The 8h limit of O3 is its daily maximum 8-hour limit.
 *
 * The edition follows the data's date (GB 3095-2026 from 2026-03-01), or is given; the stage follows the date
 * too, or is given (a plan for 2030 may ask for `stage: 'final'`). The result carries the conditions the limit
 * is expressed at: since 2018-09-01 gases at the reference state (298.15 K) and particles at actual conditions
 * (GB 3095-2026 §4.3; the 2018 amendment of GB 3095-2012), before that the standard state (273.15 K).
 *
 * @param item - A pollutant or other item: `so2, no2, co, o3, pm10, pm25, tsp, nox, pb, bap`.
 * @param averaging - `'annual'`, `'quarterly'`, `'daily'`, `'8h'` or `'1h'`.
 * @param options - `edition` or `date`, `grade` or `zoneClass`, `stage`.
 * @returns The limit value with its unit, grade, stage, conditions and source.
 * @throws {LantianError} `UNKNOWN_POLLUTANT` for an unknown item.
 * @throws {LantianError} `INVALID_OPTION` for an unknown averaging, grade, zone class or stage, or options that
 *   contradict each other; `INDICATOR_NOT_IN_EDITION` when the edition sets no such limit (e.g. an annual CO limit).
 * @throws {LantianError} `UNKNOWN_EDITION`, `INVALID_DATE` or `UNKNOWN_OPTION` for other bad options.
 * @example
 * ```ts
 * limitOf('pm25', 'annual', { edition: 'GB3095-2012' }).value; //=> 35
 * limitOf('pm25', 'annual', { date: '2027-06-01' }).value; //=> 30 (GB 3095-2026, transition stage)
 * limitOf('pm25', 'annual', { date: '2031-06-01' }).value; //=> 25 (final stage)
 * limitOf('pm25', 'annual', { edition: 'GB3095-2026', stage: 'final', grade: 1 }).value; //=> 10
 * limitOf('o3', '8h').value; //=> 160
 * limitOf('co', 'daily').unit; //=> 'mg/m3'
 * ```
 */
export function limitOf(item: AirItem, averaging: LimitAveraging, options?: LimitOptions): LimitValue {
  const id = requireAirItem(item, ['item']);
  const avg = requireMember(averaging, LIMIT_AVERAGINGS, ['averaging'], 'INVALID_OPTION');
  const resolved = resolveLimitOptions(options);
  const row = LIMIT_TABLES[resolved.edition].find((r) => r.item === id && r.averaging === avg);
  if (row === undefined) {
    const has = LIMIT_TABLES[resolved.edition].filter((r) => r.item === id).map((r) => r.averaging);
    throw new LantianError('INDICATOR_NOT_IN_EDITION', ['averaging'], `${resolved.edition} sets no ${avg} limit for ${id}; it has ${has.join(', ')}`);
  }
  return valueOf(row, resolved);
}

/**
 * Every limit of an edition for a grade and stage, in the order of its tables.
 *
 * @param options - As {@link limitOf}.
 * @returns The limit values.
 * @throws {LantianError} As {@link limitOf} for bad options.
 * @example
 * ```ts
 * limitsOf({ edition: 'GB3095-2012' }).length; //=> 23
 * ```
 */
export function limitsOf(options?: LimitOptions): ReadonlyArray<LimitValue> {
  const resolved = resolveLimitOptions(options);
  return LIMIT_TABLES[resolved.edition].map((row) => valueOf(row, resolved));
}
