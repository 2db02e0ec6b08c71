/**
 * Which edition of each standard applies, as data. Every rule that differs between editions is selected
 * here, by an explicit `edition` or by a `date`; nothing else in lantian compares dates with edition
 * boundaries. With neither, the newest edition applies: a constant, never the clock.
 *
 * @module Editions
 */
import { LantianError } from '../errors.js';
import { type DateInput, MS_PER_DAY, beijingDay, dayOf, instantMs, parseDateTimeText } from '../_lib/time.js';
import { describe, readOptions, requireMember } from '../_lib/validate.js';

/**
 * The index schemes: `'CN'`, the Chinese AQI of HJ 633 (the default), and `'US'`, the US EPA AQI of 40 CFR
 * Part 58 Appendix G. A scheme is a family of editions; a `date` selects the edition of one scheme in force on it.
 */
export const AQI_SCHEME_IDS = ['CN', 'US'] as const;
/** One of the {@link AQI_SCHEME_IDS}. */
export type AqiSchemeId = (typeof AQI_SCHEME_IDS)[number];

/**
 * The Chinese AQI editions (scheme `'CN'`, the default): HJ 633-2012 and HJ 633-2026 (in force from 2026-03-01).
 * The US editions are {@link US_AQI_EDITIONS}; {@link ALL_AQI_EDITIONS} lists both.
 */
export const AQI_EDITIONS = ['HJ633-2012', 'HJ633-2026'] as const;
/**
 * One of the Chinese {@link AQI_EDITIONS} (scheme `'CN'`, the default). An edition of either scheme is an
 * {@link AnyAqiEdition}.
 */
export type AqiEdition = (typeof AQI_EDITIONS)[number];

/**
 * The US EPA AQI editions (scheme `'US'`), named after the PM2.5 revision that defines each: `'EPA-2012'`, the
 * table of 40 CFR Part 58 Appendix G as amended by the 2012 PM NAAQS rule (78 FR 3086, in force 2013-03-18) and
 * the 2015 ozone rule (80 FR 65292, in force 2015-12-28); `'EPA-2024'`, the table as amended by the 2024 PM
 * NAAQS rule (89 FR 16202, in force 2024-05-06).
 */
export const US_AQI_EDITIONS = ['EPA-2012', 'EPA-2024'] as const;
/** One of the {@link US_AQI_EDITIONS}. */
export type UsAqiEdition = (typeof US_AQI_EDITIONS)[number];

/** Every AQI edition of every scheme. */
export const ALL_AQI_EDITIONS = [...AQI_EDITIONS, ...US_AQI_EDITIONS] as const;
/** An AQI edition of any scheme: one of {@link ALL_AQI_EDITIONS}. */
export type AnyAqiEdition = AqiEdition | UsAqiEdition;

/**
 * The limit-value editions of GB 3095 (scheme `'CN'`, the default): GB 3095-2012 (with its 2018 amendment) and
 * GB 3095-2026. The WHO and EU editions are {@link WHO_EDITIONS} and {@link EU_EDITIONS};
 * {@link ALL_STANDARD_EDITIONS} lists them all.
 */
export const STANDARD_EDITIONS = ['GB3095-2012', 'GB3095-2026'] as const;
/** One of the GB 3095 {@link STANDARD_EDITIONS}. An edition of any limit scheme is an {@link AnyStandardEdition}. */
export type StandardEdition = (typeof STANDARD_EDITIONS)[number];

/**
 * The limit schemes: `'CN'`, GB 3095 (the default); `'WHO'`, the WHO global air quality guidelines; `'EU'`, the
 * EU ambient air quality directives. A scheme is a family of editions; a `date` selects the edition of one scheme
 * in force on it.
 */
export const LIMIT_SCHEME_IDS = ['CN', 'WHO', 'EU'] as const;
/** One of the {@link LIMIT_SCHEME_IDS}. */
export type LimitSchemeId = (typeof LIMIT_SCHEME_IDS)[number];

/** The WHO guideline editions: `'WHO-2021'`, the WHO global air quality guidelines of 2021 (published 2021-09-22). */
export const WHO_EDITIONS = ['WHO-2021'] as const;
/** One of the {@link WHO_EDITIONS}. */
export type WhoEdition = (typeof WHO_EDITIONS)[number];

