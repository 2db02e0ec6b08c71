/**
 * Time zones for series: Beijing time (the fixed offset UTC+8) by default, a fixed offset (`'UTC'`, `'+05:30'`)
 * or an IANA zone read through @date-fns/tz. Day boundaries are computed once per day, never per hour; with a
 * fixed offset they are pure arithmetic.
 */
import { tzOffset } from '@date-fns/tz';
import { type ErrorPath, LantianError } from '../errors.js';
import { BEIJING_OFFSET_MS, MS_PER_DAY, MS_PER_HOUR, daysFromCivil, formatDay, parseDateTimeText } from './time.js';
import { describe } from './validate.js';

/** A time zone as the series functions use it. */
export interface Zone {
  /** The zone as given (`undefined`: Beijing time). */
  readonly id: string | undefined;
  /** The offset in ms when it never changes (Beijing, UTC, `±HH:MM`), else `undefined`. */
  readonly fixedOffsetMs: number | undefined;
  /** The UTC offset in ms at an instant. */
  offsetAt(ms: number): number;
}

const BEIJING: Zone = Object.freeze({ id: undefined, fixedOffsetMs: BEIJING_OFFSET_MS, offsetAt: () => BEIJING_OFFSET_MS });
const OFFSET_RE = /^([+-])(\d{2}):?(\d{2})$/;

function fixedZone(id: string, offsetMs: number): Zone {
  return Object.freeze({ id, fixedOffsetMs: offsetMs, offsetAt: () => offsetMs });
}

/**
 * Reads a `timeZone` option: `undefined` is Beijing time (UTC+8, no daylight saving); `'UTC'` and `'±HH:MM'`
 * are fixed offsets; anything else must be an IANA zone the runtime knows.
 */
export function readZone(value: unknown, path: ErrorPath): Zone {
  if (value === undefined) return BEIJING;
  if (typeof value !== 'string') {
    throw new LantianError('INVALID_TYPE', path, `expected an IANA time zone name or a UTC offset, received ${describe(value)}`);
  }
  if (value === 'UTC' || value === 'Etc/UTC') return fixedZone(value, 0);
  const m = OFFSET_RE.exec(value);
  if (m) {
    const hours = Number(m[2]);
    const minutes = Number(m[3]);
    if (hours > 14 || minutes > 59) throw new LantianError('INVALID_OPTION', path, `no such UTC offset: ${describe(value)}`);
    return fixedZone(value, (m[1] === '-' ? -1 : 1) * (hours * MS_PER_HOUR + minutes * 60_000));
  }
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: value });
  } catch {
    throw new LantianError('INVALID_OPTION', path, `unknown time zone ${describe(value)}`);
  }
  /* c8 ignore next 3 -- Intl accepted the zone, so @date-fns/tz can read its offsets */
  if (!Number.isFinite(tzOffset(value, new Date(0)))) {
    throw new LantianError('INVALID_OPTION', path, `unknown time zone ${describe(value)}`);
  }
  const id = value;
  return Object.freeze({ id, fixedOffsetMs: undefined, offsetAt: (ms: number) => tzOffset(id, new Date(ms)) * 60_000 });
}

/** The civil day (days from 1970-01-01) of an instant in a zone. */
export function localDay(zone: Zone, ms: number): number {
  return Math.floor((ms + zone.offsetAt(ms)) / MS_PER_DAY);
}

/**
 * The instant of a wall-clock time (`localMs`: the local fields read as if UTC) in a zone. A time that occurs
 * twice (the hour repeated when daylight saving ends) is its first occurrence; a time that does not exist (the
 * hour skipped when it starts) is read with the offset before the change, which lands after the gap.
 */
export function instantOfLocal(zone: Zone, localMs: number): number {
  if (zone.fixedOffsetMs !== undefined) return localMs - zone.fixedOffsetMs;
  const before = zone.offsetAt(localMs - MS_PER_DAY / 2);
  const after = zone.offsetAt(localMs + MS_PER_DAY / 2);
  const first = localMs - Math.max(before, after);
  if (zone.offsetAt(first) + first === localMs) return first;
  const second = localMs - Math.min(before, after);
  if (zone.offsetAt(second) + second === localMs) return second;
  return localMs - before;
}

const MIN_INSTANT = daysFromCivil(1900, 1, 1) * MS_PER_DAY - 14 * MS_PER_HOUR;
const MAX_INSTANT = daysFromCivil(2201, 1, 1) * MS_PER_DAY + 14 * MS_PER_HOUR;

/**
 * Reads a time input as an instant: a `Date` or epoch ms is the instant itself; a string with an offset
 * (`Z`, `+08:00`) is that instant; a string without one is wall-clock time in `zone`.
 */
export function readInstant(input: unknown, zone: Zone, path: ErrorPath): number {
  let ms: number;
  if (typeof input === 'string') {
    const parsed = parseDateTimeText(input, path);
    ms = parsed.offsetMs === undefined ? instantOfLocal(zone, parsed.localMs) : parsed.localMs - parsed.offsetMs;
  } else if (input instanceof Date || typeof input === 'number') {
    ms = input instanceof Date ? input.getTime() : input;
    if (!Number.isFinite(ms)) throw new LantianError('INVALID_DATE', path, `received ${describe(input)}`);
  } else {
    throw new LantianError('INVALID_TYPE', path, `expected a date string, Date or epoch milliseconds, received ${describe(input)}`);
  }
  if (ms < MIN_INSTANT || ms >= MAX_INSTANT) throw new LantianError('INVALID_DATE', path, `outside 1900…2200: ${describe(input)}`);
  return ms;
}

/**
 * Reads a day input as a civil day number: `'YYYY-MM-DD'` (or a date-time without offset) is that calendar
 * day; an instant (offset, `Date`, epoch ms) is the day it falls on in `zone`.
 */
export function readDay(input: unknown, zone: Zone, path: ErrorPath): number {
  if (typeof input === 'string') {
    const parsed = parseDateTimeText(input, path);
    if (parsed.offsetMs === undefined) return Math.floor(parsed.localMs / MS_PER_DAY);
  }
  return localDay(zone, readInstant(input, zone, path));
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** `'YYYY-MM-DDTHH:mm±HH:MM'`: the wall-clock time of an instant in a zone, with its offset. */
export function formatInstant(zone: Zone, ms: number): string {
  const offset = zone.offsetAt(ms);
  const local = ms + offset;
  const day = Math.floor(local / MS_PER_DAY);
  const rest = local - day * MS_PER_DAY;
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset) / 60_000;
  return (
    `${formatDay(day)}T${pad(Math.floor(rest / MS_PER_HOUR))}:${pad(Math.floor((rest % MS_PER_HOUR) / 60_000))}` +
    `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`
  );
}
