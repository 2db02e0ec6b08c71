/**
 * The stages and reference conditions of the GB 3095 editions, as data, and the functions that select them by
 * date. Like the editions themselves, nothing outside src/editions compares a date with these boundaries.
 *
 * @module
 */
import { LantianError } from '../errors.js';
import { type DateInput, beijingDay, dayOf } from '../_lib/time.js';
import { requireMember } from '../_lib/validate.js';
import type { AnyStandardEdition, StandardEdition } from './index.js';

/** The limit stages of GB 3095-2026 (§4.4): transition to 2030-12-31, final from 2031-01-01. */
export const LIMIT_STAGES = ['transition', 'final'] as const;
/** One of the {@link LIMIT_STAGES}. */
export type LimitStage = (typeof LIMIT_STAGES)[number];

/**
 * The conditions a mass concentration is expressed at:
 * - `standard`: 273.15 K and 101.325 kPa (GB 3095-2012 as issued, for every item);
 * - `reference`: 298.15 K and 1013.25 hPa (GB 3095-2026 §3.14 and §4.3; the 2018 amendment of GB 3095-2012),
 *   for the gases SO2, NO2, CO, O3 and NOx;
 * - `actual`: the air temperature and pressure at the time of monitoring (GB 3095-2026 §4.3; the 2018
 *   amendment), for PM10, PM2.5, TSP, Pb and BaP; for the EU "ambient conditions in terms of temperature and
 *   atmospheric pressure at the date of measurements" (Directive 2008/50/EC Annex VI C), for PM and lead;
 * - `eu-standard`: 293.15 K and 101.325 kPa, the EU's standardised volume for gases — "a temperature of 293 K and an
 *   atmospheric pressure of 101,3 kPa" (Directive 2008/50/EC Annex VI C; kept by Directive (EU) 2024/2881): lantian
 *   reads 293 K as 20 °C and 101,3 kPa as the standard atmosphere it rounds;
 * - `unstated`: the standard states none — the WHO 2021 guideline levels, given in µg/m³ (CO mg/m³) without a
 *   temperature or pressure in the tables read (UNCONFIRMED). Nothing is converted to or from it.
 */
export type ReferenceConditions = 'standard' | 'reference' | 'actual' | 'eu-standard' | 'unstated';

/** Every {@link ReferenceConditions}. */
export const REFERENCE_CONDITIONS: ReadonlyArray<ReferenceConditions> = Object.freeze(['standard', 'reference', 'actual', 'eu-standard', 'unstated']);

/** When each stage of an edition begins (Beijing time). Editions without stages have none. */
export const STANDARD_STAGES: Readonly<Record<StandardEdition, ReadonlyArray<{ readonly stage: LimitStage; readonly from: string }>>> =
  Object.freeze({
    'GB3095-2012': Object.freeze([]),
    'GB3095-2026': Object.freeze([
      Object.freeze({ stage: 'transition', from: '2026-03-01' }),
      Object.freeze({ stage: 'final', from: '2031-01-01' }),
    ]),
  });

/**
 * When the reference conditions of each edition took effect. GB 3095-2012 as issued expressed every item at the
 * standard state; its 2018 amendment (Ministry of Ecology and Environment, in force 2018-09-01) moved gases to the
 * reference state and particles to actual conditions; GB 3095-2026 §4.3 keeps that. The EU directives express
 * gases at 293 K and 101,3 kPa and particles (and lead) at ambient conditions (Directive 2008/50/EC Annex VI C;
 * Directive (EU) 2024/2881 keeps the rule, the annex not read: UNCONFIRMED). WHO states no conditions.
 */
export const STANDARD_CONDITIONS: Readonly<
  Record<AnyStandardEdition, ReadonlyArray<{ readonly from: string; readonly gas: ReferenceConditions; readonly particle: ReferenceConditions }>>
> = Object.freeze({
  'GB3095-2012': Object.freeze([
    Object.freeze({ from: '2016-01-01', gas: 'standard', particle: 'standard' }),
    Object.freeze({ from: '2018-09-01', gas: 'reference', particle: 'actual' }),
  ]),
  'GB3095-2026': Object.freeze([Object.freeze({ from: '2026-03-01', gas: 'reference', particle: 'actual' })]),
  'WHO-2021': Object.freeze([Object.freeze({ from: '2021-09-22', gas: 'unstated', particle: 'unstated' })]),
  'EU-2008': Object.freeze([Object.freeze({ from: '2008-06-11', gas: 'eu-standard', particle: 'actual' })]),
  'EU-2024': Object.freeze([Object.freeze({ from: '2030-01-01', gas: 'eu-standard', particle: 'actual' })]),
});