/**
 * The EU editions: `'EU-2008'`, the limit values of Directive 2008/50/EC (Annexes VII, XI, XIV), and `'EU-2024'`, the
 * limit values of Directive (EU) 2024/2881 (recast) to be attained by 2030-01-01 (Annex I).
 */
export const EU_EDITIONS = ['EU-2008', 'EU-2024'] as const;
/** One of the {@link EU_EDITIONS}. */
export type EuEdition = (typeof EU_EDITIONS)[number];

/** Every limit edition of every scheme. */
export const ALL_STANDARD_EDITIONS = [...STANDARD_EDITIONS, ...WHO_EDITIONS, ...EU_EDITIONS] as const;
/** A limit edition of any scheme: one of {@link ALL_STANDARD_EDITIONS}. */
export type AnyStandardEdition = StandardEdition | WhoEdition | EuEdition;

/** The assessment editions: HJ 663-2013 and HJ 663-2026. */
export const ASSESSMENT_EDITIONS = ['HJ663-2013', 'HJ663-2026'] as const;
/** One of the {@link ASSESSMENT_EDITIONS}. */
export type AssessmentEdition = (typeof ASSESSMENT_EDITIONS)[number];

/** What lantian records of an edition. */
export interface EditionInfo<E extends string = string> {
  readonly id: E;
  /** The standard's number as printed, e.g. `'HJ 633—2026'`. */
  readonly code: string;
  readonly title: { readonly zh: string; readonly en: string };
  /** The day it took effect nationally: a calendar day (Beijing time for the Chinese standards). */
  readonly inForceFrom: string;
}

/**
 * The editions in the order they took effect. HJ 633-2012 and GB 3095-2012 took effect nationally on
 * 2016-01-01 (first-batch cities applied them from 2012–2013); lantian applies them to every date before
 * their successors, as it models no earlier index or limits.
 *
 * `usAqi` lists the US EPA AQI editions with the effective dates of the rules that made them: EPA-2012 from
 * 2013-03-18, the effective date of the 2012 PM NAAQS rule that revised the PM2.5 sub-index (78 FR 3086,
 * 2013-01-15); EPA-2024 from 2024-05-06, the effective date of the 2024 PM NAAQS rule (89 FR 16202,
 * 2024-03-06). The EPA-2012 table carries the ozone breakpoints of the 2015 ozone rule (80 FR 65292, in force
 * 2015-12-28): the 8-hour ozone sub-index of 2013-03-18 to 2015-12-27, like every table before 2013, is not
 * modelled, and EPA-2012 applies to every earlier date.
 *
 * `who` and `eu` list the international limit editions. WHO-2021 from 2021-09-22, the day WHO published the global
 * air quality guidelines. EU-2008 from 2008-06-11, the day Directive 2008/50/EC was published and entered into force
 * (its Article 34; each of its limit values applied from the date its annex gives: PM10 2005, NO2 2010, PM2.5 2015);
 * EU-2024 from 2030-01-01, the date by which the limit values of Directive (EU) 2024/2881 Annex I are to be attained
 * — the directive itself entered into force on 2024-12-10 and repeals 2008/50/EC from 2026-12-12, keeping its limit
 * values until 2030 (UNCONFIRMED: lantian applies EU-2008's values to every date before 2030-01-01).
 */
