/**
 * Which edition of each standard applies, as data. Every rule that differs between editions is selected
 * here, by an explicit `edition` or by a `date`; nothing else in lantian compares dates with edition
 * boundaries. With neither, the newest edition applies: a constant, never the clock.
 *
 * @module
 */
import { LantianError } from '../errors.js';
import { type DateInput, beijingDay, dayOf } from '../_lib/time.js';
import { requireMember } from '../_lib/validate.js';

/** The AQI editions: HJ 633-2012 and HJ 633-2026 (in force from 2026-03-01). */
export const AQI_EDITIONS = ['HJ633-2012', 'HJ633-2026'] as const;
/** One of the {@link AQI_EDITIONS}. */
export type AqiEdition = (typeof AQI_EDITIONS)[number];

/** The limit-value editions: GB 3095-2012 (with its 2018 amendment) and GB 3095-2026. */
export const STANDARD_EDITIONS = ['GB3095-2012', 'GB3095-2026'] as const;
/** One of the {@link STANDARD_EDITIONS}. */
export type StandardEdition = (typeof STANDARD_EDITIONS)[number];

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
  /** The day it took effect nationally (Beijing time). */
  readonly inForceFrom: string;
}

/**
 * The editions in the order they took effect. HJ 633-2012 and GB 3095-2012 took effect nationally on
 * 2016-01-01 (first-batch cities applied them from 2012–2013); lantian applies them to every date before
 * their successors, as it models no earlier index or limits.
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
} as const satisfies Record<string, ReadonlyArray<EditionInfo>>;

function edition<E extends string>(id: E, code: string, zh: string, en: string, inForceFrom: string): EditionInfo<E> {
  return Object.freeze({ id, code, title: Object.freeze({ zh, en }), inForceFrom });
}

/** The newest AQI edition: the default when neither `edition` nor `date` is given. */
export const LATEST_AQI_EDITION: AqiEdition = 'HJ633-2026';
/** The newest limit-value edition. */
export const LATEST_STANDARD_EDITION: StandardEdition = 'GB3095-2026';
/** The newest assessment edition. */
export const LATEST_ASSESSMENT_EDITION: AssessmentEdition = 'HJ663-2026';

function editionOn<E extends string>(list: ReadonlyArray<EditionInfo<E>>, date: unknown, path: ReadonlyArray<string | number>): E {
  const day = beijingDay(date, path);
  let found = list[0] as EditionInfo<E>;
  for (const e of list) if (dayOf(e.inForceFrom) <= day) found = e;
  return found.id;
}

/**
 * The AQI edition in force on a date: HJ 633-2026 from 2026-03-01 (Beijing time), HJ 633-2012 before.
 *
 * @param date - `'YYYY-MM-DD'` (a Beijing calendar day), an ISO date-time (without offset: Beijing time), a
 *   `Date` or epoch milliseconds.
 * @returns The edition id.
 * @throws {LantianError} `INVALID_DATE` or `INVALID_TYPE` for a date that cannot be read.
 * @example
 * ```ts
 * aqiEditionOn('2026-02-28'); //=> 'HJ633-2012'
 * aqiEditionOn('2026-03-01'); //=> 'HJ633-2026'
 * aqiEditionOn('2026-02-28T16:00:00Z'); //=> 'HJ633-2026' (00:00 on 1 March in Beijing)
 * ```
 */
export function aqiEditionOn(date: DateInput): AqiEdition {
  return editionOn(EDITIONS.aqi, date, ['date']);
}

/**
 * The limit-value edition of GB 3095 in force on a date: GB 3095-2026 from 2026-03-01, GB 3095-2012 before.
 *
 * @param date - As for {@link aqiEditionOn}.
 * @returns The edition id.
 * @throws {LantianError} `INVALID_DATE` or `INVALID_TYPE` for a date that cannot be read.
 * @example
 * ```ts
 * standardEditionOn('2025-12-31'); //=> 'GB3095-2012'
 * standardEditionOn('2026-03-01'); //=> 'GB3095-2026'
 * ```
 */
export function standardEditionOn(date: DateInput): StandardEdition {
  return editionOn(EDITIONS.standard, date, ['date']);
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

/**
 * Resolves the AQI edition of an options object: `edition`, else `date`, else the newest. When both are
 * given they must agree.
 */
export function resolveAqiEdition(options: Readonly<Record<string, unknown>>, path: ReadonlyArray<string | number> = ['options']): AqiEdition {
  const given =
    options['edition'] === undefined ? undefined : requireMember(options['edition'], AQI_EDITIONS, [...path, 'edition'], 'UNKNOWN_EDITION');
  const byDate = options['date'] === undefined ? undefined : editionOn(EDITIONS.aqi, options['date'], [...path, 'date']);
  if (given !== undefined && byDate !== undefined && given !== byDate) {
    throw new LantianError('INVALID_OPTION', [...path, 'edition'], `edition ${given} is not in force on the given date (${byDate} is)`);
  }
  return given ?? byDate ?? LATEST_AQI_EDITION;
}

export {
  LIMIT_STAGES,
  STANDARD_STAGES,
  STANDARD_CONDITIONS,
  standardStageOn,
  standardConditionsOn,
  requireStage,
  type LimitStage,
  type ReferenceConditions,
} from './stages.js';
