/**
 * Calendar arithmetic without Date objects per value: days are counted from 1970-01-01 (day 0) and hours
 * from 1970-01-01T00:00Z. Beijing time is the fixed offset UTC+8 used by China's monitoring network.
 */
import type { ErrorPath } from '../errors.js';
import { LantianError } from '../errors.js';
import { describe } from './validate.js';

export const MS_PER_HOUR = 3_600_000;
export const MS_PER_DAY = 86_400_000;
/** Beijing time, UTC+8 (no daylight saving in the monitoring era). */
export const BEIJING_OFFSET_MS = 8 * MS_PER_HOUR;

/** A date input: `'YYYY-MM-DD'`, an ISO 8601 date-time, a `Date` or epoch milliseconds. */
export type DateInput = string | Date | number;

/** Days from 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's days_from_civil). */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The civil date of a day number (inverse of {@link daysFromCivil}). */
export function civilFromDays(days: number): { year: number; month: number; day: number } {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  return month === 2 ? (isLeapYear(year) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/** `'YYYY-MM-DD'` of a day number. */
export function formatDay(days: number): string {
  const { year, month, day } = civilFromDays(days);
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

const DAY_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATETIME_RE =
  /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:?\d{2})?$/;

/** The earliest and latest years lantian accepts in dates: far beyond any monitoring record. */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2200;

function checkCivil(year: number, month: number, day: number, text: string, path: ErrorPath): void {
  if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    throw new LantianError('INVALID_DATE', path, `no such date: ${describe(text)}`);
  }
}

/** A parsed local time: the epoch milliseconds if the text carried an offset, else the local fields. */
export interface ParsedDateTime {
  /** Local wall-clock milliseconds as if UTC (fields only). */
  readonly localMs: number;
  /** Offset in ms when the text carried one (`Z`, `+08:00`), else `undefined`. */
  readonly offsetMs: number | undefined;
}

/** Parses `'YYYY-MM-DD'` or an ISO date-time into wall-clock fields and an optional offset. */
export function parseDateTimeText(text: string, path: ErrorPath): ParsedDateTime {
  const d = DAY_RE.exec(text);
  if (d) {
    const [year, month, day] = [Number(d[1]), Number(d[2]), Number(d[3])];
    checkCivil(year, month, day, text, path);
    return { localMs: daysFromCivil(year, month, day) * MS_PER_DAY, offsetMs: undefined };
  }
  const m = DATETIME_RE.exec(text);
  if (!m) throw new LantianError('INVALID_DATE', path, `expected YYYY-MM-DD or an ISO 8601 date-time, received ${describe(text)}`);
  const [year, month, day, hour, minute] = [Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4]), Number(m[5])];
  const second = m[6] === undefined ? 0 : Number(m[6]);
  const fraction = m[7] === undefined ? 0 : Number(`0.${m[7]}`);
  checkCivil(year, month, day, text, path);
  // 24:00 is allowed as the end of a day (ISO 8601), only with zero minutes and seconds.
  if (hour > 24 || minute > 59 || second > 59 || (hour === 24 && (minute !== 0 || second !== 0 || fraction !== 0))) {
    throw new LantianError('INVALID_DATE', path, `no such time: ${describe(text)}`);
  }
  const localMs =
    daysFromCivil(year, month, day) * MS_PER_DAY + hour * MS_PER_HOUR + minute * 60_000 + second * 1000 + Math.round(fraction * 1000);
  let offsetMs: number | undefined;
  const zone = m[8];
  if (zone !== undefined) {
    if (zone === 'Z') offsetMs = 0;
    else {
      const sign = zone[0] === '-' ? -1 : 1;
      const digits = zone.slice(1).replace(':', '');
      const oh = Number(digits.slice(0, 2));
      const om = Number(digits.slice(2));
      if (oh > 18 || om > 59) throw new LantianError('INVALID_DATE', path, `bad offset in ${describe(text)}`);
      offsetMs = sign * (oh * MS_PER_HOUR + om * 60_000);
    }
  }
  return { localMs, offsetMs };
}

const MIN_MS = daysFromCivil(MIN_YEAR, 1, 1) * MS_PER_DAY;
const MAX_MS = daysFromCivil(MAX_YEAR + 1, 1, 1) * MS_PER_DAY;

/** Checks an epoch-ms number or Date and returns its epoch ms. */
export function instantMs(value: Date | number, path: ErrorPath): number {
  const ms = value instanceof Date ? value.getTime() : value;
  if (typeof ms !== 'number' || !Number.isFinite(ms) || ms < MIN_MS || ms >= MAX_MS) {
    throw new LantianError('INVALID_DATE', path, `received ${describe(value)}`);
  }
  return ms;
}

/**
 * The Beijing calendar day (day number) of a date input. A `'YYYY-MM-DD'` string is that day; a date-time
 * without offset is Beijing wall-clock time; a date-time with offset, a `Date` or epoch ms is an instant,
 * converted to Beijing time.
 */
export function beijingDay(input: unknown, path: ErrorPath): number {
  if (typeof input === 'string') {
    const parsed = parseDateTimeText(input, path);
    const beijingMs = parsed.offsetMs === undefined ? parsed.localMs : parsed.localMs - parsed.offsetMs + BEIJING_OFFSET_MS;
    return Math.floor(beijingMs / MS_PER_DAY);
  }
  if (typeof input === 'number' || input instanceof Date) {
    return Math.floor((instantMs(input, path) + BEIJING_OFFSET_MS) / MS_PER_DAY);
  }
  throw new LantianError('INVALID_TYPE', path, `expected a date string, Date or epoch milliseconds, received ${describe(input)}`);
}

/** The day number of a `'YYYY-MM-DD'` literal known to be valid (for tables of editions): plain arithmetic. */
export function dayOf(text: string): number {
  return daysFromCivil(Number(text.slice(0, 4)), Number(text.slice(5, 7)), Number(text.slice(8, 10)));
}