export const EDITIONS = {
  aqi: [
    edition('HJ633-2012', 'HJ 633—2012', '环境空气质量指数（AQI）技术规定（试行）', 'Technical Regulation on Ambient Air Quality Index (on trial)', '2016-01-01'),
    edition('HJ633-2026', 'HJ 633—2026', '环境空气质量指数（AQI）技术规定', 'Technical Regulation on Ambient Air Quality Index', '2026-03-01'),
  ],
  standard: [
    edition('GB3095-2012', 'GB 3095—2012', '环境空气质量标准', 'Ambient Air Quality Standards', '2016-01-01'),
    edition('GB3095-2026', 'GB 3095—2026', '环境空气质量标准', 'Ambient Air Quality Standards', '2026-03-01'),
  ],
  assessment: [
    edition('HJ663-2013', 'HJ 663—2013', '环境空气质量评价技术规范（试行）', 'Technical Regulation for Ambient Air Quality Assessment (on trial)', '2013-10-01'),
    edition('HJ663-2026', 'HJ 663—2026', '环境空气质量评价技术规范', 'Technical Regulation for Ambient Air Quality Assessment', '2026-03-01'),
  ],
  usAqi: [
    edition('EPA-2012', '40 CFR Part 58 Appendix G (78 FR 3086; 80 FR 65292)', '美国统一空气质量指数（AQI）与每日报告', 'Uniform Air Quality Index (AQI) and Daily Reporting', '2013-03-18'),
    edition('EPA-2024', '40 CFR Part 58 Appendix G (89 FR 16202)', '美国统一空气质量指数（AQI）与每日报告', 'Uniform Air Quality Index (AQI) and Daily Reporting', '2024-05-06'),
  ],
  who: [edition('WHO-2021', 'WHO global air quality guidelines (2021)', '世界卫生组织全球空气质量指导值', 'WHO global air quality guidelines', '2021-09-22')],
  eu: [
    edition('EU-2008', 'Directive 2008/50/EC', '欧盟环境空气质量指令（2008/50/EC）', 'Directive 2008/50/EC on ambient air quality and cleaner air for Europe', '2008-06-11'),
    edition('EU-2024', 'Directive (EU) 2024/2881', '欧盟环境空气质量指令（2024/2881，2030年限值）', 'Directive (EU) 2024/2881 on ambient air quality and cleaner air for Europe (recast)', '2030-01-01'),
  ],
} as const satisfies Record<string, ReadonlyArray<EditionInfo>>;

function edition<E extends string>(id: E, code: string, zh: string, en: string, inForceFrom: string): EditionInfo<E> {
  return Object.freeze({ id, code, title: Object.freeze({ zh, en }), inForceFrom });
}

/** The newest AQI edition: the default when neither `edition` nor `date` is given. */
export const LATEST_AQI_EDITION: AqiEdition = 'HJ633-2026';
/** The newest US EPA AQI edition: the default with `scheme: 'US'` and no `edition` or `date`. */
export const LATEST_US_AQI_EDITION: UsAqiEdition = 'EPA-2024';
/** The newest limit-value edition of GB 3095. */
export const LATEST_STANDARD_EDITION: StandardEdition = 'GB3095-2026';
/** The newest WHO edition: the default with `scheme: 'WHO'` and no `edition` or `date`. */
export const LATEST_WHO_EDITION: WhoEdition = 'WHO-2021';
/** The newest EU edition: the default with `scheme: 'EU'` and no `edition` or `date`. */
export const LATEST_EU_EDITION: EuEdition = 'EU-2024';
/** The newest assessment edition. */
export const LATEST_ASSESSMENT_EDITION: AssessmentEdition = 'HJ663-2026';

function editionOn<E extends string>(list: ReadonlyArray<EditionInfo<E>>, date: unknown, path: ReadonlyArray<string | number>): E {
  return editionOnDay(list, beijingDay(date, path));
}

/** Options of {@link aqiEditionOn}. */
export interface AqiEditionOnOptions {
  /** The scheme whose edition is asked for: `'CN'` (default) or `'US'`. */
  readonly scheme?: AqiSchemeId;
}

