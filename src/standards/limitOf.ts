import { type ErrorPath, LantianError } from '../errors.js';
import {
  type AnyStandardEdition,
  type EuEdition,
  LATEST_STANDARD_EDITION,
  type LimitStage,
  STANDARD_EDITIONS,
  type StandardEdition,
  type WhoEdition,
  requireStage,
  resolveStandardEdition,
  standardConditionsOn,
  standardEditionOn,
  standardStageOn,
} from '../editions/index.js';
import { type AirItem, pollutantInfo, requireAirItem } from '../pollutants/index.js';
import type { DateInput } from '../_lib/time.js';
import { readOptions, requireMember, requireNumberMember } from '../_lib/validate.js';
import { LIMIT_TABLES } from './tables.js';
import {
  GRADES,
  GUIDELINE_LEVELS,
  type GradedLimitRow,
  type Grade,
  type GuidelineLevel,
  LIMIT_AVERAGINGS,
  type LevelledLimitRow,
  type LimitAveraging,
  type LimitValue,
  type SingleLimitRow,
} from './types.js';
import { type ZoneClass, requireZoneClass } from './zones.js';

/** Options of {@link limitOf} and {@link limitsOf} for the limits of GB 3095 (scheme `'CN'`, the default). */
export interface LimitOptions {
  /** `'CN'`, GB 3095 (the default). */
  readonly scheme?: 'CN';
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

/** What the WHO options of {@link limitOf} have besides the edition or scheme. */
export interface WhoLimitOptionsBase {
  /** Selects the WHO edition in force on this day (WHO-2021 for every date). */
  readonly date?: DateInput;
  /** The level: an interim target `'IT-1'` … `'IT-4'` or the guideline level `'AQG'` (the default). */
  readonly level?: GuidelineLevel;
}

/** Options of {@link limitOf} and {@link limitsOf} for the WHO guidelines: `edition: 'WHO-2021'` or `scheme: 'WHO'`. */
export type WhoLimitOptions = WhoLimitOptionsBase &
  ({ readonly edition: WhoEdition; readonly scheme?: 'WHO' } | { readonly edition?: WhoEdition; readonly scheme: 'WHO' });

/** What the EU options of {@link limitOf} have besides the edition or scheme. */
export interface EuLimitOptionsBase {
  /** Selects the EU edition in force on this day: EU-2024 from 2030-01-01, EU-2008 before. */
  readonly date?: DateInput;
}

/**
 * Options of {@link limitOf} and {@link limitsOf} for the EU directives: `edition: 'EU-2024' | 'EU-2008'` or
 * `scheme: 'EU'` (with a `date`, the edition in force on it; without, EU-2024).
 */
export type EuLimitOptions = EuLimitOptionsBase &
  ({ readonly edition: EuEdition; readonly scheme?: 'EU' } | { readonly edition?: EuEdition; readonly scheme: 'EU' });

/** Options of {@link limitOf} for any scheme. */
export type AnyLimitOptions = LimitOptions | WhoLimitOptions | EuLimitOptions;

const OPTION_KEYS = ['edition', 'date', 'grade', 'zoneClass', 'stage'] as const;
const ANY_OPTION_KEYS = [...OPTION_KEYS, 'scheme', 'level'] as const;
/** The options that belong to one scheme only. */
const SCHEME_KEYS = { CN: ['grade', 'zoneClass', 'stage'], WHO: ['level'], EU: [] } as const;

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

/** The edition and what selects its value, for any scheme (internal). */
export type ResolvedAnyLimit =
  | { readonly scheme: 'CN'; readonly edition: StandardEdition; readonly resolved: ResolvedLimitOptions }
  | { readonly scheme: 'WHO'; readonly edition: WhoEdition; readonly level: GuidelineLevel; readonly date: DateInput | undefined }
  | { readonly scheme: 'EU'; readonly edition: EuEdition; readonly date: DateInput | undefined };

/**
 * Resolves the options of any scheme: the edition by `edition`, `scheme` and `date`, then the scheme's own options.
 * Without a named edition or scheme the options are GB 3095's and read as before (`level` is then an unknown
 * option); with one, an option of another scheme (a `grade` for WHO, a `level` for GB 3095 or the EU) is invalid.
 */
export function resolveAnyLimitOptions(options: unknown, path: ErrorPath = ['options']): ResolvedAnyLimit {
  const opts = readOptions(options, ANY_OPTION_KEYS, path);
  const { edition, scheme, named } = resolveStandardEdition(opts, path);
  for (const other of ['CN', 'WHO', 'EU'] as const) {
    if (other === scheme || (!named && other === 'WHO')) continue;
    for (const key of SCHEME_KEYS[other]) {
      if (opts[key] !== undefined) throw new LantianError('INVALID_OPTION', [...path, key], `${edition} has no ${key}: it is an option of the ${other} scheme`);
    }
  }
  const date = opts['date'] as DateInput | undefined;
  if (scheme === 'CN') {
    const gb: Record<string, unknown> = {};
    for (const key of [...OPTION_KEYS, 'level'] as const) if (opts[key] !== undefined) gb[key] = opts[key];
    const resolved = resolveLimitOptions(gb, path);
    return { scheme, edition: resolved.edition, resolved };
  }
  if (scheme === 'WHO') {
    const level = opts['level'] === undefined ? 'AQG' : requireMember(opts['level'], GUIDELINE_LEVELS, [...path, 'level'], 'INVALID_OPTION');
    return { scheme, edition: edition as WhoEdition, level, date };
  }
  return { scheme, edition: edition as EuEdition, date };
}

function gbValue(row: GradedLimitRow, resolved: ResolvedLimitOptions): LimitValue {
  const pair = row.values[resolved.stage ?? 'all'] as readonly [number, number];
  const info = pollutantInfo(row.item);
  const conditions = standardConditionsOn(resolved.edition, resolved.date);
  return {
    edition: resolved.edition,
    item: row.item,
    averaging: row.averaging,
    grade: resolved.grade,
    stage: resolved.stage,
    level: undefined,
    value: pair[resolved.grade - 1] as number,
    unit: info.unit,
    conditions: info.phase === 'gas' ? conditions.gas : conditions.particle,
    form: row.form,
    objective: 'limitValue',
    source: row.source,
  };
}

/** A WHO or EU limit value: no grade, no stage; conditions from the edition. */
function intlValue<E extends WhoEdition | EuEdition>(
  row: LevelledLimitRow | SingleLimitRow,
  edition: E,
  value: number,
  level: GuidelineLevel | undefined,
  objective: LimitValue['objective'],
): LimitValue<E> {
  const info = pollutantInfo(row.item);
  const conditions = standardConditionsOn(edition);
  return {
    edition,
    item: row.item,
    averaging: row.averaging,
    grade: undefined,
    stage: undefined,
    level,
    value,
    unit: info.unit,
    conditions: info.phase === 'gas' ? conditions.gas : conditions.particle,
    form: row.form,
    objective,
    source: row.source,
  } as LimitValue<E>;
}

function whoValue(row: LevelledLimitRow, edition: WhoEdition, level: GuidelineLevel, value: number): LimitValue<WhoEdition> {
  return intlValue(row, edition, value, level, level === 'AQG' ? 'guidelineLevel' : 'interimTarget');
}

function euValue(row: SingleLimitRow, edition: EuEdition): LimitValue<EuEdition> {
  return intlValue(row, edition, row.value, undefined, row.objective);
}

/**
 * A limit value of GB 3095 (环境空气质量标准), a WHO 2021 guideline level or interim target, or an EU limit or
 * target value — each read from its table, with the conditions it is expressed at and its compliance form (see
 * {@link ComplianceForm}).
 *
 * **GB 3095** (scheme `'CN'`, the default): GB 3095-2012 Tables 1–2, GB 3095-2026 Tables 1–2 with its transition (to
 * 2030-12-31) and final (from 2031-01-01) stages (§4.4). Class 1 zones are judged by Grade I, class 2 zones by
 * Grade II (§4.2). The 8h limit of O3 is its daily maximum 8-hour limit. The edition follows the data's date
 * (GB 3095-2026 from 2026-03-01), or is given; the stage follows the date too, or is given (a plan for 2030 may ask
 * for `stage: 'final'`). The result carries the conditions the limit is expressed at: since 2018-09-01 gases at the
 * reference state (298.15 K) and particles at actual conditions (GB 3095-2026 §4.3; the 2018 amendment of
 * GB 3095-2012), before that the standard state (273.15 K). A date selects GB 3095, whatever the scheme of the day.
 *
 * **WHO** (`edition: 'WHO-2021'` or `scheme: 'WHO'`): the level `'IT-1'` … `'IT-4'` or `'AQG'` (default) of the
 * 2021 guidelines (Executive summary Table 0.1); annual and peak-season levels apply to the period's mean, 24-hour
 * (`'daily'`) and 8-hour levels to the 99th percentile of a year's daily values. A level WHO does not set for the
 * pollutant and averaging (NO2 24h IT-3) is `INDICATOR_NOT_IN_EDITION`.
 *
 * **EU** (`edition: 'EU-2024' | 'EU-2008'`, or `scheme: 'EU'` with an optional `date`: EU-2024 from 2030-01-01):
 * the limit values of Directive (EU) 2024/2881 Annex I (to be attained by 2030-01-01) or Directive 2008/50/EC
 * Annexes XI and XIV, and the O3 target value, with the permitted exceedances in `form` (`'8h'` is the maximum daily
 * 8-hour mean, of O3 and of CO). Gases at 293 K, particles at ambient conditions.
 *
 * @param item - A pollutant or other item: `so2, no2, co, o3, pm10, pm25, tsp, nox, pb, bap`.
 * @param averaging - `'annual'`, `'quarterly'`, `'peakSeason'`, `'daily'`, `'8h'` or `'1h'`.
 * @param options - GB 3095: `edition` or `date`, `grade` or `zoneClass`, `stage`. WHO: `edition` or `scheme`,
 *   `level`. EU: `edition`, or `scheme` and `date`.
 * @returns The limit value with its unit, grade, stage or level, conditions, compliance form and source.
 * @throws {LantianError} `UNKNOWN_POLLUTANT` for an unknown item.
 * @throws {LantianError} `INVALID_OPTION` for an unknown averaging, grade, zone class, stage, level or scheme, an
 *   option of another scheme (a `level` for a GB 3095 or EU edition, a `grade` for WHO), or options that contradict
 *   each other; `INDICATOR_NOT_IN_EDITION` when the edition sets no such limit (an annual CO limit; for WHO, no such
 *   level for the pollutant and averaging, path `['options', 'level']`).
 * @throws {LantianError} `UNKNOWN_EDITION`, `INVALID_DATE` or `UNKNOWN_OPTION` for other bad options.
 * @example
 * ```ts
 * limitOf('pm25', 'annual', { edition: 'GB3095-2012' }).value; //=> 35
 * limitOf('pm25', 'annual', { date: '2027-06-01' }).value; //=> 30 (GB 3095-2026, transition stage)
 * limitOf('pm25', 'annual', { date: '2031-06-01' }).value; //=> 25 (final stage)
 * limitOf('pm25', 'annual', { edition: 'GB3095-2026', stage: 'final', grade: 1 }).value; //=> 10
 * limitOf('o3', '8h').value; //=> 160
 * limitOf('co', 'daily').unit; //=> 'mg/m3'
 * limitOf('pm25', 'daily', { edition: 'WHO-2021', level: 'IT-3' }).value; //=> 37.5
 * limitOf('pm25', 'daily', { edition: 'WHO-2021' }).form; //=> { kind: 'percentile', p: 99 }
 * limitOf('no2', '1h', { edition: 'EU-2024' }).form; //=> { kind: 'exceedances', allowed: 3, averagedOverYears: 1 }
 * limitOf('pm10', 'daily', { scheme: 'EU', date: '2025-06-01' }).value; //=> 50 (EU-2008)
 * limitOf('so2', 'daily', { edition: 'EU-2024' }).conditions; //=> 'eu-standard'
 * ```
 */
export function limitOf(item: AirItem, averaging: LimitAveraging, options: WhoLimitOptions): LimitValue<WhoEdition>;
export function limitOf(item: AirItem, averaging: LimitAveraging, options: EuLimitOptions): LimitValue<EuEdition>;
export function limitOf(item: AirItem, averaging: LimitAveraging, options?: LimitOptions): LimitValue;
export function limitOf(item: AirItem, averaging: LimitAveraging, options?: AnyLimitOptions): LimitValue<AnyStandardEdition>;
export function limitOf(item: AirItem, averaging: LimitAveraging, options?: AnyLimitOptions): LimitValue<AnyStandardEdition> {
  const id = requireAirItem(item, ['item']);
  const avg = requireMember(averaging, LIMIT_AVERAGINGS, ['averaging'], 'INVALID_OPTION');
  const r = resolveAnyLimitOptions(options);
  const table: ReadonlyArray<GradedLimitRow | LevelledLimitRow | SingleLimitRow> = LIMIT_TABLES[r.edition];
  const row = table.find((x) => x.item === id && x.averaging === avg);
  if (row === undefined) {
    const has = table.filter((x) => x.item === id).map((x) => x.averaging);
    const detail = has.length === 0 ? `it sets no limit for ${id}` : `it has ${has.join(', ')}`;
    throw new LantianError('INDICATOR_NOT_IN_EDITION', ['averaging'], `${r.edition} sets no ${avg} limit for ${id}; ${detail}`);
  }
  if (r.scheme === 'CN') return gbValue(row as GradedLimitRow, r.resolved);
  if (r.scheme === 'EU') return euValue(row as SingleLimitRow, r.edition);
  const levels = (row as LevelledLimitRow).levels;
  const value = levels[r.level];
  if (value === undefined) {
    throw new LantianError('INDICATOR_NOT_IN_EDITION', ['options', 'level'], `WHO sets no ${r.level} for ${id} ${avg}; it sets ${Object.keys(levels).join(', ')}`);
  }
  return whoValue(row as LevelledLimitRow, r.edition, r.level, value);
}

/**
 * Every limit of an edition, in the order of its tables: for GB 3095 of a grade and stage; for WHO every row that
 * has the level (default AQG); for the EU every limit and target value.
 *
 * @param options - As {@link limitOf}.
 * @returns The limit values.
 * @throws {LantianError} As {@link limitOf} for bad options.
 * @example
 * ```ts
 * limitsOf({ edition: 'GB3095-2012' }).length; //=> 23
 * limitsOf({ edition: 'WHO-2021', level: 'IT-4' }).map((l) => `${l.item} ${l.averaging}`); //=> ['pm25 annual', 'pm25 daily', 'pm10 annual', 'pm10 daily']
 * limitsOf({ edition: 'EU-2024' }).length; //=> 13
 * ```
 */
export function limitsOf(options: WhoLimitOptions): ReadonlyArray<LimitValue<WhoEdition>>;
export function limitsOf(options: EuLimitOptions): ReadonlyArray<LimitValue<EuEdition>>;
export function limitsOf(options?: LimitOptions): ReadonlyArray<LimitValue>;
export function limitsOf(options?: AnyLimitOptions): ReadonlyArray<LimitValue<AnyStandardEdition>>;
export function limitsOf(options?: AnyLimitOptions): ReadonlyArray<LimitValue<AnyStandardEdition>> {
  const r = resolveAnyLimitOptions(options);
  if (r.scheme === 'CN') return LIMIT_TABLES[r.edition].map((row) => gbValue(row, r.resolved));
  if (r.scheme === 'EU') return LIMIT_TABLES[r.edition].map((row) => euValue(row, r.edition));
  const out: LimitValue<WhoEdition>[] = [];
  for (const row of LIMIT_TABLES[r.edition]) {
    const value = row.levels[r.level];
    if (value !== undefined) out.push(whoValue(row, r.edition, r.level, value));
  }
  return out;
}
