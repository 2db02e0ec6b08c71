/** Readers of the reports the plots draw (internal): each checks only the fields its plot reads. */
import { LantianError, type ErrorPath } from '../errors.js';
import { POLLUTANTS, type Pollutant } from '../pollutants/index.js';
import { civilFromDays, daysFromCivil, MAX_YEAR, MIN_YEAR } from '../_lib/time.js';
import { describe, requireFinite, requireInteger, requireMember, requireRecord } from '../_lib/validate.js';
import { requireArray } from './_spec.js';

/** One day of a year's report as the calendar reads it. */
export interface CalendarDay {
  readonly day: number;
  readonly aqi: number | null;
  readonly level: number | null;
  readonly primaryPollutants: ReadonlyArray<Pollutant>;
}

const DAY_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The day number of a `'YYYY-MM-DD'` string of a real calendar date. */
export function readDayText(value: unknown, path: ErrorPath): number {
  if (typeof value !== 'string') throw new LantianError('INVALID_TYPE', path, `expected a 'YYYY-MM-DD' string, received ${describe(value)}`);
  const m = DAY_RE.exec(value);
  if (m === null) throw new LantianError('INVALID_DATE', path, `expected 'YYYY-MM-DD', received ${describe(value)}`);
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const days = daysFromCivil(year, month, day);
  const back = civilFromDays(days);
  if (back.month !== month || back.day !== day) throw new LantianError('INVALID_DATE', path, `no such day: ${value}`);
  return days;
}

/** The year of a report: an integer within lantian's calendar range. */
export function readYear(value: unknown, path: ErrorPath): number {
  return requireInteger(value, path, MIN_YEAR, MAX_YEAR);
}

/** A number or `null` (`NaN` counts as `null`): a value that may be missing. */
export function readMaybeNumber(value: unknown, path: ErrorPath): number | null {
  if (value === null || (typeof value === 'number' && Number.isNaN(value))) return null;
  return requireFinite(value, path);
}

/** The `daily` days of a year's report, each inside `year`, no date twice. */
export function readCalendarDays(report: Record<string, unknown>, year: number, path: ErrorPath): ReadonlyArray<CalendarDay> {
  const seen = new Set<number>();
  const first = daysFromCivil(year, 1, 1);
  const last = daysFromCivil(year, 12, 31);
  return requireArray(report['daily'], [...path, 'daily']).map((value, i) => {
    const at = [...path, 'daily', i];
    const entry = requireRecord(value, at);
    const day = readDayText(entry['date'], [...at, 'date']);
    if (day < first || day > last) throw new LantianError('INVALID_INPUT', [...at, 'date'], `${String(entry['date'])} is not in ${year}`);
    if (seen.has(day)) throw new LantianError('INVALID_INPUT', [...at, 'date'], `${String(entry['date'])} is given twice`);
    seen.add(day);
    const aqi = entry['aqi'] === null ? null : requireInteger(entry['aqi'], [...at, 'aqi'], 0, Number.MAX_SAFE_INTEGER);
    const level = aqi === null ? null : requireInteger(entry['level'], [...at, 'level'], 1, 6);
    const primary = entry['primaryPollutants'] === undefined ? [] : requireArray(entry['primaryPollutants'], [...at, 'primaryPollutants']);
    const primaryPollutants = primary.map((p, k) => requireMember(p, POLLUTANTS, [...at, 'primaryPollutants', k], 'UNKNOWN_POLLUTANT'));
    return { day, aqi, level, primaryPollutants };
  });
}