/**
 * The AQI edition in force on a date. Scheme `'CN'` (the default): HJ 633-2026 from 2026-03-01 (Beijing time),
 * HJ 633-2012 before. Scheme `'US'`: EPA-2024 from 2024-05-06, EPA-2012 before (see {@link EDITIONS}).
 *
 * Days: for `'CN'` a date is read in Beijing time — a `'YYYY-MM-DD'` string is that day, a date-time without
 * offset is Beijing wall-clock time, an instant (offset, `Date`, epoch ms) is converted to Beijing time. For
 * `'US'` the day is the one written: a `'YYYY-MM-DD'` string is that day, a date-time is read on its own wall
 * clock (with or without offset: `'2024-05-06T00:30-04:00'` is 6 May), and a `Date` or epoch ms, which carries
 * no zone, is read in UTC. Pass the local day to be exact about a US time zone.
 *
 * @param date - `'YYYY-MM-DD'`, an ISO date-time, a `Date` or epoch milliseconds.
 * @param options - `scheme`: `'CN'` (default) or `'US'`.
 * @returns The edition id.
 * @throws {LantianError} `INVALID_DATE` or `INVALID_TYPE` for a date that cannot be read.
 * @throws {LantianError} `INVALID_OPTION` for an unknown scheme; `UNKNOWN_OPTION` or `INVALID_TYPE` for bad options.
 * @example
 * ```ts
 * aqiEditionOn('2026-02-28'); //=> 'HJ633-2012'
 * aqiEditionOn('2026-03-01'); //=> 'HJ633-2026'
 * aqiEditionOn('2026-02-28T16:00:00Z'); //=> 'HJ633-2026' (00:00 on 1 March in Beijing)
 * aqiEditionOn('2024-05-05', { scheme: 'US' }); //=> 'EPA-2012'
 * aqiEditionOn('2024-05-06', { scheme: 'US' }); //=> 'EPA-2024'
 * ```
 */
export function aqiEditionOn(date: DateInput, options?: { readonly scheme?: 'CN' }): AqiEdition;
export function aqiEditionOn(date: DateInput, options: { readonly scheme: 'US' }): UsAqiEdition;
export function aqiEditionOn(date: DateInput, options?: AqiEditionOnOptions): AnyAqiEdition;
export function aqiEditionOn(date: DateInput, options?: AqiEditionOnOptions): AnyAqiEdition {
  const opts = readOptions(options, ['scheme']);
  const scheme = opts['scheme'] === undefined ? 'CN' : requireScheme(opts['scheme'], ['options', 'scheme']);
  return schemeEditionOn(scheme, date, ['date']);
}

/** Options of {@link standardEditionOn}. */
export interface StandardEditionOnOptions {
  /** The scheme whose edition is asked for: `'CN'` (default), `'WHO'` or `'EU'`. */
  readonly scheme?: LimitSchemeId;
}

/**
 * The limit-value edition in force on a date. Scheme `'CN'` (the default): GB 3095-2026 from 2026-03-01, GB 3095-2012
 * before. Scheme `'WHO'`: WHO-2021 (from 2021-09-22, and for every earlier date: no earlier guidelines are
 * modelled). Scheme `'EU'`: EU-2024 from 2030-01-01, the date its limit values are to be attained, EU-2008 before
 * (see {@link EDITIONS}). A date is read in Beijing time, as for {@link aqiEditionOn}.
 *
 * @param date - As for {@link aqiEditionOn}.
 * @param options - `scheme`: `'CN'` (default), `'WHO'` or `'EU'`.
 * @returns The edition id.
 * @throws {LantianError} `INVALID_DATE` or `INVALID_TYPE` for a date that cannot be read.
 * @throws {LantianError} `INVALID_OPTION` for an unknown scheme; `UNKNOWN_OPTION` or `INVALID_TYPE` for bad options.
 * @example
 * ```ts
 * standardEditionOn('2025-12-31'); //=> 'GB3095-2012'
 * standardEditionOn('2026-03-01'); //=> 'GB3095-2026'
 * standardEditionOn('2029-12-31', { scheme: 'EU' }); //=> 'EU-2008'
 * standardEditionOn('2030-01-01', { scheme: 'EU' }); //=> 'EU-2024'
 * standardEditionOn('2025-06-01', { scheme: 'WHO' }); //=> 'WHO-2021'
 * ```
 */
export function standardEditionOn(date: DateInput, options?: { readonly scheme?: 'CN' }): StandardEdition;
export function standardEditionOn(date: DateInput, options: { readonly scheme: 'WHO' }): WhoEdition;
export function standardEditionOn(date: DateInput, options: { readonly scheme: 'EU' }): EuEdition;
export function standardEditionOn(date: DateInput, options?: StandardEditionOnOptions): AnyStandardEdition;
export function standardEditionOn(date: DateInput, options?: StandardEditionOnOptions): AnyStandardEdition {
  const opts = readOptions(options, ['scheme']);
  const scheme = opts['scheme'] === undefined ? 'CN' : requireLimitScheme(opts['scheme'], ['options', 'scheme']);
  return limitEditionOn(scheme, date, ['date']);
}