/**
 * The limit stage of an edition in force on a date (GB 3095-2026 §4.4): `'transition'` until 2030-12-31,
 * `'final'` from 2031-01-01; dates before the edition took effect get its first stage. Without a date the
 * edition's final stage — its limits proper (Table 1 "浓度限值"), a constant. Editions without stages
 * (GB 3095-2012) give `undefined`.
 *
 * @param edition - A GB 3095 edition.
 * @param date - `'YYYY-MM-DD'`, an ISO date-time, a `Date` or epoch ms; optional.
 * @returns The stage, or `undefined` for an edition without stages.
 * @throws {LantianError} `UNKNOWN_EDITION` for an unknown edition; `INVALID_DATE` for a bad date.
 * @example
 * ```ts
 * standardStageOn('GB3095-2026', '2030-12-31'); //=> 'transition'
 * standardStageOn('GB3095-2026', '2031-01-01'); //=> 'final'
 * standardStageOn('GB3095-2026'); //=> 'final'
 * standardStageOn('GB3095-2012', '2020-01-01'); //=> undefined
 * ```
 */
export function standardStageOn(edition: StandardEdition, date?: DateInput): LimitStage | undefined {
  const id = requireMember(edition, Object.keys(STANDARD_STAGES) as StandardEdition[], ['edition'], 'UNKNOWN_EDITION');
  const stages = STANDARD_STAGES[id];
  if (stages.length === 0) return undefined;
  if (date === undefined) return (stages[stages.length - 1] as { stage: LimitStage }).stage;
  const day = beijingDay(date, ['date']);
  let found = (stages[0] as { stage: LimitStage }).stage;
  for (const s of stages) if (dayOf(s.from) <= day) found = s.stage;
  return found;
}

/**
 * The reference conditions of an edition's limits for gases and for particles on a date: GB 3095-2012 before
 * 2018-09-01 at the standard state (273.15 K, 101.325 kPa) for everything; from 2018-09-01 (the amendment) and
 * in GB 3095-2026 (§4.3) gases at the reference state (298.15 K, 1013.25 hPa) and particles at actual
 * conditions. Without a date: the latest conditions of the edition. The EU editions: gases at 293 K (`'eu-standard'`),
 * particles at ambient (`'actual'`) conditions; WHO-2021: `'unstated'` (see {@link ReferenceConditions}).
 *
 * @param edition - A limit edition (GB 3095, WHO or EU).
 * @param date - Optional date.
 * @returns `{ gas, particle }`.
 * @throws {LantianError} `UNKNOWN_EDITION` for an unknown edition; `INVALID_DATE` for a bad date.
 * @example
 * ```ts
 * standardConditionsOn('GB3095-2012', '2017-06-01'); //=> { gas: 'standard', particle: 'standard' }
 * standardConditionsOn('GB3095-2012', '2019-06-01'); //=> { gas: 'reference', particle: 'actual' }
 * standardConditionsOn('EU-2024'); //=> { gas: 'eu-standard', particle: 'actual' }
 * ```
 */
export function standardConditionsOn(
  edition: AnyStandardEdition,
  date?: DateInput,
): { readonly gas: ReferenceConditions; readonly particle: ReferenceConditions } {
  const id = requireMember(edition, Object.keys(STANDARD_CONDITIONS) as AnyStandardEdition[], ['edition'], 'UNKNOWN_EDITION');
  const list = STANDARD_CONDITIONS[id];
  let found = list[list.length - 1] as (typeof list)[number];
  if (date !== undefined) {
    const day = beijingDay(date, ['date']);
    found = list[0] as (typeof list)[number];
    for (const c of list) if (dayOf(c.from) <= day) found = c;
  }
  return { gas: found.gas, particle: found.particle };
}

/** Reads a stage option: one of {@link LIMIT_STAGES}, only for an edition that has stages. @internal */
export function requireStage(value: unknown, edition: StandardEdition, path: ReadonlyArray<string | number>): LimitStage | undefined {
  const stage = requireMember(value, LIMIT_STAGES, path, 'INVALID_OPTION');
  if (STANDARD_STAGES[edition].length === 0) {
    throw new LantianError('INVALID_OPTION', path, `${edition} has no limit stages`);
  }
  return stage;
}