/** The scheme a limit edition belongs to. @internal */
export function limitSchemeOfEdition(edition: AnyStandardEdition): LimitSchemeId {
  if ((WHO_EDITIONS as ReadonlyArray<string>).includes(edition)) return 'WHO';
  return (EU_EDITIONS as ReadonlyArray<string>).includes(edition) ? 'EU' : 'CN';
}

/** Reads a limit scheme option. @internal */
export function requireLimitScheme(value: unknown, path: ReadonlyArray<string | number>): LimitSchemeId {
  return requireMember(value, LIMIT_SCHEME_IDS, path, 'INVALID_OPTION');
}

/** The limit edition of a scheme in force on a date (Beijing days). @internal */
export function limitEditionOn(scheme: LimitSchemeId, date: unknown, path: ReadonlyArray<string | number>): AnyStandardEdition {
  const list: ReadonlyArray<EditionInfo<AnyStandardEdition>> = scheme === 'WHO' ? EDITIONS.who : scheme === 'EU' ? EDITIONS.eu : EDITIONS.standard;
  return editionOn(list, date, path);
}

/** How one family of editions (AQI or limits) is selected by scheme, edition and date. */
interface SchemeFamily<S extends string, E extends string> {
  readonly schemes: ReadonlyArray<S>;
  readonly editions: ReadonlyArray<E>;
  readonly schemeOf: (edition: E) => S;
  readonly editionOn: (scheme: S, date: unknown, path: ReadonlyArray<string | number>) => E;
  readonly latest: (scheme: S) => E;
  readonly fallback: S;
}

/**
 * Resolves an edition of a family: `edition`, else the edition of `scheme` (default: the family's fallback, `'CN'`)
 * in force on `date`, else the newest edition of the scheme. Given together, `edition` must belong to `scheme` and
 * be in force on `date` (`INVALID_OPTION`). `named`: an edition or a scheme was given.
 */
function resolveFamily<S extends string, E extends string>(
  family: SchemeFamily<S, E>,
  options: Readonly<Record<string, unknown>>,
  path: ReadonlyArray<string | number>,
): { readonly edition: E; readonly scheme: S; readonly named: boolean } {
  const scheme = options['scheme'] === undefined ? undefined : requireMember(options['scheme'], family.schemes, [...path, 'scheme'], 'INVALID_OPTION');
  const given = options['edition'] === undefined ? undefined : requireMember(options['edition'], family.editions, [...path, 'edition'], 'UNKNOWN_EDITION');
  if (given !== undefined && scheme !== undefined && family.schemeOf(given) !== scheme) {
    throw new LantianError('INVALID_OPTION', [...path, 'edition'], `edition ${given} belongs to scheme '${family.schemeOf(given)}', not '${scheme}'`);
  }
  const chosen = scheme ?? (given === undefined ? family.fallback : family.schemeOf(given));
  const byDate = options['date'] === undefined ? undefined : family.editionOn(chosen, options['date'], [...path, 'date']);
  if (given !== undefined && byDate !== undefined && given !== byDate) {
    throw new LantianError('INVALID_OPTION', [...path, 'edition'], `edition ${given} is not in force on the given date (${byDate} is)`);
  }
  return { edition: given ?? byDate ?? family.latest(chosen), scheme: chosen, named: given !== undefined || scheme !== undefined };
}

const LIMIT_FAMILY: SchemeFamily<LimitSchemeId, AnyStandardEdition> = {
  schemes: LIMIT_SCHEME_IDS,
  editions: ALL_STANDARD_EDITIONS,
  schemeOf: limitSchemeOfEdition,
  editionOn: limitEditionOn,
  latest: (scheme) => (scheme === 'WHO' ? LATEST_WHO_EDITION : scheme === 'EU' ? LATEST_EU_EDITION : LATEST_STANDARD_EDITION),
  fallback: 'CN',
};

/**
 * Resolves the limit edition of an options object: `edition`, else the edition of `scheme` (default `'CN'`) in
 * force on `date`, else the newest edition of the scheme (GB 3095-2026, WHO-2021, EU-2024). Given together,
 * `edition` must belong to `scheme` and be in force on `date` (`INVALID_OPTION`).
 *
 * @internal
 */
export function resolveStandardEdition(
  options: Readonly<Record<string, unknown>>,
  path: ReadonlyArray<string | number> = ['options'],
): { readonly edition: AnyStandardEdition; readonly scheme: LimitSchemeId; readonly named: boolean } {
  return resolveFamily(LIMIT_FAMILY, options, path);
}

/**
 * The assessment edition of HJ 663 in force on a date: HJ 663-2026 from 2026-03-01, HJ 663-2013 before.
 *
 * @param date - As for {@link aqiEditionOn}.
 * @returns The edition id.
 * @throws {LantianError} `INVALID_DATE` or `INVALID_TYPE` for a date that cannot be read.
 * @example
 * ```ts
 * assessmentEditionOn('2025-06-01'); //=> 'HJ663-2013'
 * ```
 */
export function assessmentEditionOn(date: DateInput): AssessmentEdition {
  return editionOn(EDITIONS.assessment, date, ['date']);
}

/** The scheme an AQI edition belongs to. @internal */
export function aqiSchemeOfEdition(edition: AnyAqiEdition): AqiSchemeId {
  return (US_AQI_EDITIONS as ReadonlyArray<string>).includes(edition) ? 'US' : 'CN';
}

function requireScheme(value: unknown, path: ReadonlyArray<string | number>): AqiSchemeId {
  return requireMember(value, AQI_SCHEME_IDS, path, 'INVALID_OPTION');
}

/** The calendar day a date input names for the US scheme: written days and wall clocks as written, instants in UTC. */
function writtenDay(input: unknown, path: ReadonlyArray<string | number>): number {
  if (typeof input === 'string') return Math.floor(parseDateTimeText(input, path).localMs / MS_PER_DAY);
  if (typeof input === 'number' || input instanceof Date) return Math.floor(instantMs(input, path) / MS_PER_DAY);
  throw new LantianError('INVALID_TYPE', path, `expected a date string, Date or epoch milliseconds, received ${describe(input)}`);
}

function schemeEditionOn(scheme: AqiSchemeId, date: unknown, path: ReadonlyArray<string | number>): AnyAqiEdition {
  return scheme === 'US' ? editionOnDay(EDITIONS.usAqi, writtenDay(date, path)) : editionOn(EDITIONS.aqi, date, path);
}

function editionOnDay<E extends string>(list: ReadonlyArray<EditionInfo<E>>, day: number): E {
  let found = list[0] as EditionInfo<E>;
  for (const e of list) if (dayOf(e.inForceFrom) <= day) found = e;
  return found.id;
}

/**
 * Resolves the AQI edition of an options object: `edition`, else the edition of `scheme` (default `'CN'`) in
 * force on `date`, else the newest edition of the scheme. Given together, `edition` must belong to `scheme` and
 * be in force on `date`.
 *
 * @internal
 */
export function resolveAqiEdition(options: Readonly<Record<string, unknown>>, path: ReadonlyArray<string | number> = ['options']): AnyAqiEdition {
  return resolveFamily(AQI_FAMILY, options, path).edition;
}

const AQI_FAMILY: SchemeFamily<AqiSchemeId, AnyAqiEdition> = {
  schemes: AQI_SCHEME_IDS,
  editions: ALL_AQI_EDITIONS,
  schemeOf: aqiSchemeOfEdition,
  editionOn: schemeEditionOn,
  latest: (scheme) => (scheme === 'US' ? LATEST_US_AQI_EDITION : LATEST_AQI_EDITION),
  fallback: 'CN',
};

export {
  LIMIT_STAGES,
  STANDARD_STAGES,
  STANDARD_CONDITIONS,
  REFERENCE_CONDITIONS,
  standardStageOn,
  standardConditionsOn,
  requireStage,
  type LimitStage,
  type ReferenceConditions,
} from './stages.js';
